"""The README's list of `recon` commands, followed literally on a SQLite file holding the shipped "1,000 for
1,000": each line that records something for an exchange X runs as written."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier

pytestmark = pytest.mark.integration

README = Path(__file__).resolve().parents[2] / "README.md"
WRITES = ("complete", "terms add")
"""The commands whose README line a reader copies with its options as shown."""


def shown(command: str) -> list[str]:
    """The README's line for `recon COMMAND X ...`, as arguments, X being the shipped exchange."""
    (line,) = re.findall(rf"^\.venv/bin/recon {command} X ([^#\n]*)", README.read_text(encoding="utf-8"), re.M)
    return [*command.split(), "1000-for-1000", *shlex.split(line)]


@pytest.mark.parametrize("command", WRITES)
def test_a_write_shown_in_the_readme_runs_as_written(tmp_path: Path, command: str) -> None:
    store = ["--db", f"sqlite:///{tmp_path / 'recon.sqlite3'}"]
    runner = CliRunner()
    assert runner.invoke(app, [*store, "import", str(shipped_dossier())]).exit_code == 0
    done = runner.invoke(app, [*store, *shown(command)], env={"USER": "olena"})
    assert done.exit_code == 0, done.output
