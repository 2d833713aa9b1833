"""The findings view in a SQLite file of its own, beside the library's tracking table."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

import orjson
from eventsourcing.persistence import Tracking
from eventsourcing.sqlite import SQLiteConnection, SQLiteCursor, SQLiteDatastore, SQLiteTrackingRecorder

from adapters.findings.rows import (
    ExchangeEntry,
    ExchangeFinding,
    FindingsQuery,
    UnreadableEntry,
    evidence_from,
    evidence_json,
)
from adapters.findings.view import FindingsView, ViewChange
from domain.findings import Severity
from domain.report import AcknowledgementLine, FindingLine
from domain.rulebook import RULES_BY_ID

_TABLES = (
    "CREATE TABLE IF NOT EXISTS findings ("
    "exchange_id TEXT NOT NULL, finding_id TEXT NOT NULL, slug TEXT NOT NULL, rule TEXT NOT NULL, "
    "severity TEXT NOT NULL, stage INTEGER, direction TEXT, figure TEXT, message TEXT NOT NULL, "
    "expected TEXT NOT NULL, found TEXT NOT NULL, difference INTEGER, evidence BLOB NOT NULL, "
    "is_open INTEGER NOT NULL, reviewer TEXT, note TEXT, acknowledged_version INTEGER, "
    "acknowledgement_current INTEGER, raised_version INTEGER NOT NULL, raised_at TEXT NOT NULL, "
    "updated_version INTEGER NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (exchange_id, finding_id)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS finding_exchanges ("
    "exchange_id TEXT PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS unreadable_exchanges ("
    "exchange_id TEXT PRIMARY KEY, slug TEXT NOT NULL, version INTEGER NOT NULL, topic TEXT NOT NULL, "
    "why TEXT NOT NULL) WITHOUT ROWID",
)
_UNREADABLE = (
    "INSERT OR REPLACE INTO unreadable_exchanges "
    "SELECT ?, COALESCE((SELECT slug FROM finding_exchanges WHERE exchange_id = ?), ?), ?, ?, ?"
)
"""Notes an exchange that cannot be read, under the slug the view knows it by, if any."""
_UPSERT = (
    "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (exchange_id, finding_id) DO UPDATE SET "
    "slug = excluded.slug, rule = excluded.rule, severity = excluded.severity, stage = excluded.stage, "
    "direction = excluded.direction, figure = excluded.figure, message = excluded.message, "
    "expected = excluded.expected, found = excluded.found, difference = excluded.difference, "
    "evidence = excluded.evidence, is_open = excluded.is_open, reviewer = excluded.reviewer, note = excluded.note, "
    "acknowledged_version = excluded.acknowledged_version, "
    "acknowledgement_current = excluded.acknowledgement_current, "
    "updated_version = excluded.updated_version, updated_at = excluded.updated_at"
)
"""Writes a finding; one already there keeps when it was raised."""
_SELECT = (
    "SELECT * FROM findings WHERE (? = 0 OR is_open = 1) AND (? IS NULL OR rule = ?) "
    "AND (? IS NULL OR severity = ?) AND (? IS NULL OR slug = ? OR exchange_id = ?)"
)
"""The findings a query asks for: each filter given is applied, each one left out (NULL) lets everything pass."""


class SQLiteFindingsView(SQLiteTrackingRecorder, FindingsView):
    """The findings view, written in the same SQLite transaction as the library's tracking record."""

    def __init__(self, datastore: SQLiteDatastore, **kwargs: Any) -> None:
        super().__init__(datastore, **kwargs)
        self._relaxed: weakref.WeakSet[SQLiteConnection] = weakref.WeakSet()

    def construct_create_table_statements(self) -> list[str]:
        """The library's tracking table, and the view's own two tables."""
        return [*super().construct_create_table_statements(), *_TABLES]

    def record(self, changes: Sequence[ViewChange], tracking: Tracking) -> None:
        """Apply events' changes in order and track the last one's position, in one transaction."""
        with self.datastore.get_connection(commit=True) as connection:
            if connection not in self._relaxed:
                # A view is rebuilt from the log, so a commit lost to a power cut costs only a re-read; WAL mode
                # keeps the file and the tracking consistent either way.
                with connection.cursor() as raw:
                    raw.execute("PRAGMA synchronous=NORMAL")
                self._relaxed.add(connection)
            with connection.transaction(commit=True) as cursor:
                for change in changes:
                    self._apply(cursor, change)
                self._insert_tracking(cursor, tracking)

    def findings(self, query: FindingsQuery) -> list[ExchangeFinding]:
        """The findings the query asks for, in reading order."""
        severity = None if query.severity is None else query.severity.value
        params = (query.open_only, query.rule, query.rule, severity, severity, *[query.exchange] * 3)
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute(_SELECT, params)
            found = [_finding(row) for row in cursor.fetchall()]
        return sorted(found, key=lambda item: item.order)

    def exchanges(self) -> list[ExchangeEntry]:
        """Every exchange seen agreed, by slug."""
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute("SELECT exchange_id, slug, title FROM finding_exchanges ORDER BY slug")
            return [ExchangeEntry(UUID(row[0]), row[1], row[2]) for row in cursor.fetchall()]

    def unreadable(self) -> list[UnreadableEntry]:
        """Every exchange one of whose events could not be loaded, by slug."""
        with self.datastore.transaction(commit=False) as cursor:
            cursor.execute("SELECT exchange_id, slug, version, topic, why FROM unreadable_exchanges ORDER BY slug")
            return [UnreadableEntry(UUID(row[0]), row[1], row[2], row[3], row[4]) for row in cursor.fetchall()]

    def reset(self, application_name: str) -> None:
        """Drop the view's tables and the tracked position, then create the tables again, in one transaction."""
        with self.datastore.transaction(commit=True) as cursor:
            cursor.execute("DROP TABLE IF EXISTS findings")
            cursor.execute("DROP TABLE IF EXISTS finding_exchanges")
            cursor.execute("DROP TABLE IF EXISTS unreadable_exchanges")
            cursor.execute("DELETE FROM tracking WHERE application_name = ?", (application_name,))
            for statement in _TABLES:
                cursor.execute(statement)

    def _apply(self, cursor: SQLiteCursor, change: ViewChange) -> None:
        exchange_id = str(change.exchange_id)
        if change.agreed is not None:
            cursor.execute(
                "INSERT OR REPLACE INTO finding_exchanges VALUES (?, ?, ?)",
                (exchange_id, change.agreed.slug, change.agreed.title),
            )
        if change.cleared:
            cursor.executemany(
                "DELETE FROM findings WHERE exchange_id = ? AND finding_id = ?",
                [(exchange_id, finding_id) for finding_id in change.cleared],
            )
        if change.written:
            cursor.executemany(_UPSERT, [_values(item) for item in change.written])
        damaged = change.unreadable
        if damaged is not None:
            cursor.execute("DELETE FROM findings WHERE exchange_id = ?", (exchange_id,))
            cursor.execute(
                _UNREADABLE, (exchange_id, exchange_id, damaged.slug, damaged.version, damaged.topic, damaged.why)
            )


def _values(item: ExchangeFinding) -> tuple[Any, ...]:
    line, ack = item.finding, item.finding.acknowledgement
    return (
        str(item.exchange_id),
        line.id,
        item.exchange,
        line.rule,
        line.severity.value,
        line.stage,
        line.direction,
        line.figure,
        line.message,
        line.expected,
        line.found,
        line.difference,
        evidence_json(line.evidence),
        line.open,
        None if ack is None else ack.reviewer,
        None if ack is None else ack.note,
        None if ack is None else ack.version,
        None if ack is None else ack.current,
        item.raised_version,
        item.raised_at.isoformat(),
        item.updated_version,
        item.updated_at.isoformat(),
    )


def _finding(row: Any) -> ExchangeFinding:
    acknowledgement = (
        None
        if row["reviewer"] is None
        else AcknowledgementLine(
            reviewer=row["reviewer"],
            note=row["note"],
            version=row["acknowledged_version"],
            current=bool(row["acknowledgement_current"]),
        )
    )
    line = FindingLine.model_construct(
        id=row["finding_id"],
        rule=row["rule"],
        statement=RULES_BY_ID[row["rule"]].statement if row["rule"] in RULES_BY_ID else "",
        severity=Severity(row["severity"]),
        stage=row["stage"],
        direction=row["direction"],
        figure=row["figure"],
        message=row["message"],
        expected=row["expected"],
        found=row["found"],
        difference=row["difference"],
        evidence=evidence_from(orjson.loads(row["evidence"])),
        acknowledgement=acknowledgement,
    )
    return ExchangeFinding(
        exchange_id=UUID(row["exchange_id"]),
        exchange=row["slug"],
        finding=line,
        raised_version=row["raised_version"],
        raised_at=datetime.fromisoformat(row["raised_at"]),
        updated_version=row["updated_version"],
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )
