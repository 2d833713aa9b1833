"""The read models of a SQLite store read as they stand, without opening the application: the quick way for a command
that only reads the latest reports or the list.

Opening the Reconciler loads the whole engine and the event model and prepares the store's tables, which is most
of the time of a `recon report`. When the read models already hold every event recorded there is nothing to catch
up and nothing to replay, so their rows are read straight from the file. Whenever they cannot answer on their own
(behind the events, of another shape, an exchange they do not know or cannot read, a store that is not a usable
SQLite file) these return None and the command reads through the Reconciler as before, which catches up, replays,
or says what is wrong."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from uuid import UUID

from eventsourcing.persistence import ApplicationRecorder, PersistenceError
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteDatastore

from adapters.readside.sqlite import SQLiteReportsView
from adapters.readside.view import ReportsView

APPLICATION = "Reconciler"
"""The name the Reconciler tracks the read models' position under (domain.application.Reconciler.name), written out
so that reading it does not load the application."""
LOCK_TIMEOUT = 10
"""Seconds to wait for a writer's lock, as the Reconciler waits (adapters.settings)."""


class StoredReadModels:
    """The read models' rows, answered only while they hold every event recorded."""

    def __init__(self, events: ApplicationRecorder, view: ReportsView) -> None:
        self.events = events
        self.view = view

    def current(self) -> bool:
        """True when the read models hold every event recorded when asked."""
        head = self.events.max_notification_id() or 0
        return (self.view.max_tracking_id(APPLICATION) or 0) >= head

    def report(self, exchange_id: UUID) -> bytes | None:
        """The exchange's latest report as JSON; None unless the read models are current and can answer for it."""
        if not self.current():
            return None
        found = self.view.row(exchange_id)
        return None if found is None or found.unreadable is not None else found.report

    def listings(self) -> list[bytes] | None:
        """Every exchange's list line as JSON, in the order agreed; None unless the read models are current and can
        answer for every exchange."""
        if not self.current():
            return None
        lines = [row.listing for row in self.view.rows()]
        return None if any(line is None for line in lines) else [line for line in lines if line is not None]


@contextmanager
def stored_read_models(database_url: str) -> Iterator[StoredReadModels | None]:
    """The read models of the SQLite store `database_url` names, read as they stand; None for any other store, a
    file that does not exist (it is never created here), or tables not of the current shape."""
    path = Path(database_url.removeprefix("sqlite:///"))
    if not database_url.startswith("sqlite:///") or not path.is_file():
        yield None
        return
    datastore = SQLiteDatastore(db_name=str(path), lock_timeout=LOCK_TIMEOUT)
    try:
        view = SQLiteReportsView(datastore)
        yield StoredReadModels(SQLiteApplicationRecorder(datastore), view) if _marked(view) else None
    finally:
        datastore.close()


def stored_document(database_url: str, exchange_id: UUID) -> bytes | None:
    """The exchange's latest report as the read models hold it, as JSON, when they can answer without the
    application; None otherwise, and when the store cannot be read (the application then says why)."""
    try:
        with stored_read_models(database_url) as found:
            return None if found is None else found.report(exchange_id)
    except (PersistenceError, sqlite3.Error):
        return None


def stored_listings(database_url: str) -> list[bytes] | None:
    """Every exchange's list line as JSON, as `stored_document` reads a report."""
    try:
        with stored_read_models(database_url) as found:
            return None if found is None else found.listings()
    except (PersistenceError, sqlite3.Error):
        return None


def _marked(view: SQLiteReportsView) -> bool:
    try:
        return view.marked()
    except (PersistenceError, sqlite3.Error):  # no read models in this file yet
        return False
