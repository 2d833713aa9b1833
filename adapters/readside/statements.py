"""The SQL that reads the read models' tables in a SQLite file, apart from the library's recorders: the view writes
and reads through them, and a quick command reads with these alone through the standard library's sqlite3.

Two tables: `read_exchanges` holds each exchange's small documents (its list line, listing and page), written with the
tracked position whenever the exchange changes; `read_documents` holds its report, written when a read first asks for
it, with the version it describes. A report is answered only when that version is the exchange's row's version: the
CASE below reads the report's bytes only then, and a list never reads them at all."""

from __future__ import annotations

EVENTS_TABLE = "stored_events"
"""The table the library's SQLite recorder keeps events in (its default name, which the store does not change)."""
SCHEMA_VERSION = 8
"""The shape and meaning of the read models' rows, a report's JSON included: raised whenever a release changes them,
so that a store's tables of an older version are built again from the events on first use instead of being misread."""
MARK = "SELECT version FROM read_schema"
"""The version the tables are marked with: one row, none before the first reset."""
ROWS = (
    "SELECT r.exchange_id, r.ordering, r.version, r.listing, "
    "CASE WHEN d.version = r.version THEN d.report END, r.changed, r.unreadable "
    "FROM read_exchanges AS r LEFT JOIN read_documents AS d ON d.exchange_id = r.exchange_id"
)
"""Each exchange's row with its report when the report stored describes the row's version, else NULL."""
LISTINGS = "SELECT exchange_id, listing, unreadable FROM read_exchanges ORDER BY ordering"
"""Every exchange's listing, in the order agreed, read without any report."""
UNWRITTEN = (
    "SELECT r.exchange_id, r.version FROM read_exchanges AS r "
    "LEFT JOIN read_documents AS d ON d.exchange_id = r.exchange_id "
    "WHERE r.unreadable IS NULL AND (d.version IS NULL OR d.version <> r.version) ORDER BY r.ordering"
)
"""Every readable exchange whose report is not stored at its row's version, with that version."""
CURRENT_ROW = (
    "SELECT (SELECT MAX(rowid) FROM {events}), "
    "(SELECT MAX(notification_id) FROM tracking WHERE application_name = ?), "
    "r.exchange_id, r.ordering, r.version, r.listing, CASE WHEN d.version = r.version THEN d.report END, "
    "r.changed, r.unreadable "
    "FROM (SELECT 1) LEFT JOIN read_exchanges AS r ON r.exchange_id = ? "
    "LEFT JOIN read_documents AS d ON d.exchange_id = r.exchange_id"
)
"""The last position recorded (the library's notification id is the events table's rowid), the read models'
position and the exchange's row, if any, in one statement."""
POSITIONS = (
    "SELECT (SELECT MAX(rowid) FROM {events}), (SELECT MAX(notification_id) FROM tracking WHERE application_name = ?)"
)
"""The last position recorded and the read models' position, in one statement."""
