"""The SQL of the read models' tables in a PostgreSQL database, built once per datastore's schema (see postgres.py).

The list's and the pages' small documents are one table, written with the tracked position; the reports another,
written when first read: a list never reads a report, and a caught-up exchange never writes one."""

from __future__ import annotations

from psycopg.sql import SQL, Composable, Composed, Identifier

TRACKING_TABLE = "recon_read_tracking"
"""The read models' tracked position: a table of its own, so no other tracking recorder of the store shares it."""


class ReadModelSQL:
    """Every statement of the read models' tables in one schema."""

    def __init__(self, schema: str) -> None:
        self.schema = schema
        self.exchanges = self.table("recon_read_exchanges")
        self.reports = self.table("recon_read_documents")
        self.marks = self.table("recon_read_schema")
        self.tracking = self.table(TRACKING_TABLE)
        self.create = [
            SQL(
                "CREATE TABLE IF NOT EXISTS {0} (exchange_id uuid PRIMARY KEY, ordering bigint NOT NULL, "
                "version bigint NOT NULL, changed text, unreadable text, listing bytea, line bytea, page bytea)"
            ).format(self.exchanges),
            SQL(
                "CREATE TABLE IF NOT EXISTS {0} (exchange_id uuid PRIMARY KEY, version bigint NOT NULL, report bytea)"
            ).format(self.reports),
        ]
        self.create_marks = SQL("CREATE TABLE IF NOT EXISTS {0} (version bigint NOT NULL)").format(self.marks)
        self.upsert = SQL(
            "INSERT INTO {0} VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (exchange_id) DO UPDATE SET "
            "version = excluded.version, changed = excluded.changed, unreadable = excluded.unreadable, "
            "listing = excluded.listing, line = excluded.line, page = excluded.page"
        ).format(self.exchanges)
        self.store_report = SQL(
            "INSERT INTO {0} AS d VALUES (%s, %s, %s) ON CONFLICT (exchange_id) DO UPDATE SET "
            "version = excluded.version, report = excluded.report WHERE excluded.version > d.version"
        ).format(self.reports)
        """Writes an exchange's report unless one of a later version is there already (written by a read elsewhere)."""
        self.select = SQL(
            "SELECT r.exchange_id, r.ordering, r.version, r.listing, "
            "CASE WHEN d.version = r.version THEN d.report END AS report, r.changed, r.unreadable "
            "FROM {0} AS r LEFT JOIN {1} AS d ON d.exchange_id = r.exchange_id"
        ).format(self.exchanges, self.reports)
        """Each exchange's row with its report when the report stored describes the row's version, else NULL."""
        self.unwritten = SQL(
            "SELECT r.exchange_id, r.version FROM {0} AS r LEFT JOIN {1} AS d ON d.exchange_id = r.exchange_id "
            "WHERE r.unreadable IS NULL AND (d.version IS NULL OR d.version <> r.version) ORDER BY r.ordering"
        ).format(self.exchanges, self.reports)
        self.listings = SQL("SELECT exchange_id, listing, unreadable FROM {0} ORDER BY ordering").format(self.exchanges)
        self.lines = SQL("SELECT exchange_id, line FROM {0} ORDER BY ordering").format(self.exchanges)
        self.page = SQL("SELECT page FROM {0} WHERE exchange_id = %s").format(self.exchanges)

    def table(self, name: str) -> Composed:
        """The table `name` in this schema."""
        return SQL("{0}.{1}").format(Identifier(self.schema), Identifier(name))

    def current_row(self, events: str, keyring: Composable) -> Composed:
        """The last position recorded in the `events` table, the read models' position, the `keyring` expression's
        value and the exchange's row in one statement; its report only when this process does not keep it already
        (%(kept)s, the version of the one it keeps)."""
        return SQL(
            "SELECT (SELECT MAX(notification_id) FROM {0}) AS head, "
            "(SELECT MAX(notification_id) FROM {1} WHERE application_name = %(application)s) AS position, "
            "{2} AS keyring, d.version = r.version AND r.version = %(kept)s AS kept, "
            "r.exchange_id, r.ordering, r.version, r.listing, r.changed, r.unreadable, "
            "CASE WHEN d.version = r.version AND r.version <> %(kept)s THEN d.report END AS report "
            "FROM (SELECT 1) AS one LEFT JOIN {3} AS r ON r.exchange_id = %(exchange)s "
            "LEFT JOIN {4} AS d ON d.exchange_id = r.exchange_id"
        ).format(self.table(events), self.tracking, keyring, self.exchanges, self.reports)

    def current_page(self, events: str) -> Composed:
        """As `current_row`, with the exchange's page document alone."""
        return SQL(
            "SELECT (SELECT MAX(notification_id) FROM {0}) AS head, "
            "(SELECT MAX(notification_id) FROM {1} WHERE application_name = %s) AS position, r.page "
            "FROM (SELECT 1) AS one LEFT JOIN {2} AS r ON r.exchange_id = %s"
        ).format(self.table(events), self.tracking, self.exchanges)

    def reset(self) -> list[Composed]:
        """Drop the tables (a new release's columns; the one table of the shape before version 4 too) and make them
        again."""
        dropped = (self.table("recon_read_reports"), self.exchanges, self.reports)
        return [*(SQL("DROP TABLE IF EXISTS {0}").format(table) for table in dropped), *self.create]
