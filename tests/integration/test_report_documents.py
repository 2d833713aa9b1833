"""A report's document in the read models is written by the first read of its exchange's version, not by the catch-up,
and is answered only for the version it was written at; the list reads none of them. On a real SQLite file and a
real PostgreSQL database."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from adapters.cli.app import app
from adapters.persistence.store import open_reconciler
from adapters.readside.reconciler import ReadModelReconciler
from adapters.readside.stored import stored_document
from adapters.settings import eventsourcing_env
from domain.application import Reconciler
from domain.identity import parse_ref
from domain.report_values import ReconciliationReport
from tests.histories import random_history

pytestmark = pytest.mark.integration
SLUG = "documents"


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


def _opened(url: str) -> ReadModelReconciler:
    reader = open_reconciler(url)
    assert isinstance(reader, ReadModelReconciler)
    return reader


def test_catching_up_writes_no_report_and_the_first_read_writes_it_at_its_version(store_url: str) -> None:
    events = random_history(random.Random(21), length=12, slug=SLUG)
    exchange = events[0].originator_id
    reader, fresh = _opened(store_url), Reconciler(env=eventsourcing_env(store_url))
    try:
        fresh.events.put(events)
        reader.read_side.catch_up()
        assert reader.read_side.view.unwritten() == [(exchange, len(events))]
        reader.exchanges()  # the list neither reads nor writes a report
        assert reader.read_side.view.unwritten() == [(exchange, len(events))]
        assert reader.report(SLUG) == fresh.report(SLUG)
        assert reader.read_side.view.unwritten() == []
        row = reader.read_side.view.row(exchange)
        assert row is not None
        assert row.report is not None
        assert ReconciliationReport.model_validate_json(row.report) == fresh.report(SLUG)
    finally:
        reader.close()
        fresh.close()


def test_a_report_written_at_an_earlier_version_is_never_answered_for_a_later_one(store_url: str) -> None:
    events = random_history(random.Random(22), length=14, slug=SLUG)
    exchange = events[0].originator_id
    reader, fresh = _opened(store_url), Reconciler(env=eventsourcing_env(store_url))
    try:
        fresh.events.put(events[:8])
        earlier = reader.read_side.row(exchange)[0]
        assert earlier is not None
        assert earlier.report is not None
        fresh.events.put(events[8:])
        reader.read_side.catch_up()
        behind = reader.read_side.view.row(exchange)
        assert behind is not None
        assert (behind.version, behind.report) == (len(events), None)
        assert reader.report(SLUG) == fresh.report(SLUG)
        reader.read_side.view.store_document(exchange, 8, earlier.report)  # a slower reader's, arriving late
        later = reader.read_side.view.row(exchange)
        assert later is not None
        assert later.report is not None
        assert ReconciliationReport.model_validate_json(later.report) == fresh.report(SLUG)
    finally:
        reader.close()
        fresh.close()


def test_a_process_that_never_met_the_exchange_writes_its_report_from_the_events(store_url: str) -> None:
    events = random_history(random.Random(23), length=12, slug=SLUG)
    exchange = events[0].originator_id
    writer, fresh = _opened(store_url), Reconciler(env=eventsourcing_env(store_url))
    try:
        fresh.events.put(events)
        writer.read_side.catch_up()
        other = _opened(store_url)
        try:
            assert other.report(SLUG) == fresh.report(SLUG)
        finally:
            other.close()
        stored = writer.read_side.view.row(exchange)
        assert stored is not None
        assert stored.report is not None, "written by the other process's read"
        assert writer.report(SLUG) == fresh.report(SLUG)
    finally:
        writer.close()
        fresh.close()


def test_recon_project_writes_every_report(store_url: str) -> None:
    fresh = Reconciler(env=eventsourcing_env(store_url))
    try:
        for number in range(3):
            fresh.events.put(random_history(random.Random(number), length=8, slug=f"{SLUG}-{number}"))
        done = CliRunner().invoke(app, ["--db", store_url, "project"])
        assert done.exit_code == 0, done.output
        reader = _opened(store_url)
        try:
            assert reader.read_side.view.unwritten() == []
        finally:
            reader.close()
    finally:
        fresh.close()


def test_the_list_reads_none_of_the_reports(store_url: str) -> None:
    fresh = Reconciler(env=eventsourcing_env(store_url))
    try:
        fresh.events.put(random_history(random.Random(24), length=10, slug=SLUG))
        done = CliRunner().invoke(app, ["--db", store_url, "project"])
        assert done.exit_code == 0, done.output
        _drop_reports(store_url)  # were the list to read the reports, it would fail or replay
        reader = _opened(store_url)
        try:
            listings, standing = reader.standing_exchanges()
            assert standing.current
            assert listings == fresh.exchanges()
        finally:
            reader.close()
    finally:
        fresh.close()


def _drop_reports(url: str) -> None:
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as store:
            store.execute("DROP TABLE read_documents")
        return
    with psycopg.connect(url) as postgres:
        postgres.execute("DROP TABLE recon_read_documents")


def test_a_quick_report_leaves_a_report_of_an_earlier_version_to_the_application(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    events = random_history(random.Random(25), length=12, slug=SLUG)
    reader, fresh = _opened(url), Reconciler(env=eventsourcing_env(url))
    try:
        fresh.events.put(events[:6])
        assert reader.report(SLUG) == fresh.report(SLUG)
        assert stored_document(url, parse_ref(SLUG)) is not None
        fresh.events.put(events[6:])
        reader.read_side.catch_up()  # the row moves on; the report stored is of version 6
        assert stored_document(url, parse_ref(SLUG)) is None
        done = CliRunner().invoke(app, ["--db", url, "report", SLUG, "-f", "json"])
        assert done.exit_code == 0, done.output
        printed, expected = json.loads(done.stdout), fresh.report(SLUG)
        assert printed["exchange"]["version"] == len(events)
        assert [finding["id"] for finding in printed["findings"]] == [finding.id for finding in expected.findings]
        assert stored_document(url, parse_ref(SLUG)) is not None, "the application wrote it"
    finally:
        reader.close()
        fresh.close()


def test_every_report_written_for_a_list_of_reports_takes_one_catch_up(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = Reconciler(env=eventsourcing_env(store_url))
    reader = _opened(store_url)
    try:
        for number in range(3):
            fresh.events.put(random_history(random.Random(number), length=6, slug=f"{SLUG}-{number}"))
        side = reader.read_side
        caught_up = side.catch_up
        calls = []

        def counted(seconds: float | None = None) -> object:
            calls.append(seconds)
            return caught_up(seconds)

        monkeypatch.setattr(side, "catch_up", counted)
        rows = side.documents().rows
        assert [row.report is not None for row in rows] == [True] * 3
        assert len(calls) == 1, "a log far ahead would cost the read's bound once per report otherwise"
    finally:
        reader.close()
        fresh.close()
