"""The read models of a SQLite store read as they stand, without opening the application: the quick way for a command
that only reads the latest reports or the list.

Opening the Reconciler loads the whole engine and the event model and prepares the store's tables, which is most
of the time of a `recon report`. When the read models already hold every event recorded there is nothing to catch
up and nothing to replay, so their rows are read straight from the file, through the standard library alone (the
library's recorders cost more to import than the read takes). Whenever they cannot answer on their own (behind the
events, of another shape, an exchange they do not know or cannot read, a store that is not a usable SQLite file)
these return None and the command reads through the Reconciler as before, which catches up, replays, or says what
is wrong."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from uuid import UUID

from adapters.readside import statements

APPLICATION = "Reconciler"
"""The name the Reconciler tracks the read models' position under (domain.application.Reconciler.name), written out
so that reading it does not load the application."""
LOCK_TIMEOUT = 10
"""Seconds to wait for a writer's lock, as the Reconciler waits (adapters.settings)."""


def stored_document(database_url: str, exchange_id: UUID) -> bytes | None:
    """The exchange's latest report as the read models hold it, as JSON, when they can answer without the
    application; None otherwise, and when the store cannot be read (the application then says why)."""
    try:
        with _read_models(database_url) as cursor:
            if cursor is None:
                return None
            statement = statements.CURRENT_ROW.format(events=statements.EVENTS_TABLE)
            head, position, *row = cursor.execute(statement, (APPLICATION, str(exchange_id))).fetchone()
    except sqlite3.Error:
        return None
    report, unreadable = row[4], row[6]
    if (position or 0) < (head or 0) or unreadable is not None or not isinstance(report, bytes):
        return None
    return report


def stored_listings(database_url: str) -> list[bytes] | None:
    """Every exchange's list line as JSON, in the order agreed, as `stored_document` reads a report; None unless
    the read models can answer for every exchange."""
    try:
        with _read_models(database_url) as cursor:
            if cursor is None:
                return None
            statement = statements.POSITIONS.format(events=statements.EVENTS_TABLE)
            head, position = cursor.execute(statement, (APPLICATION,)).fetchone()
            lines = [found[1] for found in cursor.execute(statements.LISTINGS)]
    except sqlite3.Error:
        return None
    if (position or 0) < (head or 0) or not all(isinstance(line, bytes) for line in lines):
        return None
    return lines


@contextmanager
def _read_models(database_url: str) -> Iterator[sqlite3.Cursor | None]:
    """A cursor in one read transaction (one snapshot of the file) on the SQLite store `database_url` names,
    opened read-only; None for any other store, a file that does not exist (it is never created here), or read
    models not marked with the current shape."""
    path = Path(database_url.removeprefix("sqlite:///"))
    if not database_url.startswith("sqlite:///") or not path.is_file():
        yield None
        return
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True, timeout=LOCK_TIMEOUT, isolation_level=None)) as connection:
        cursor = connection.cursor()
        cursor.execute("BEGIN")  # the position and the rows are read from one snapshot
        try:
            marks = [tuple(found) for found in cursor.execute(statements.MARK)]
            yield cursor if marks == [(statements.SCHEMA_VERSION,)] else None
        finally:
            connection.rollback()
