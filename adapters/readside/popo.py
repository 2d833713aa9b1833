"""The read models in memory, for a store kept in memory (imported only for such a store)."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from eventsourcing.persistence import Tracking
from eventsourcing.popo import POPOTrackingRecorder

from adapters.readside.view import ReportRow, ReportsView, keeping_order


class POPOReportsView(POPOTrackingRecorder, ReportsView):
    """The read models in memory, for a store kept in memory."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: dict[UUID, ReportRow] = {}

    def store(self, rows: Sequence[ReportRow], tracking: Tracking) -> None:
        with self._database_lock:
            self._assert_tracking_uniqueness(tracking)
            for row in rows:
                earlier = self._rows.get(row.exchange_id)
                self._rows[row.exchange_id] = row if earlier is None else keeping_order(row, earlier.order)
            self._insert_tracking(tracking)

    def row(self, exchange_id: UUID) -> ReportRow | None:
        with self._database_lock:
            return self._rows.get(exchange_id)

    def rows(self) -> list[ReportRow]:
        with self._database_lock:
            return sorted(self._rows.values(), key=lambda row: row.order)

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
            self._max_tracking_ids.pop(application_name, None)
