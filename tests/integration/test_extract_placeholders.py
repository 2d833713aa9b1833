"""A proposed dossier still naming its exchange `unknown` is refused at import, as `recon extract --help` says."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app

pytestmark = pytest.mark.integration

STATEMENT = "Today 90 Ukrainian defenders came home: 60 military and 30 civilians.\n"
REVIEW = ["--stage", "1", "--source", "TASS", "--tier", "official"]


def recon(tmp_path: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["--db", f"sqlite:///{tmp_path / 'recon.sqlite3'}", *args])


def proposed(tmp_path: Path, *review: str) -> Path:
    """The dossier extract proposes for a statement naming no exchange, its terms then written by the reviewer."""
    statement = tmp_path / "statement.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    snippet = tmp_path / "claim.yaml"
    assert recon(tmp_path, "extract", str(statement), *REVIEW, *review, "-o", str(snippet)).exit_code == 0
    text = snippet.read_text(encoding="utf-8")
    snippet.write_text(text.replace("terms: unknown", "terms: not announced"), encoding="utf-8")
    return snippet


def test_a_title_left_unknown_is_refused_naming_the_field_and_nothing_is_recorded(tmp_path: Path) -> None:
    snippet = proposed(tmp_path, "--exchange", "ninety-home")
    assert "title: unknown" in snippet.read_text(encoding="utf-8")
    assert recon(tmp_path, "init").exit_code == 0
    imported = recon(tmp_path, "import", str(snippet))
    assert imported.exit_code == 2, imported.output
    assert "exchange.title: 'unknown' is where the statement named no exchange" in imported.stderr
    assert "write the exchange's title" in imported.stderr
    listed = recon(tmp_path, "list")
    assert "ninety-home" not in listed.stdout, listed.stdout
    assert "unknown" not in listed.stdout, listed.stdout


def test_an_id_left_unknown_is_refused_before_the_title(tmp_path: Path) -> None:
    imported = recon(tmp_path, "import", str(proposed(tmp_path)))
    assert imported.exit_code == 2, imported.output
    assert "exchange.id: 'unknown' is where the statement named no exchange" in imported.stderr


def test_once_the_id_and_title_are_written_the_proposal_imports(tmp_path: Path) -> None:
    snippet = proposed(tmp_path, "--exchange", "ninety-home")
    text = snippet.read_text(encoding="utf-8")
    snippet.write_text(text.replace("title: unknown", "title: Ninety home"), encoding="utf-8")
    imported = recon(tmp_path, "import", str(snippet))
    assert imported.exit_code == 0, imported.output
    assert "ninety-home" in recon(tmp_path, "list").stdout
