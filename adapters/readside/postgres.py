"""The read models as tables in the store's own PostgreSQL database, shared by every process that reads it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import ApplicationRecorder, Tracking
from eventsourcing.postgres import PostgresApplicationRecorder, PostgresDatastore, PostgresTrackingRecorder
from psycopg.sql import SQL, Identifier

from adapters.readside.postgres_sql import TRACKING_TABLE, ReadModelSQL
from adapters.readside.view import SCHEMA_VERSION, Current, ReportRow, ReportsView

KEPT_REPORTS = 64
"""How many exchanges' latest reports a process keeps, so that reading one again moves only its version when it has
not changed (a large report is hundreds of kilobytes); past this it forgets them all."""


class PostgresReportsView(PostgresTrackingRecorder, ReportsView):
    """The read models, written in the same PostgreSQL transaction as the library's tracking record."""

    def __init__(self, datastore: PostgresDatastore, **kwargs: Any) -> None:
        kwargs["tracking_table_name"] = TRACKING_TABLE
        super().__init__(datastore, **kwargs)
        self._sql = ReadModelSQL(datastore.schema)
        self.sql_create_statements.extend([*self._sql.create, self._sql.create_marks])
        self._documents: dict[UUID, tuple[int, bytes]] = {}
        """The latest report this process read of each exchange, with the row's version it was read at."""
        self._current_statements: dict[str | None, Any] = {}

    def store(self, rows: Sequence[ReportRow], tracking: Tracking) -> None:
        with self.datastore.transaction(commit=True) as cursor:
            cursor.executemany(self._sql.upsert, [_values(row) for row in rows])
            self._insert_tracking(cursor, tracking)

    def store_document(self, exchange_id: UUID, version: int, report: bytes) -> None:
        with self.datastore.transaction(commit=True) as cursor:
            cursor.execute(self._sql.store_report, (exchange_id, version, report))

    def row(self, exchange_id: UUID) -> ReportRow | None:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(self._sql.select + SQL(" WHERE r.exchange_id = %s"), (exchange_id,))
            found = cursor.fetchone()
        return None if found is None else _row(found)

    def current_row(
        self,
        exchange_id: UUID,
        application_name: str,
        events: ApplicationRecorder,
        keyring: ApplicationRecorder | None = None,
    ) -> Current:
        if not isinstance(events, PostgresApplicationRecorder) or events.datastore is not self.datastore:
            return super().current_row(exchange_id, application_name, events, keyring)
        shared = keyring if isinstance(keyring, PostgresApplicationRecorder) else None
        if shared is not None and not same_database(shared.datastore, self.datastore):
            shared = None
        statement = self._current_statement(events, shared)
        kept = self._documents.get(exchange_id)
        # One statement reads one snapshot: on the pool's autocommit connection it needs no BEGIN and ROLLBACK, two
        # of the three round trips a transaction would take; prepared, the server plans it once per connection;
        # binary, a report comes as its bytes rather than twice as many hex digits.
        with self.datastore.get_connection() as connection, connection.cursor() as cursor:
            given = {"application": application_name, "kept": -1 if kept is None else kept[0], "exchange": exchange_id}
            cursor.execute(statement, given, prepare=True, binary=True)
            found = cursor.fetchone()
        if found is None:  # never: the statement reads one row, whatever the tables hold
            raise RuntimeError("the read models' position could not be read")
        if shared is not None:
            generation = found["keyring"] or 0
        else:  # a keyring elsewhere (RECON_KEYRING_DATABASE_URL) is asked on its own
            generation = None if keyring is None else keyring.max_notification_id() or 0
        return Current(self._kept_row(found, kept), found["position"] or 0, found["head"] or 0, generation)

    def _current_statement(
        self, events: PostgresApplicationRecorder, keyring: PostgresApplicationRecorder | None
    ) -> Any:
        key = None if keyring is None else keyring.events_table_name
        statement = self._current_statements.get(key)
        if statement is None:
            statement = self._sql.current_row(
                events.events_table_name,
                SQL("NULL::bigint")
                if keyring is None
                else SQL("(SELECT MAX(notification_id) FROM {0}.{1})").format(
                    Identifier(keyring.datastore.schema), Identifier(keyring.events_table_name)
                ),
            )
            self._current_statements[key] = statement
        return statement

    def _kept_row(self, found: Any, kept: tuple[int, bytes] | None) -> ReportRow | None:
        """The row as read; its report the one this process keeps when the row still has the version it was kept at
        (a row's report is made from the exchange's events up to its version alone, so it is the same)."""
        if found["exchange_id"] is None:
            return None
        if found["kept"] and kept is not None:
            report: bytes | None = kept[1]
        else:
            report = _bytes(found["report"])
            if report is not None:
                if len(self._documents) >= KEPT_REPORTS:
                    self._documents.clear()
                self._documents[found["exchange_id"]] = (found["version"], report)
        return ReportRow(
            found["exchange_id"],
            found["ordering"],
            found["version"],
            _bytes(found["listing"]),
            report,
            found["changed"],
            found["unreadable"],
        )

    def current_page(
        self, exchange_id: UUID, application_name: str, events: ApplicationRecorder
    ) -> tuple[bytes | None, int, int]:
        if not isinstance(events, PostgresApplicationRecorder) or events.datastore is not self.datastore:
            return super().current_page(exchange_id, application_name, events)
        statement = self._sql.current_page(events.events_table_name)
        # As current_row: one statement, one snapshot, on the pool's autocommit connection.
        with self.datastore.get_connection() as connection, connection.cursor() as cursor:
            cursor.execute(statement, (application_name, exchange_id), prepare=True)
            found = cursor.fetchone()
        if found is None:  # never: the statement reads one row, whatever the tables hold
            raise RuntimeError("the read models' position could not be read")
        return _bytes(found["page"]), found["position"] or 0, found["head"] or 0

    def rows(self) -> list[ReportRow]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(self._sql.select + SQL(" ORDER BY r.ordering"))
            return [_row(found) for found in cursor.fetchall()]

    def unwritten(self) -> list[tuple[UUID, int]]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(self._sql.unwritten)
            return [(found["exchange_id"], found["version"]) for found in cursor.fetchall()]

    def listings(self) -> list[tuple[UUID, bytes | None]]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(self._sql.listings)
            return [
                (found["exchange_id"], None if found["unreadable"] is not None else _bytes(found["listing"]))
                for found in cursor.fetchall()
            ]

    def page(self, exchange_id: UUID) -> bytes | None:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(self._sql.page, (exchange_id,))
            found = cursor.fetchone()
        return None if found is None else _bytes(found["page"])

    def lines(self) -> list[tuple[UUID, bytes | None]]:
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(self._sql.lines)
            return [(found["exchange_id"], _bytes(found["line"])) for found in cursor.fetchall()]

    def reset(self, application_name: str) -> None:
        with self.datastore.transaction(commit=True) as cursor:
            self._reset(cursor, application_name)

    def upgrade(self, application_name: str) -> bool:
        with self.datastore.transaction(commit=True) as cursor:
            # One process at a time looks and resets: the others, waiting here, then find the version current.
            cursor.execute(SQL("LOCK TABLE {0} IN SHARE ROW EXCLUSIVE MODE").format(self._sql.marks))
            cursor.execute(SQL("SELECT version FROM {0}").format(self._sql.marks))
            if [found["version"] for found in cursor.fetchall()] == [SCHEMA_VERSION]:
                return False
            self._reset(cursor, application_name)
            return True

    def _reset(self, cursor: Any, application_name: str) -> None:
        for statement in self._sql.reset():
            cursor.execute(statement)
        cursor.execute(
            SQL("DELETE FROM {0} WHERE application_name = %s").format(self._sql.tracking), (application_name,)
        )
        cursor.execute(SQL("DELETE FROM {0}").format(self._sql.marks))
        cursor.execute(SQL("INSERT INTO {0} VALUES (%s)").format(self._sql.marks), (SCHEMA_VERSION,))


def _values(row: ReportRow) -> tuple[Any, ...]:
    return (row.exchange_id, row.order, row.version, row.changed, row.unreadable, row.listing, row.line, row.page)


def _row(found: Any) -> ReportRow:
    return ReportRow(
        found["exchange_id"],
        found["ordering"],
        found["version"],
        _bytes(found["listing"]),
        _bytes(found["report"]),
        found["changed"],
        found["unreadable"],
    )


def _bytes(value: Any) -> bytes | None:
    return None if value is None else bytes(value)


def same_database(first: PostgresDatastore, second: PostgresDatastore) -> bool:
    """True when the two datastores connect to the same database and schema, so one statement can read both."""
    if first is second:
        return True
    keys = ("host", "port", "dbname", "user")
    return first.schema == second.schema and [_settings(first).get(key) for key in keys] == [
        _settings(second).get(key) for key in keys
    ]


def _settings(datastore: PostgresDatastore) -> dict[str, Any]:
    given = datastore.pool.kwargs
    found = given() if callable(given) else given
    return dict(found or {})
