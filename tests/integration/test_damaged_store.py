"""One exchange's damaged event stays in that exchange: every other one reads, lists, checks and projects as before.

The damage is done the way it happens, behind the application's back: SQL on the real SQLite file or PostgreSQL
database, on one stored event of the shipped exchange.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner, Result

from adapters.auth.keyring import Role
from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier
from adapters.http.app import create_app, open_service
from adapters.settings import Settings
from domain.exchange import exchange_id
from tests.http_service import TestClient

pytestmark = pytest.mark.integration
DAMAGED, HEALTHY = "1000-for-1000", "istanbul-2025"
VERSION = 3
"""The stored event damaged: the shipped exchange's second claim."""
INCONSISTENT = """\
format: recon-dossier/1
exchange:
  id: istanbul-2025
  title: Istanbul, May 2025
  parties: [Ukraine, Russia]
  terms: {each side: 1000}
  source: ministry
sources:
  ministry: {name: "Ukraine's Defence Ministry", tier: official, published: 2025-05-23}
claims:
  - stage: 1
    direction: to Ukraine
    source: ministry
    figures: {total: 390, breakdowns: {service: {military: 260, civilian: 120}}}
"""
"""The healthy exchange, with one open breakdown-sum finding to show that its findings survive."""

Damage = Callable[[bytes, str], tuple[bytes, str]]
"""Turns an event's stored state and topic into damaged ones."""
DAMAGES: dict[str, Damage] = {
    "damaged JSON": lambda state, topic: (state[: len(state) // 2], topic),
    "unknown topic": lambda state, topic: (state, "domain.exchange:ClaimWhispered"),
    "a count that reads back as a float": lambda state, topic: (
        re.sub(rb'"total":\d+', b'"total":1.8446744073709552e+19', state, count=1),
        topic,
    ),
}


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store holding the shipped exchange and a healthy inconsistent one."""
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url")
    dossier = tmp_path / "istanbul.yaml"
    dossier.write_text(INCONSISTENT)
    answer = recon(url, tmp_path, "import", str(shipped_dossier()), str(dossier))
    assert answer.exit_code == 0, answer.output
    return url


def recon(url: str, tmp_path: Path, *args: str) -> Result:
    env = {"USER": "olena"}
    return CliRunner().invoke(app, ["--db", url, *args], env=env)


def damage(url: str, change: Damage) -> str:
    """Damage the shipped exchange's event at VERSION with SQL; the topic it is stored under afterwards."""
    originator = exchange_id(DAMAGED)
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
            where = "WHERE originator_id = ? AND originator_version = ?"
            state, topic = connection.execute(
                f"SELECT state, topic FROM stored_events {where}", (originator.hex, VERSION)
            ).fetchone()
            state, topic = change(bytes(state), topic)
            connection.execute(
                f"UPDATE stored_events SET state = ?, topic = ? {where}", (state, topic, originator.hex, VERSION)
            )
        return topic
    with psycopg.connect(url) as connection:
        where = "WHERE originator_id = %s AND originator_version = %s"
        row = connection.execute(
            f"SELECT state, topic FROM reconciler_events {where}", (originator, VERSION)
        ).fetchone()
        assert row is not None
        state, topic = change(bytes(row[0]), row[1])
        connection.execute(
            f"UPDATE reconciler_events SET state = %s, topic = %s {where}", (state, topic, originator, VERSION)
        )
    return topic


@pytest.fixture(params=list(DAMAGES))
def damaged(request: pytest.FixtureRequest, store: str) -> tuple[str, str]:
    """The store with one event of the shipped exchange damaged, and the topic it is stored under."""
    return store, damage(store, DAMAGES[request.param])


def test_list_shows_the_damaged_exchange_as_unreadable_and_the_others_as_usual(
    damaged: tuple[str, str], tmp_path: Path
) -> None:
    listed = recon(damaged[0], tmp_path, "list", "--format", "json")
    assert listed.exit_code == 0, listed.output
    verdicts = {item["slug"]: (item["verdict"], item["unreadable"]) for item in json.loads(listed.stdout)}
    assert verdicts[HEALTHY] == ("errors open", None)
    assert verdicts[DAMAGED][0] == "unreadable"
    assert f"version {VERSION}" in str(verdicts[DAMAGED][1])


def test_check_reports_the_others_and_fails_naming_the_unreadable_exchange(
    damaged: tuple[str, str], tmp_path: Path
) -> None:
    checked = recon(damaged[0], tmp_path, "check")
    assert checked.exit_code == 5
    assert f"{HEALTHY}: errors open" in checked.stdout
    assert "cannot be read" in checked.stderr
    assert recon(damaged[0], tmp_path, "report", HEALTHY).exit_code == 0
    assert recon(damaged[0], tmp_path, "report", DAMAGED).exit_code == 5


def test_findings_lists_the_others_and_names_the_unreadable_exchange(damaged: tuple[str, str], tmp_path: Path) -> None:
    found = recon(damaged[0], tmp_path, "findings")
    assert found.exit_code == 0, found.output
    assert "breakdown-sum" in found.stdout
    assert f"error: exchange {exchange_id(DAMAGED)} cannot be read: " in found.stderr
    assert "its findings are left out" in found.stderr
    assert recon(damaged[0], tmp_path, "project").exit_code == 0


def test_verify_store_passes_a_store_whose_events_all_load(store: str, tmp_path: Path) -> None:
    verified = recon(store, tmp_path, "verify-store")
    assert (verified.exit_code, verified.stdout) == (0, "All 15 stored events load.\n")


def test_verify_store_names_the_damaged_event(damaged: tuple[str, str], tmp_path: Path) -> None:
    verified = recon(damaged[0], tmp_path, "verify-store")
    assert verified.exit_code == 5
    assert f"exchange {exchange_id(DAMAGED)} version {VERSION} ({damaged[1]}):" in verified.stdout
    assert "1 of 15 stored events cannot be loaded" in verified.stderr


def test_the_service_lists_and_reads_the_others(damaged: tuple[str, str], tmp_path: Path) -> None:
    keyring = f"sqlite:///{tmp_path / 'keyring.sqlite3'}"
    running = open_service(Settings(database_url=damaged[0], keyring_database_url=keyring))
    token, _ = running.keyring.issue("reader", Role.READER)
    with TestClient(create_app(running), headers={"Authorization": f"Bearer {token}"}) as http:
        listed = http.get("/exchanges")
        findings = http.get("/findings")
        assert (listed.status_code, findings.status_code) == (200, 200)
        assert [item["verdict"] for item in listed.json()] == ["unreadable", "errors open"]
        assert {item["exchange"] for item in findings.json()} == {HEALTHY}
        assert findings.headers["X-Unreadable-Exchanges"] == str(exchange_id(DAMAGED))
        assert http.get(f"/exchanges/{HEALTHY}/report").status_code == 200
        unreadable = http.get(f"/exchanges/{DAMAGED}/report")
        assert (unreadable.status_code, unreadable.json()["type"].rsplit("/", 1)[1]) == (500, "unreadable-exchange")
