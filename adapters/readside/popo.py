"""The read models in memory, for a store kept in memory (imported only for such a store)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from uuid import UUID

from eventsourcing.persistence import Tracking
from eventsourcing.popo import POPOTrackingRecorder

from adapters.readside.view import ReportRow, ReportsView, keeping_order


class POPOReportsView(POPOTrackingRecorder, ReportsView):
    """The read models in memory, for a store kept in memory."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: dict[UUID, ReportRow] = {}
        self._documents: dict[UUID, tuple[int, bytes]] = {}

    def store(self, rows: Sequence[ReportRow], tracking: Tracking) -> None:
        with self._database_lock:
            self._assert_tracking_uniqueness(tracking)
            for row in rows:
                earlier = self._rows.get(row.exchange_id)
                self._rows[row.exchange_id] = row if earlier is None else keeping_order(row, earlier.order)
            self._insert_tracking(tracking)

    def store_document(self, exchange_id: UUID, version: int, report: bytes) -> None:
        with self._database_lock:
            earlier = self._documents.get(exchange_id)
            if earlier is None or earlier[0] < version:
                self._documents[exchange_id] = (version, report)

    def row(self, exchange_id: UUID) -> ReportRow | None:
        with self._database_lock:
            found = self._rows.get(exchange_id)
            return None if found is None else self._with_report(found)

    def rows(self) -> list[ReportRow]:
        with self._database_lock:
            return [self._with_report(row) for row in sorted(self._rows.values(), key=lambda row: row.order)]

    def unwritten(self) -> list[tuple[UUID, int]]:
        return [(row.exchange_id, row.version) for row in self.rows() if row.report is None and row.unreadable is None]

    def listings(self) -> list[tuple[UUID, bytes | None]]:
        return [(row.exchange_id, row.listing) for row in self.rows()]

    def _with_report(self, row: ReportRow) -> ReportRow:
        """The row with its report when the one stored describes the row's version."""
        document = self._documents.get(row.exchange_id)
        return replace(row, report=document[1] if document is not None and document[0] == row.version else None)

    def page(self, exchange_id: UUID) -> bytes | None:
        found = self.row(exchange_id)
        return None if found is None else found.page

    def lines(self) -> list[tuple[UUID, bytes | None]]:
        return [(row.exchange_id, row.line) for row in self.rows()]

    def upgrade(self, application_name: str) -> bool:
        return False  # made by this process, in its own shape

    def reset(self, application_name: str) -> None:
        with self._database_lock:
            self._rows.clear()
            self._documents.clear()
            self._max_tracking_ids.pop(application_name, None)
