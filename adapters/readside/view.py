"""What the read models hold: per exchange its listing and pages as JSON documents, written with the log position, and
its latest report, written when first read at the exchange's version."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, replace
from uuid import UUID

from eventsourcing.persistence import ApplicationRecorder, Tracking, TrackingRecorder

from adapters.readside.statements import SCHEMA_VERSION as SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One exchange as the read models last saw it: its report and listing (JSON), or why it cannot be read."""

    exchange_id: UUID
    order: int
    """The log position of the first event the read models saw of the exchange: lists keep the order agreed."""
    version: int
    listing: bytes | None
    report: bytes | None
    """The report at `version`; None while no read has asked for it since the exchange last changed (a read then
    writes it, see ReadSide), and when the exchange cannot be read."""
    changed: str | None = None
    """When the exchange's last event was recorded (ISO 8601), as the list page shows it."""
    unreadable: str | None = None
    """Why one of the exchange's events cannot be loaded; such an exchange is read from its events as before."""
    line: bytes | None = None
    """The exchange as a row of the reading room's exchanges page (JSON, see adapters/reports/page_view.py)."""
    page: bytes | None = None
    """The reading room's page of the exchange at its latest version (JSON, see adapters/reports/page_view.py).
    These two are written with the row but read by their own queries (`lines`, `page`): rows read back leave them
    None, so that reading reports does not bring the pages along."""


@dataclass(frozen=True, slots=True)
class Current:
    """An exchange's row as read together with the position the read models hold and the last one recorded."""

    row: ReportRow | None
    position: int
    head: int
    keyring: int | None = None
    """The keyring's generation (see adapters/auth/keyring.py) when a keyring was asked about, read in the same
    statement where it shares the database."""


class ReportsView(TrackingRecorder, ABC):
    """Every exchange's latest report and listing, as of the last log position tracked."""

    @abstractmethod
    def store(self, rows: Sequence[ReportRow], tracking: Tracking) -> None:
        """Write the rows and the position they stand at, in one transaction (an exchange keeps its first order)."""

    @abstractmethod
    def store_document(self, exchange_id: UUID, version: int, report: bytes) -> None:
        """Write the exchange's report at `version`, on its own: one of a later version already stored stays."""

    @abstractmethod
    def row(self, exchange_id: UUID) -> ReportRow | None:
        """The exchange's row, if the read models have seen it."""

    def current_row(
        self,
        exchange_id: UUID,
        application_name: str,
        events: ApplicationRecorder,
        keyring: ApplicationRecorder | None = None,
    ) -> Current:
        """The exchange's row with the read models' position and the last position `events` recorded: what a read
        needs to know whether the rows can answer as they stand. Stores with tables read all three in one
        statement, one snapshot; this reads the last position recorded first, so that a position at or past it
        means the row holds every event recorded when the read began. Given the `keyring`'s recorder, its last
        position too, so that the request's token is checked against the keyring as it stands now."""
        head = events.max_notification_id() or 0
        row = self.row(exchange_id)
        generation = None if keyring is None else keyring.max_notification_id() or 0
        return Current(row, self.max_tracking_id(application_name) or 0, head, generation)

    def current_page(
        self, exchange_id: UUID, application_name: str, events: ApplicationRecorder
    ) -> tuple[bytes | None, int, int]:
        """The exchange's page document with the read models' position and the last position `events` recorded, as
        `current_row` reads them: one statement where the store has tables, the last position recorded first here."""
        head = events.max_notification_id() or 0
        return self.page(exchange_id), self.max_tracking_id(application_name) or 0, head

    @abstractmethod
    def rows(self) -> list[ReportRow]:
        """Every exchange's row, in the order the exchanges were agreed."""

    @abstractmethod
    def unwritten(self) -> list[tuple[UUID, int]]:
        """Every readable exchange whose report is not stored at its row's version, with that version, in the order
        agreed."""

    @abstractmethod
    def listings(self) -> list[tuple[UUID, bytes | None]]:
        """Every exchange's listing (JSON) in the order agreed, read without the reports; None for an exchange the read
        models cannot answer for (one of its events unreadable)."""

    @abstractmethod
    def lines(self) -> list[tuple[UUID, bytes | None]]:
        """Every exchange's list line for the exchanges page, in the order agreed, read without the larger documents;
        None for an exchange the read models cannot answer for (one of its events unreadable)."""

    @abstractmethod
    def page(self, exchange_id: UUID) -> bytes | None:
        """The exchange's page document alone; None when the read models cannot answer for the exchange."""

    @abstractmethod
    def reset(self, application_name: str) -> None:
        """Forget every row and the position tracked, so that the read models are built again from the start (the
        tables dropped and made again in the current shape, marked with SCHEMA_VERSION)."""

    @abstractmethod
    def upgrade(self, application_name: str) -> bool:
        """Reset the read models unless their tables are marked with SCHEMA_VERSION; True when they were reset."""


def keeping_order(row: ReportRow, order: int) -> ReportRow:
    return replace(row, order=order)
