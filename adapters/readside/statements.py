"""The SQL that reads the read models' tables in a SQLite file, apart from the library's recorders: the view writes
and reads through them, and a quick command reads with these alone through the standard library's sqlite3."""

from __future__ import annotations

EVENTS_TABLE = "stored_events"
"""The table the library's SQLite recorder keeps events in (its default name, which the store does not change)."""
SCHEMA_VERSION = 4
"""The shape and meaning of the read models' rows, a report's JSON included: raised whenever a release changes them,
so that a store's tables of an older version are built again from the events on first use instead of being misread."""
MARK = "SELECT version FROM read_schema"
"""The version the tables are marked with: one row, none before the first reset."""
ROWS = "SELECT exchange_id, ordering, version, listing, report, changed, unreadable FROM read_reports"
CURRENT_ROW = (
    "SELECT (SELECT MAX(rowid) FROM {events}), "
    "(SELECT MAX(notification_id) FROM tracking WHERE application_name = ?), "
    "r.exchange_id, r.ordering, r.version, r.listing, r.report, r.changed, r.unreadable "
    "FROM (SELECT 1) LEFT JOIN read_reports AS r ON r.exchange_id = ?"
)
"""The last position recorded (the library's notification id is the events table's rowid), the read models'
position and the exchange's row, if any, in one statement."""
POSITIONS = (
    "SELECT (SELECT MAX(rowid) FROM {events}), (SELECT MAX(notification_id) FROM tracking WHERE application_name = ?)"
)
"""The last position recorded and the read models' position, in one statement."""
