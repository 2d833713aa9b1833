"""`recon token` on a SQLite file: a token printed once, listed without itself, revoked; `recon serve` is there."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.cli.app import app

pytestmark = pytest.mark.integration


def test_a_token_is_printed_once_then_listed_and_revoked_without_showing_it(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    runner = CliRunner()
    created = runner.invoke(app, ["--db", db, "token", "create", "--role", "recorder", "--name", "Desk A"])
    token = created.stdout.strip()
    listed = runner.invoke(app, ["--db", db, "token", "list"])
    token_id = listed.stdout.split()[0]
    revoked = runner.invoke(app, ["--db", db, "token", "revoke", token_id])
    after = runner.invoke(app, ["--db", db, "token", "list"])
    assert created.exit_code == 0
    assert token.startswith("recon_")
    assert "recorder" in listed.stdout
    assert token not in listed.stdout
    assert revoked.exit_code == 0
    assert "revoked" in after.stdout
    assert (tmp_path / "recon-keyring.sqlite3").exists()


def test_a_keyring_without_tokens_says_so_and_how_to_issue_one(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    listed = CliRunner().invoke(app, ["--db", db, "token", "list"])
    assert listed.exit_code == 0
    assert listed.stdout == "No tokens issued yet: `recon token create --role ROLE --name NAME` issues one.\n"


def test_an_unknown_role_is_refused(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    result = CliRunner().invoke(app, ["--db", db, "token", "create", "--role", "owner", "--name", "X"])
    assert result.exit_code == 2


def test_recon_serve_offers_host_and_port() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert "--host" in result.stdout
    assert "--port" in result.stdout
