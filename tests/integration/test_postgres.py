"""`recon` on PostgreSQL: the shipped dossier end to end, each application's own tables, clear refusals."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from adapters.cli.app import app
from adapters.persistence.postgres import StoreUnreachableError
from adapters.persistence.store import open_reconciler
from tests.integration.test_findings_cli import GENEVA, ISTANBUL
from tests.postgres_server import free_port

pytestmark = pytest.mark.integration

RECON = Path(sys.executable).parent / "recon"


def test_the_shipped_dossier_is_imported_and_reported_on_postgresql(postgres_url: str) -> None:
    runner = CliRunner()
    imported = runner.invoke(app, ["--db", postgres_url, "demo"])
    assert imported.exit_code == 0, imported.output
    again = runner.invoke(app, ["--db", postgres_url, "report", "1000-for-1000", "-f", "json"])
    assert again.exit_code == 0, again.output
    assert '"slug": "1000-for-1000"' in again.output


SERVICE_START = """
import sys
from adapters.persistence.store import open_application, open_reconciler
from adapters.auth.keyring import Keyring
open_reconciler(sys.argv[1]).close()
open_application(Keyring, sys.argv[1]).close()
"""


@pytest.mark.parametrize("attempt", range(3))
def test_service_processes_starting_together_on_a_new_database_all_start(postgres_url: str, attempt: int) -> None:
    # PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against itself: of two processes creating the same
    # table at once, one can fail on a unique index of the catalogue.
    starting = [
        subprocess.Popen([sys.executable, "-c", SERVICE_START, postgres_url], stderr=subprocess.PIPE) for _ in range(6)
    ]
    failures = [process.communicate(timeout=120)[1].decode() for process in starting if process.wait() != 0]
    assert failures == []


def test_the_reconciler_keeps_its_events_in_a_table_named_after_it(postgres_url: str) -> None:
    open_reconciler(postgres_url).close()
    with psycopg.connect(postgres_url) as connection:
        rows = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    assert {row[0] for row in rows} == {"reconciler_events"}


def test_a_schema_given_in_the_url_is_created_and_holds_the_tables(postgres_url: str) -> None:
    open_reconciler(f"{postgres_url}?schema=team_a").close()
    with psycopg.connect(postgres_url) as connection:
        rows = connection.execute("SELECT schemaname, tablename FROM pg_tables WHERE tablename LIKE 'reconciler%'")
        assert rows.fetchall() == [("team_a", "reconciler_events")]


def test_an_unreachable_server_is_one_clear_error() -> None:
    with pytest.raises(StoreUnreachableError, match=r"cannot use the PostgreSQL database 'recon' at 127\.0\.0\.1"):
        open_reconciler(f"postgresql://team:hidden@127.0.0.1:{free_port()}/recon")


@pytest.mark.parametrize("command", [["list"], ["serve", "--port", "0"]])
def test_recon_on_an_unreachable_server_exits_5_without_a_traceback_or_the_password(
    command: list[str], tmp_path: Path
) -> None:
    url = f"postgresql://team:hidden@127.0.0.1:{free_port()}/recon"
    env = {**os.environ, "RECON_DATABASE_URL": url}
    done = subprocess.run([str(RECON), *command], capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert done.returncode == 5
    says = "error: the store postgresql://team:***@127.0.0.1:{port}/recon cannot be used: cannot use the PostgreSQL"
    assert done.stderr.startswith(says.format(port=url.split(":")[3].split("/")[0]))
    assert "Traceback" not in done.stderr
    assert "hidden" not in done.stderr


def test_a_wrong_password_is_refused_clearly(postgres_url: str) -> None:
    wrong = postgres_url.replace(postgres_url.split(":")[2].split("@")[0], "not-the-password")
    with pytest.raises(StoreUnreachableError, match="password authentication failed"):
        open_reconciler(wrong)


def test_recon_project_brings_the_read_models_in_postgresql_up_to_date(postgres_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    for number, text in enumerate((ISTANBUL, GENEVA)):
        path = tmp_path / f"dossier-{number}.yaml"
        path.write_text(text)
        assert runner.invoke(app, ["--db", postgres_url, "import", str(path)]).exit_code == 0
    projected = runner.invoke(app, ["--db", postgres_url, "project"])
    assert projected.exit_code == 0, projected.output
    assert projected.stdout == "Read models caught up: took in 6 events (log position 6).\n"
    listed = runner.invoke(app, ["--db", postgres_url, "findings"])
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.splitlines()[0] == "5 findings in 2 exchanges: 5 open (4 errors), 0 acknowledged"
