"""The read models as tables in the store's own SQLite file, beside the library's tracking table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import ApplicationRecorder, Tracking
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteTrackingRecorder

from adapters.readside import statements
from adapters.readside.view import SCHEMA_VERSION, Current, ReportRow, ReportsView

_TABLES = (
    # The small documents first and the page last: SQLite reads a row's columns in order, so a list reads neither a
    # page nor a report (those have tables and columns of their own, each read only by its own question).
    "CREATE TABLE IF NOT EXISTS read_exchanges (exchange_id TEXT PRIMARY KEY, ordering INTEGER NOT NULL, "
    "version INTEGER NOT NULL, changed TEXT, unreadable TEXT, listing BLOB, line BLOB, page BLOB)",
    "CREATE TABLE IF NOT EXISTS read_documents (exchange_id TEXT PRIMARY KEY, version INTEGER NOT NULL, report BLOB)",
)
_UPSERT = (
    "INSERT INTO read_exchanges VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (exchange_id) DO UPDATE SET "
    "version = excluded.version, changed = excluded.changed, unreadable = excluded.unreadable, "
    "listing = excluded.listing, line = excluded.line, page = excluded.page"
)
"""Writes an exchange's row; one already there keeps its place in the order agreed."""
_DOCUMENT = (
    "INSERT INTO read_documents VALUES (?, ?, ?) ON CONFLICT (exchange_id) DO UPDATE SET "
    "version = excluded.version, report = excluded.report WHERE excluded.version > read_documents.version"
)
"""Writes an exchange's report unless one of a later version is there already (written by a read elsewhere)."""
_SCHEMA = "CREATE TABLE IF NOT EXISTS read_schema (version INTEGER NOT NULL)"
"""The version of the read models' shape (see SCHEMA_VERSION): one row, none before the first reset."""
_SELECT = statements.ROWS
_CURRENT = statements.CURRENT_ROW
_CURRENT_PAGE = (
    "SELECT (SELECT MAX(rowid) FROM {events}), "
    "(SELECT MAX(notification_id) FROM tracking WHERE application_name = ?), r.page "
    "FROM (SELECT 1) LEFT JOIN read_exchanges AS r ON r.exchange_id = ?"
)
"""The same, with the exchange's page document alone."""


class SQLiteReportsView(SQLiteTrackingRecorder, ReportsView):
    """The read models, written in the same SQLite transaction as the library's tracking record."""

    def construct_create_table_statements(self) -> list[str]:
        """The library's tracking table and the read models' own."""
        return [*super().construct_create_table_statements(), *_TABLES, _SCHEMA]

    def store(self, rows: Sequence[ReportRow], tracking: Tracking) -> None:
        with self.datastore.transaction(commit=True) as cursor:
            cursor.executemany(_UPSERT, [_values(row) for row in rows])
            self._insert_tracking(cursor, tracking)

    def store_document(self, exchange_id: UUID, version: int, report: bytes) -> None:
        with self.datastore.transaction(commit=True) as cursor:
            cursor.execute(_DOCUMENT, (str(exchange_id), version, report))

    def row(self, exchange_id: UUID) -> ReportRow | None:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(_SELECT + " WHERE r.exchange_id = ?", (str(exchange_id),))
            found = cursor.fetchone()
        return None if found is None else _row(found)

    def current_row(
        self,
        exchange_id: UUID,
        application_name: str,
        events: ApplicationRecorder,
        keyring: ApplicationRecorder | None = None,
    ) -> Current:
        if not isinstance(events, SQLiteApplicationRecorder) or events.datastore is not self.datastore:
            return super().current_row(exchange_id, application_name, events, keyring)
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(_CURRENT.format(events=events.events_table_name), (application_name, str(exchange_id)))
            found = cursor.fetchone()
        row = None if found[2] is None else _row(tuple(found)[2:])
        # The keyring is a file of its own beside the store: its generation is read there, after the row.
        generation = None if keyring is None else keyring.max_notification_id() or 0
        return Current(row, found[1] or 0, found[0] or 0, generation)

    def current_page(
        self, exchange_id: UUID, application_name: str, events: ApplicationRecorder
    ) -> tuple[bytes | None, int, int]:
        if not isinstance(events, SQLiteApplicationRecorder) or events.datastore is not self.datastore:
            return super().current_page(exchange_id, application_name, events)
        with self.datastore.transaction(commit=False) as cursor:
            statement = _CURRENT_PAGE.format(events=events.events_table_name)
            cursor.execute(statement, (application_name, str(exchange_id)))
            found = cursor.fetchone()
        return found[2], found[1] or 0, found[0] or 0

    def rows(self) -> list[ReportRow]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(_SELECT + " ORDER BY r.ordering")
            return [_row(found) for found in cursor.fetchall()]

    def unwritten(self) -> list[tuple[UUID, int]]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(statements.UNWRITTEN)
            return [(UUID(found[0]), found[1]) for found in cursor.fetchall()]

    def listings(self) -> list[tuple[UUID, bytes | None]]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(statements.LISTINGS)
            return [(UUID(found[0]), None if found[2] is not None else found[1]) for found in cursor.fetchall()]

    def page(self, exchange_id: UUID) -> bytes | None:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute("SELECT page FROM read_exchanges WHERE exchange_id = ?", (str(exchange_id),))
            found = cursor.fetchone()
        return None if found is None else found[0]

    def lines(self) -> list[tuple[UUID, bytes | None]]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute("SELECT exchange_id, line FROM read_exchanges ORDER BY ordering")
            return [(UUID(found[0]), found[1]) for found in cursor.fetchall()]

    def reset(self, application_name: str) -> None:
        with self.datastore.transaction(commit=True) as cursor:
            self._reset(cursor, application_name)

    def upgrade(self, application_name: str) -> bool:
        with self.datastore.transaction(commit=True) as cursor:
            if self._marked(cursor):
                return False
            self._reset(cursor, application_name)
            return True

    def marked(self) -> bool:
        """True when the tables are marked with SCHEMA_VERSION, read without changing anything (see `upgrade`)."""
        with self.datastore.transaction(commit=False) as cursor:
            return self._marked(cursor)

    def _marked(self, cursor: Any) -> bool:
        cursor.execute(statements.MARK)
        return [tuple(found) for found in cursor.fetchall()] == [(SCHEMA_VERSION,)]

    def _reset(self, cursor: Any, application_name: str) -> None:
        # Dropped, not emptied: a new release's columns. The table of the read models' shape before version 4 goes.
        for table in ("read_reports", "read_exchanges", "read_documents"):
            cursor.execute(f"DROP TABLE IF EXISTS {table}")
        for table in _TABLES:
            cursor.execute(table)
        cursor.execute("DELETE FROM tracking WHERE application_name = ?", (application_name,))
        cursor.execute("DELETE FROM read_schema")
        cursor.execute("INSERT INTO read_schema VALUES (?)", (SCHEMA_VERSION,))


def _values(row: ReportRow) -> tuple[Any, ...]:
    return (
        str(row.exchange_id),
        row.order,
        row.version,
        row.changed,
        row.unreadable,
        row.listing,
        row.line,
        row.page,
    )


def _row(found: Any) -> ReportRow:
    return ReportRow(UUID(found[0]), *found[1:])
