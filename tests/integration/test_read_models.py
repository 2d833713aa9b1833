"""The read models in real stores: after random histories they say what a fresh reconciliation says, and a process
killed while catching up leaves them where its last transaction did, for the next reader to carry on from."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import psycopg
import pytest
from typer.testing import CliRunner

from adapters.auth.keyring import Keyring, Role
from adapters.cli.app import app
from adapters.persistence.store import open_reconciler
from adapters.readside.reconciler import ReadModelReconciler
from adapters.settings import eventsourcing_env, keyring_url
from domain.application import Reconciler
from domain.timeline import Event
from tests.histories import random_history

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


def interleaved(rng: random.Random, exchanges: int, length: int) -> list[Event]:
    """Several exchanges' random histories, their events interleaved as a desk would record them."""
    histories = [random_history(rng, length=length, slug=f"exchange-{number}") for number in range(exchanges)]
    return sorted(chain(*histories), key=lambda event: (event.originator_version, rng.random()))


def chunks(rng: random.Random, events: Sequence[Event]) -> Iterator[Sequence[Event]]:
    """The events in runs of random length, each run recorded before the next read."""
    start = 0
    while start < len(events):
        end = start + rng.randint(1, 25)
        yield events[start:end]
        start = end


def assert_reads_as_fresh(reader: ReadModelReconciler, fresh: Reconciler) -> None:
    listings = reader.exchanges()
    assert listings == fresh.exchanges()
    for listing in listings:
        assert reader.report(listing.slug) == fresh.report(listing.slug)
    assert reader.read_side.position == (fresh.recorder.max_notification_id() or 0), "read from the read models"
    rows = reader.read_side.view.rows()
    assert [row.unreadable for row in rows] == [None] * len(listings), "every exchange answered by its row"


@pytest.mark.parametrize("seed", range(3))
def test_after_random_histories_every_read_model_equals_a_fresh_reconciliation(store_url: str, seed: int) -> None:
    rng = random.Random(seed)
    reader = open_reconciler(store_url)
    fresh = Reconciler(env=eventsourcing_env(store_url))
    assert isinstance(reader, ReadModelReconciler)
    try:
        for run in chunks(rng, interleaved(rng, exchanges=3, length=30)):
            fresh.events.put(run)
            assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()


@pytest.mark.parametrize("seed", range(2))
def test_a_process_keeping_one_exchange_in_memory_still_reads_as_fresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setattr("adapters.readside.projection.KEPT_EXCHANGES", 1)  # the others are loaded again when met
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    rng = random.Random(seed)
    reader, fresh = open_reconciler(url), Reconciler(env=eventsourcing_env(url))
    assert isinstance(reader, ReadModelReconciler)
    try:
        for run in chunks(rng, interleaved(rng, exchanges=3, length=30)):
            fresh.events.put(run)
            assert_reads_as_fresh(reader, fresh)
        assert len(reader.read_side.projection.exchanges) == 1
    finally:
        reader.close()
        fresh.close()


@pytest.mark.parametrize("seed", range(2))
def test_many_small_catch_ups_with_exchanges_dropped_between_them_read_as_fresh(
    store_url: str, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setattr("adapters.readside.projection.KEPT_EXCHANGES", 3)
    monkeypatch.setattr("adapters.readside.projection.KEPT_CLAIMS", 20)  # a long exchange crowds the others out
    monkeypatch.setattr("adapters.readside.service.PAGE", 3)  # a catch-up of a few events takes several batches
    rng = random.Random(seed)
    reader, fresh = open_reconciler(store_url), Reconciler(env=eventsourcing_env(store_url))
    assert isinstance(reader, ReadModelReconciler)
    projection = reader.read_side.projection
    loaded: list[int] = []
    stored = projection.history

    def history(exchange_id: UUID, version: int) -> Iterable[Any]:
        loaded.append(version)
        return stored(exchange_id, version)

    projection.history = history
    events = interleaved(rng, exchanges=5, length=25)
    try:
        start = 0
        while start < len(events):
            end = start + rng.randint(1, 4)
            fresh.events.put(events[start:end])
            assert_reads_as_fresh(reader, fresh)
            assert len(projection.exchanges) <= 3
            start = end
        assert len([version for version in loaded if version > 1]) >= 10, "exchanges dropped and reconciled again"
    finally:
        reader.close()
        fresh.close()


@pytest.mark.parametrize("seed", range(2))
def test_bursts_taken_in_by_reconciling_kept_exchanges_afresh_read_as_fresh(
    store_url: str, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setattr("adapters.readside.projection.STEPWISE_EVENTS", 1)  # two new events or more of an exchange
    monkeypatch.setattr("adapters.readside.projection.EVENT_CLAIMS", 1_000)  # are reconciled afresh
    rng = random.Random(seed)
    reader, fresh = open_reconciler(store_url), Reconciler(env=eventsourcing_env(store_url))
    assert isinstance(reader, ReadModelReconciler)
    try:
        for run in chunks(rng, interleaved(rng, exchanges=3, length=30)):
            fresh.events.put(run)
            assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()


def test_another_process_reading_later_picks_up_where_the_read_models_stand(store_url: str) -> None:
    rng = random.Random(7)
    events = interleaved(rng, exchanges=2, length=20)
    first, second = open_reconciler(store_url), open_reconciler(store_url)
    fresh = Reconciler(env=eventsourcing_env(store_url))
    assert isinstance(first, ReadModelReconciler)
    assert isinstance(second, ReadModelReconciler)
    try:
        fresh.events.put(events[:15])
        assert_reads_as_fresh(first, fresh)
        fresh.events.put(events[15:])
        assert_reads_as_fresh(second, fresh)  # starts from the position the first one wrote
        assert_reads_as_fresh(first, fresh)  # takes in what the second already wrote, without writing it again
    finally:
        for app in (first, second, fresh):
            app.close()


KILLED = """
import sys
from adapters.auth.keyring import Keyring, Role
from adapters.cli.app import app
from adapters.persistence.store import open_reconciler
from adapters.readside import service
from adapters.readside.sqlite import SQLiteReportsView

service.PAGE = 5
tracked = SQLiteReportsView._insert_tracking

def pausing(self, cursor, tracking):
    tracked(self, cursor, tracking)
    if tracking.application_name == "Reconciler":
        print(tracking.notification_id, flush=True)  # inside the transaction, not yet committed
        sys.stdin.readline()

SQLiteReportsView._insert_tracking = pausing
open_reconciler(sys.argv[1]).exchanges()
"""


def test_a_process_killed_while_catching_up_leaves_its_last_commit_and_the_next_reader_carries_on(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    fresh = Reconciler(env=eventsourcing_env(url))
    fresh.events.put(interleaved(random.Random(3), exchanges=2, length=20))
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED, url], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdin is not None
    assert child.stdout is not None
    try:
        for _ in range(2):  # two pages committed
            child.stdout.readline()
            child.stdin.write("\n")
            child.stdin.flush()
        assert child.stdout.readline().strip() == "15", "the third page is written, not yet committed"
    finally:
        child.kill()
        child.wait()
    reader = open_reconciler(url)
    assert isinstance(reader, ReadModelReconciler)
    try:
        assert reader.read_side.position == 10, "the killed process's last commit stands, its open one does not"
        assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()


def test_project_rebuild_builds_the_read_models_again_from_the_first_event(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    fresh = Reconciler(env=eventsourcing_env(url))
    fresh.events.put(interleaved(random.Random(5), exchanges=2, length=10))
    assert CliRunner().invoke(app, ["--db", url, "list"]).exit_code == 0
    with sqlite3.connect(tmp_path / "recon.sqlite3") as damaged:  # a row gone wrong, as a bad release might leave it
        damaged.execute("UPDATE read_exchanges SET listing = NULL, unreadable = 'lost'")
    project = CliRunner().invoke(app, ["--db", url, "project", "--rebuild"])
    assert project.exit_code == 0, project.output
    head = fresh.recorder.max_notification_id()
    assert project.stdout == f"Read models caught up: took in {head} events (log position {head}).\n"
    with sqlite3.connect(tmp_path / "recon.sqlite3") as store:
        assert store.execute("SELECT count(*) FROM read_exchanges WHERE unreadable IS NULL").fetchone() == (2,)
    reader = open_reconciler(url)
    assert isinstance(reader, ReadModelReconciler)
    try:
        assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()


def test_a_rebuild_replaces_read_models_of_another_shape(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    fresh = Reconciler(env=eventsourcing_env(url))
    fresh.events.put(interleaved(random.Random(9), exchanges=2, length=8))
    with sqlite3.connect(tmp_path / "recon.sqlite3") as store:  # as an earlier release might have left them
        store.execute("CREATE TABLE read_reports (exchange_id TEXT PRIMARY KEY, ordering INTEGER, version INTEGER)")
    project = CliRunner().invoke(app, ["--db", url, "project", "--rebuild"])
    assert project.exit_code == 0, project.output
    reader = open_reconciler(url)
    assert isinstance(reader, ReadModelReconciler)
    try:
        assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()


def test_a_rebuild_reads_as_fresh_on_each_store(store_url: str) -> None:
    reader, fresh = open_reconciler(store_url), Reconciler(env=eventsourcing_env(store_url))
    assert isinstance(reader, ReadModelReconciler)
    try:
        fresh.events.put(interleaved(random.Random(11), exchanges=2, length=12))
        assert_reads_as_fresh(reader, fresh)
        assert reader.read_side.rebuild().position == fresh.recorder.max_notification_id()
        assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()


def _older_tables(store_url: str) -> None:
    """The read models as a release before their schema version might have left them: a table of another shape and
    no version recorded."""
    if store_url.startswith("sqlite:///"):
        with sqlite3.connect(store_url.removeprefix("sqlite:///")) as store:
            store.execute("CREATE TABLE read_reports (exchange_id TEXT PRIMARY KEY, ordering INTEGER, version INTEGER)")
        return
    with psycopg.connect(store_url) as store:
        store.execute("CREATE TABLE recon_read_reports (exchange_id uuid PRIMARY KEY, ordering bigint)")


def _marked_older(store_url: str) -> None:
    """Rows of the current shape marked with an earlier schema version, and gone wrong as it might read them."""
    if store_url.startswith("sqlite:///"):
        with sqlite3.connect(store_url.removeprefix("sqlite:///")) as store:
            store.execute("UPDATE read_schema SET version = 0")
            store.execute("UPDATE read_exchanges SET listing = NULL, unreadable = 'lost'")
        return
    with psycopg.connect(store_url) as store:
        store.execute("UPDATE recon_read_schema SET version = 0")
        store.execute("UPDATE recon_read_exchanges SET listing = NULL, unreadable = 'lost'")


@pytest.mark.parametrize("older", [_older_tables, _marked_older], ids=["older-shape", "older-version"])
def test_read_models_of_an_older_schema_are_built_again_on_first_use(
    store_url: str, older: Callable[[str], None]
) -> None:
    fresh = Reconciler(env=eventsourcing_env(store_url))
    try:
        fresh.events.put(interleaved(random.Random(13), exchanges=2, length=8))
        if older is _marked_older:
            first = open_reconciler(store_url)
            first.exchanges()
            first.close()
        older(store_url)
        listed = CliRunner().invoke(app, ["--db", store_url, "list", "--format", "json"])
        assert listed.exit_code == 0, listed.output
        assert listed.stderr == ""
        reader = open_reconciler(store_url)
        try:
            assert not reader.read_side.upgraded, "the list's process built them again already"
            assert_reads_as_fresh(reader, fresh)
        finally:
            reader.close()
    finally:
        fresh.close()


@pytest.mark.parametrize("kind", ["memory", "sqlite", "postgres"])
def test_a_row_is_read_with_the_position_it_stands_at_and_the_last_one_recorded(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url: str = {"memory": "memory:", "sqlite": f"sqlite:///{tmp_path / 'recon.sqlite3'}"}.get(kind) or str(
        request.getfixturevalue("postgres_url")
    )
    reader = open_reconciler(url)
    assert isinstance(reader, ReadModelReconciler)
    side = reader.read_side
    events = random_history(random.Random(7), length=12, slug="behind")
    exchange = events[0].originator_id
    try:
        reader.events.put(events[:5])
        side.catch_up()
        reader.events.put(events[5:])
        behind = side.view.current_row(exchange, reader.name, reader.recorder)
        assert behind.head - behind.position == len(events) - 5
        assert behind.row is not None
        assert behind.row.version == 5
        side.catch_up()
        caught_up = side.view.current_row(exchange, reader.name, reader.recorder)
        assert caught_up.position == caught_up.head == behind.head
        assert caught_up.row is not None
        assert caught_up.row.version == len(events)
        unknown = side.view.current_row(uuid4(), reader.name, reader.recorder)
        assert (unknown.row, unknown.position, unknown.head) == (None, behind.head, behind.head)
    finally:
        reader.close()


@pytest.mark.parametrize("kind", ["memory", "sqlite", "postgres"])
def test_a_report_read_again_is_the_one_its_row_holds_now_and_the_keyring_generation_comes_with_it(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url: str = {"memory": "memory:", "sqlite": f"sqlite:///{tmp_path / 'recon.sqlite3'}"}.get(kind) or str(
        request.getfixturevalue("postgres_url")
    )
    reader = open_reconciler(url)
    keyring = Keyring(env=eventsourcing_env(keyring_url(url)))
    assert isinstance(reader, ReadModelReconciler)
    side = reader.read_side
    events = random_history(random.Random(11), length=12, slug="read-again")
    exchange = events[0].originator_id
    try:
        reports = []
        for part in (events[:5], events[5:]):
            reader.events.put(part)
            side.catch_up()
            side.write_reports()  # a report is written by the first read that asks for it, or by this
            for _ in range(2):  # the second read of the same version may come from the process's memory
                found = side.view.current_row(exchange, reader.name, reader.recorder, keyring.recorder)
                stored = side.view.row(exchange)
                assert found.row is not None
                assert stored is not None
                assert (found.row.version, found.row.report) == (stored.version, stored.report)
                assert found.keyring == keyring.generation()
                reports.append(found.row.report)
            keyring.issue("Desk", Role.READER)  # the keyring's generation moves on
        assert reports[0] == reports[1] != reports[2] == reports[3]
        assert side.view.current_row(exchange, reader.name, reader.recorder).keyring is None
    finally:
        reader.close()
        keyring.close()


@pytest.mark.parametrize("kind", ["memory", "sqlite", "postgres"])
def test_a_page_document_is_read_with_the_position_it_stands_at_and_the_last_one_recorded(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url: str = {"memory": "memory:", "sqlite": f"sqlite:///{tmp_path / 'recon.sqlite3'}"}.get(kind) or str(
        request.getfixturevalue("postgres_url")
    )
    reader = open_reconciler(url)
    assert isinstance(reader, ReadModelReconciler)
    side = reader.read_side
    events = random_history(random.Random(7), length=12, slug="behind")
    exchange = events[0].originator_id
    try:
        reader.events.put(events[:5])
        side.catch_up()
        at_five = side.view.page(exchange)
        reader.events.put(events[5:])
        document, position, head = side.view.current_page(exchange, reader.name, reader.recorder)
        assert (document, head - position) == (at_five, len(events) - 5)
        # A read that finds the read models behind catches up before it answers.
        served, standing = side.page(exchange)
        assert standing.position == standing.head == head
        assert served is not None
        assert served != at_five
        assert side.view.current_page(exchange, reader.name, reader.recorder) == (served, head, head)
        assert side.view.current_page(uuid4(), reader.name, reader.recorder) == (None, head, head)
    finally:
        reader.close()
