"""`recon` starts at once: building its commands loads neither the web stack, the PostgreSQL driver, the
extractor's language data nor the domain; each command loads what it uses when it runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.auth.keyring import Role as KeyringRole
from adapters.auth.roles import Role
from adapters.cli.choices import TierChoice
from domain.figures import Tier
from tests.bench.bench_startup import main

pytestmark = pytest.mark.integration

HEAVY = ("fastapi", "uvicorn", "starlette", "psycopg", "psycopg_pool", "adapters.extract.extractor", "domain")


def _loaded_by(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    env = {name: value for name, value in os.environ.items() if not name.upper().startswith("RECON_")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    return set(json.loads(done.stdout.splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if any(name == h or name.startswith(f"{h}.") for h in HEAVY))


def test_importing_the_command_line_loads_no_heavy_module() -> None:
    assert _heavy(_loaded_by("import adapters.cli.app")) == []


def test_showing_the_help_loads_no_heavy_module() -> None:
    code = (
        "import io, contextlib\nfrom adapters.cli.app import app\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    app(['--help'])"
    )
    assert _heavy(_loaded_by(code)) == []


def test_the_command_lines_choices_are_the_domains() -> None:
    assert [choice.value for choice in TierChoice] == [tier.value for tier in Tier]
    assert Role is KeyringRole


def test_the_startup_benchmark_reports_each_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--runs", "1"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert set(results["seconds"]) >= {"python -c pass", "recon --help", "recon report 1000-for-1000"}
    assert all(seconds > 0 for seconds in results["seconds"].values())
    assert results["times_bare"]["python -c pass"] == 1
    assert set(results["times_bare"]) == set(results["seconds"])


ENGINE = (
    "domain.application",
    "domain.report",
    "domain.rulebook",
    "domain.ledger",
    "domain.exchange",
    "eventsourcing.application",
    "pydantic_settings",
    *(name for name in HEAVY if name != "domain"),
)
"""What reading a stored report or the list has no use for: the engine and the event model, the settings' machinery
(nothing to check when only the store is named), the extractor, the web stack and the PostgreSQL driver."""


@pytest.fixture(scope="module")
def caught_up(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the shipped exchanges, its read models holding every event."""
    db = f"sqlite:///{tmp_path_factory.mktemp('startup') / 'recon.sqlite3'}"
    for command in (["demo"], ["project"]):
        subprocess.run([Path(sys.executable).with_name("recon"), "--db", db, *command], capture_output=True, check=True)
    return db


def _loaded_running(*args: str) -> set[str]:
    code = (
        "import io, contextlib\nfrom adapters.cli.app import app\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        f"    app({list(args)!r})"
    )
    return _loaded_by(code)


def _engine(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if any(name == e or name.startswith(f"{e}.") for e in ENGINE))


@pytest.mark.parametrize("command", [["report", "1000-for-1000"], ["report", "1000-for-1000", "-f", "json"], ["list"]])
def test_reading_from_read_models_that_hold_every_event_loads_no_engine(caught_up: str, command: list[str]) -> None:
    assert _engine(_loaded_running("--db", caught_up, *command)) == []


def test_reading_an_english_statement_loads_no_engine_no_slavic_dictionaries_and_no_dossier_writer(
    tmp_path: Path,
) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text("On 23 May, 390 Ukrainians returned home: 270 military and 120 civilians.\n")
    loaded = _loaded_running("extract", str(statement))
    engine = [name for name in _engine(loaded) if name not in ("adapters.extract.extractor", "domain.exchange")]
    unneeded = ("pymorphy3", "razdel", "yaml", "adapters.dossier.dump")
    assert engine + sorted(name for name in loaded if name.split(".")[0] in unneeded or name in unneeded) == []


COMMAND_LINE = ("typer", "click", "eventsourcing", "adapters.cli.app", "adapters.cli.session", *ENGINE)
"""What a plain report or list answered from read models that hold every event has no use for: the command line's
machinery (typer checks each parameter through pydantic), the library's recorders, and the engine."""
MODELS = ("pydantic", "pydantic_core", "rich", "domain.report_values", "domain.listing", *COMMAND_LINE)
"""What writing a stored document out as JSON has no use for besides: the models and the text renderer."""


def _loaded_by_recon(*args: str) -> set[str]:
    code = (
        "import io, contextlib, sys\nfrom adapters.cli.entry import main\n"
        f"sys.argv = ['recon', *{list(args)!r}]\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main()"
    )
    return _loaded_by(code)


def _among(modules: set[str], unwanted: tuple[str, ...]) -> list[str]:
    return sorted(name for name in modules if any(name == u or name.startswith(f"{u}.") for u in unwanted))


@pytest.mark.parametrize("command", [["report", "1000-for-1000", "-f", "json"], ["list", "-f", "json"]])
def test_a_plain_json_read_writes_the_stored_documents_without_loading_the_models(
    caught_up: str, command: list[str]
) -> None:
    assert _among(_loaded_by_recon("--db", caught_up, *command), MODELS) == []


@pytest.mark.parametrize(
    "command", [["report", "1000-for-1000"], ["report", "1000-for-1000", "-f", "markdown"], ["list"]]
)
def test_a_plain_read_does_not_build_the_command_line(caught_up: str, command: list[str]) -> None:
    assert _among(_loaded_by_recon("--db", caught_up, *command), COMMAND_LINE) == []


def test_a_read_the_read_models_cannot_answer_goes_through_the_command_line(caught_up: str) -> None:
    loaded = _loaded_by_recon("--db", caught_up, "report", "no-such-exchange")
    assert {"typer", "adapters.cli.app"} <= loaded


def test_a_command_the_quick_reads_leave_runs_with_the_cycle_collector_on(caught_up: str) -> None:
    code = (
        "import contextlib, gc, io, sys\nfrom adapters.cli import app, entry\n"
        "seen = []\napp.app = lambda: seen.append(gc.isenabled())\n"
        f"sys.argv = ['recon', '--db', {caught_up!r}, 'report', 'no-such-exchange']\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    entry.main()\n"
        "print(seen)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "[True]"
