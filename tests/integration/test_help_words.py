"""Every command's help names its values in recon's words: no types and ranges as typer infers them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from adapters.cli.app import app

pytestmark = pytest.mark.integration

TYPER_WORDS = re.compile(
    r"<(?:str|int|float|bool|path|file|uuid|datetime|list\[[^]]*\])>"  # EXCHANGE <str>, FILE <list[Path]>
    r"|\{[A-Z][A-Z_|-]*\}"  # {EXCHANGE} in the usage line
    r"|\bx\s*[<>]=|[<>]=\s*x\b"  # [x>=1], [0<=x<=65535]
)


def command_paths(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from command_paths(sub, (*path, name))


COMMANDS = list(command_paths(get_command(app)))


def test_the_walk_reaches_every_command_and_group() -> None:
    assert {("report",), ("retract",), ("origin", "set"), ("token", "create"), ("serve",)} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda path: " ".join(path) or "recon")
def test_a_commands_help_names_its_values_in_recons_words(path: tuple[str, ...]) -> None:
    answer = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
    assert answer.exit_code == 0, answer.output
    assert TYPER_WORDS.findall(answer.stdout) == [], answer.stdout


def test_an_argument_is_named_alone_and_a_range_said_in_words() -> None:
    retract = CliRunner().invoke(app, ["retract", "--help"], env={"COLUMNS": "200"}).stdout
    assert "Usage: recon retract [OPTIONS] EXCHANGE CLAIM_ID\n" in retract
    assert re.search(r"^  EXCHANGE  +The exchange's slug", retract, re.MULTILINE)
    serve = " ".join(CliRunner().invoke(app, ["serve", "--help"]).stdout.split())  # as read, line breaks aside
    assert "[default: 8000; from 0 to 65535]" in serve
    assert "--host ADDRESS" in serve
    extract = " ".join(CliRunner().invoke(app, ["extract", "--help"]).stdout.split())
    assert "--stage N" in extract
    assert "[at least 1]" in extract
