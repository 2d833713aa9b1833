"""One exchange's damaged read-model row stays in that exchange: every read that answers from the read models answers
it from its events instead, says so in a warning, and answers the others from their rows as before.

The damage is done behind the application's back, with SQL on the real SQLite file or PostgreSQL database, on the
row the read models keep of the shipped exchange: its report, list line, exchanges-page line and page at once."""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path
from typing import Any

import psycopg
import pytest

from adapters.dossier.loader import shipped_dossier
from adapters.http.app import create_app, open_service
from adapters.settings import Settings
from domain.exchange import exchange_id
from tests.http_service import TestClient
from tests.integration.test_damaged_store import DAMAGED, HEALTHY, INCONSISTENT, recon

pytestmark = pytest.mark.integration
DAMAGES = {
    "torn JSON": b'{"exchange": {"slug": "1000-for-1000", ',
    "another shape": b'{"findings": "none", "slug": 3, "progress": 7}',
}


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store holding the shipped exchange and an inconsistent one, its read models written."""
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url")
    dossier = tmp_path / "istanbul.yaml"
    dossier.write_text(INCONSISTENT)
    for words in (("import", str(shipped_dossier()), str(dossier)), ("project",)):
        done = recon(url, tmp_path, *words)
        assert done.exit_code == 0, done.output
    return url


def damage(url: str, document: bytes) -> None:
    """Overwrite the shipped exchange's report, list line, exchanges-page line and page in the read models with SQL."""
    key = exchange_id(DAMAGED)
    columns = "listing = {0}, line = {0}, page = {0}"
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
            changed: list[sqlite3.Cursor | psycopg.Cursor[Any]] = [
                connection.execute(
                    f"UPDATE read_exchanges SET {columns.format('?')} WHERE exchange_id = ?",
                    (document,) * 3 + (str(key),),
                ),
                connection.execute("UPDATE read_documents SET report = ? WHERE exchange_id = ?", (document, str(key))),
            ]
    else:
        with psycopg.connect(url) as postgres:
            changed = [
                postgres.execute(
                    f"UPDATE recon_read_exchanges SET {columns.format('%s')} WHERE exchange_id = %s",
                    (document,) * 3 + (key,),
                ),
                postgres.execute("UPDATE recon_read_documents SET report = %s WHERE exchange_id = %s", (document, key)),
            ]
    assert [each.rowcount for each in changed] == [1, 1]


def answers(url: str, tmp_path: Path) -> dict[str, Any]:
    """What each read that answers from the read models says, by the command or request that asks it."""
    said: dict[str, Any] = {}
    for words in (("check",), ("check", "--format", "json"), ("findings",), ("findings", "--format", "json")):
        done = recon(url, tmp_path, *words)
        said[" ".join(words)] = (done.exit_code, done.stdout)
    running = open_service(Settings(database_url=url, public_reads=True))
    with TestClient(create_app(running)) as http:
        for path in ("/findings", f"/exchanges/{DAMAGED}/report", f"/exchanges/{HEALTHY}/report", "/exchanges"):
            answer = http.get(path)
            said[path] = (answer.status_code, answer.json())
        for path in ("/", f"/exchanges/{DAMAGED}", f"/exchanges/{HEALTHY}"):
            page = http.get(path)
            said[path] = (page.status_code, re.sub(r'name="csrf" value="[^"]*"', "", page.text))
    return said


@pytest.mark.parametrize("document", list(DAMAGES.values()), ids=list(DAMAGES))
def test_a_damaged_row_is_answered_from_the_events_and_the_others_from_theirs(
    store: str, tmp_path: Path, document: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    before = answers(store, tmp_path)
    assert before["check"][0] == 1, "the inconsistent exchange's open error fails the check"
    damage(store, document)
    with caplog.at_level(logging.WARNING, "recon.readside"):
        after = answers(store, tmp_path)
    for asked, answer in before.items():
        assert after[asked] == answer, asked
    warned = {record.getMessage() for record in caplog.records if record.name == "recon.readside"}
    assert warned, "the damage is told"
    assert all(str(exchange_id(DAMAGED)) in message for message in warned), warned
    assert all("recon project --rebuild" in message for message in warned), warned


def test_rebuilding_the_read_models_repairs_the_damaged_row(
    store: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    before = answers(store, tmp_path)
    damage(store, DAMAGES["torn JSON"])
    assert recon(store, tmp_path, "project", "--rebuild").exit_code == 0
    with caplog.at_level(logging.WARNING, "recon.readside"):
        assert answers(store, tmp_path) == before
    assert not [record for record in caplog.records if record.name == "recon.readside"], "read from the rows again"
