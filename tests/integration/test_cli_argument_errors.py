"""Every refusal that names a command's argument names it as `--help` does, `EXCHANGE`, `CLAIM_ID`, `FINDING_ID`,
never by the domain's lower-case word for it; and no choice in the help is written in typer's angle brackets."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner, Result

from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier

pytestmark = pytest.mark.integration

SLUG = "1000-for-1000"
NO_CLAIM = "abcdef12"
ASKED: dict[str, list[str]] = {
    "report": ["report", "{exchange}"],
    "check": ["check", "{exchange}"],
    "timeline": ["timeline", "{exchange}"],
    "diff": ["diff", "{exchange}", "--from", "1"],
    "export": ["export", "{exchange}", "-o", "{folder}/out.bundle"],
    "origin set": ["origin", "set", "{exchange}", "{claim}", "--origin", "Ukraine / Desk", "--reason", "r"],
    "correct": ["correct", "{exchange}", "{claim}", "--figures", "{{total: 3}}", "--reason", "r"],
    "retract": ["retract", "{exchange}", "{claim}", "--reason", "r"],
    "complete": ["complete", "{exchange}", "--source-name", "Desk", "--tier", "official"],
    "acknowledge": ["acknowledge", "{exchange}", "{finding}", "--note", "n"],
    "terms add": ["terms", "add", "{exchange}", "--source-name", "Desk", "--tier", "official", "--each-side", "3"],
    "terms list": ["terms", "list", "{exchange}"],
    "token revoke": ["token", "revoke", "{token}"],
}
"""Each command that takes an argument naming something recorded, with what else it needs to get as far as
looking that up."""


def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, Any]]:
    """Each command of the tree by its words (`terms add`); typer vendors click and exports no type to name it by."""
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            yield from _commands(sub, (*path, name))
    else:
        yield " ".join(path), command


COMMANDS = dict(_commands(typer.main.get_command(app)))
NAMING = {
    name: [p.metavar for p in command.params if p.param_type_name == "argument" and p.metavar not in ("FILE", "FILE|-")]
    for name, command in COMMANDS.items()
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("arguments") / "recon.sqlite3"
    assert recon(store, "init").exit_code == 0
    assert recon(store, "import", str(shipped_dossier())).exit_code == 0
    return store


def recon(store: Path, *args: str) -> Result:
    return CliRunner(env={"USER": "desk"}).invoke(app, ["--db", f"sqlite:///{store}", *args])


def test_every_command_that_names_something_recorded_is_walked() -> None:
    assert sorted(name for name, named in NAMING.items() if named) == sorted(ASKED)


@pytest.mark.parametrize("name", sorted(name for name in ASKED if "EXCHANGE" in NAMING[name]))
def test_an_unknown_exchange_is_named_as_the_help_names_the_argument(store: Path, name: str) -> None:
    given = {"exchange": "nope", "claim": NO_CLAIM, "finding": "x/y", "token": str(uuid.uuid4())}
    answer = recon(store, *(word.format(folder=store.parent, **given) for word in ASKED[name]))
    assert (answer.exit_code, answer.stderr.splitlines()[0]) == (3, "error: EXCHANGE: no exchange nope")


@pytest.mark.parametrize("name", sorted(name for name in ASKED if set(NAMING[name]) - {"EXCHANGE"}))
def test_every_other_argument_is_named_as_the_help_names_it(store: Path, name: str) -> None:
    others = [metavar for metavar in NAMING[name] if metavar != "EXCHANGE"]
    given = {"exchange": SLUG, "claim": NO_CLAIM, "finding": "x/y", "token": str(uuid.uuid4())}
    answer = recon(store, *(word.format(folder=store.parent, **given) for word in ASKED[name]))
    assert answer.exit_code == 3
    assert answer.stderr.startswith(f"error: {others[0]}: "), answer.stderr


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_no_choice_in_the_help_is_written_in_angle_brackets(name: str) -> None:
    answer = CliRunner().invoke(app, [*name.split(), "--help"], terminal_width=200)
    assert answer.exit_code == 0
    assert "<" not in answer.stdout, answer.stdout


def test_a_choice_reads_as_its_values_bare() -> None:
    answer = CliRunner().invoke(app, ["report", "--help"], terminal_width=200)
    assert "-f, --format text|markdown|json" in answer.stdout
