"""A plain `recon report` or `recon list` answered from the read models' rows prints what the command line prints,
and a row that does not read back is answered from the events instead, through the command line."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.cli.app import app
from adapters.cli.quick import QuickRead, answer
from adapters.dossier.loader import shipped_dossiers
from adapters.reports.format_choice import Format
from adapters.reports.formats import as_text
from domain.identity import exchange_id

pytestmark = pytest.mark.integration
ACKNOWLEDGED = "sep-2022-azovstal-commanders"
"""A shipped exchange with open findings, one of which is acknowledged in the store below."""
SLUGS = [path.stem for path in shipped_dossiers()]


def _command_line(db: str, *words: str) -> str:
    done = CliRunner().invoke(app, ["--db", db, *words], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    return done.stdout


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The shipped exchanges, one finding acknowledged, the read models holding every event."""
    db = f"sqlite:///{tmp_path_factory.mktemp('quick') / 'recon.sqlite3'}"
    _command_line(db, "demo", "-f", "json")
    finding = json.loads(_command_line(db, "report", ACKNOWLEDGED, "-f", "json"))["findings"][0]["id"]
    _command_line(db, "acknowledge", ACKNOWLEDGED, finding, "--note", "as the ministry said", "--reviewer", "ana")
    _command_line(db, "project")
    return db


def _quick(db: str, command: str, exchange: str | None, form: Format) -> str:
    rendering = answer(QuickRead(db, command, exchange, form))
    assert rendering is not None, "the read models could not answer"
    return as_text(rendering)


@pytest.mark.parametrize("form", list(Format))
def test_every_shipped_report_reads_as_the_command_line_prints_it(store: str, form: Format) -> None:
    for slug in SLUGS:
        assert _quick(store, "report", slug, form) == _command_line(store, "report", slug, "-f", form.value), slug


def test_an_acknowledged_finding_is_not_counted_open_in_the_json(store: str) -> None:
    document = json.loads(_quick(store, "report", ACKNOWLEDGED, Format.JSON))
    assert document["open_findings"] == len(document["findings"]) - 1


@pytest.mark.parametrize("form", list(Format))
def test_the_list_reads_as_the_command_line_prints_it(store: str, form: Format) -> None:
    assert _quick(store, "list", None, form) == _command_line(store, "list", "-f", form.value)


def test_the_console_script_prints_the_quick_answer(store: str) -> None:
    recon = Path(sys.executable).with_name("recon")
    done = subprocess.run([recon, "--db", store, "report", ACKNOWLEDGED], capture_output=True, text=True, check=True)
    assert done.stdout == _command_line(store, "report", ACKNOWLEDGED)


UNNEEDED_BY_A_PRINTED_REPORT = ("domain.figures", "domain.readings", "adapters.reports.json", "orjson")
"""Modules a text or Markdown report read from the read models has no use for: the figures' value types, the
readings of a figure, and the JSON renderer."""


@pytest.mark.parametrize("form", [Format.TEXT, Format.MARKDOWN])
def test_a_printed_report_loads_only_what_it_prints(store: str, form: Format) -> None:
    script = (
        "import json, sys\nfrom adapters.cli.quick import QuickRead, answer\nfrom adapters.reports.format_choice"
        f" import Format\nassert answer(QuickRead({store!r}, 'report', {ACKNOWLEDGED!r}, Format({form.value!r})))"
        "\nprint(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert sorted(loaded.intersection(UNNEEDED_BY_A_PRINTED_REPORT)) == []


@pytest.mark.parametrize("column", ["report", "listing"])
@pytest.mark.parametrize("form", list(Format))
def test_a_row_damaged_in_the_file_is_answered_from_the_events(
    store: str, tmp_path: Path, column: str, form: Format
) -> None:
    damaged = f"sqlite:///{tmp_path / 'damaged.sqlite3'}"
    with (
        sqlite3.connect(store.removeprefix("sqlite:///")) as source,
        sqlite3.connect(damaged.removeprefix("sqlite:///")) as target,
    ):
        source.backup(target)
        table = "read_documents" if column == "report" else "read_exchanges"
        target.execute(
            f"UPDATE {table} SET {column} = ? WHERE exchange_id = ?",
            (b'{"findings": [], "torn": ', str(exchange_id(ACKNOWLEDGED))),
        )
    assert answer(QuickRead(damaged, "report" if column == "report" else "list", ACKNOWLEDGED, form)) is None
    words = ["report", ACKNOWLEDGED] if column == "report" else ["list"]
    assert _command_line(damaged, *words, "-f", form.value) == _command_line(store, *words, "-f", form.value)
