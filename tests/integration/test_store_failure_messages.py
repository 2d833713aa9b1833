"""What a store's failure says, from the errors SQLite and PostgreSQL really raise: one line a reader can act on.

A `recon` command meeting a locked file waits ten seconds before it gives up, so the lock is met here with no wait,
by a connection of its own, and the message built from the error it raised."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from adapters.cli.app import app
from adapters.persistence.failures import store_failure

pytestmark = pytest.mark.integration


def test_a_file_another_process_keeps_locked_says_why_and_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "recon.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as holder:
        holder.execute("BEGIN EXCLUSIVE")
        with closing(sqlite3.connect(path, timeout=0)) as waiting, pytest.raises(sqlite3.OperationalError) as raised:
            waiting.execute("CREATE TABLE waiting (x)")
    assert str(store_failure(f"sqlite:///{path}", raised.value)) == (
        f"the store sqlite:///{path} cannot be used: database is locked: another process kept it for writing "
        "longer than recon waits; try again once that process is done"
    )


def test_a_server_that_refuses_the_connection_is_one_line_with_its_hint_set_apart() -> None:
    from typer.testing import CliRunner

    answer = CliRunner().invoke(app, ["--db", "postgresql://recon:secret@127.0.0.1:1/recon", "list"])
    assert answer.exit_code == 5
    (line,) = answer.stderr.splitlines()
    assert "port 1 failed: Connection refused; Is the server running" in line, line
