"""The one read side: reports at the latest version, the exchange list and the findings of every exchange, read from
the read models once caught up (here first, within a bound), else from the rows as they stand with their position.

A report is written by the first read of each of its exchange's versions, not by the catch-up (see projection.py): a
read that finds the row of a version without its report describes it, writes it beside the row, and answers it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from time import monotonic
from typing import Any
from uuid import UUID

from eventsourcing.persistence import (
    ApplicationRecorder,
    IntegrityError,
    MapperDeserialisationError,
    Notification,
    StoredEvent,
    Tracking,
)
from pydantic import ValidationError

from adapters.collector import collector_paused
from adapters.persistence.mapper import UnreadableEvent
from adapters.readside.projection import ReportsProjection
from adapters.readside.readback import damaged, read_report
from adapters.readside.view import ReportRow, ReportsView
from domain.application import Reconciler
from domain.listing import ExchangeListing
from domain.report_values import ReconciliationReport

CATCH_UP_SECONDS = 5.0
"""How long a read spends bringing the read models up to date before it answers from them as they stand, saying
from which log position."""
PAGE = 500
"""Events taken in per transaction of the read models."""
FAR_BEHIND = 2_000
"""Events behind beyond which a transaction takes in all that is left, up to LONG_PAGE: each one settles the exchanges
it touched, reconciling afresh one with many new events (13,000 written one by one took 26 pages, 34 s processor)."""
LONG_PAGE = 5_000
"""The most events a transaction takes in, so that a catch-up far behind still ends a transaction within seconds."""


@dataclass(frozen=True, slots=True)
class Standing:
    """Where the read models stand against the log: `position` the last event they hold, `head` the last recorded."""

    position: int
    head: int

    @property
    def current(self) -> bool:
        """True when the read models hold every event recorded when the read began."""
        return self.position >= self.head

    @property
    def behind_by(self) -> int:
        """How many log positions recorded when the read began the read models do not hold yet."""
        return max(self.head - self.position, 0)


@dataclass(frozen=True, slots=True)
class Rows:
    """Every exchange's row as the read models hold it, and where they stand against the log."""

    rows: list[ReportRow]
    standing: Standing


class ReadSide:
    """Reads from the read models kept in the Reconciler's own store, catching them up first."""

    def __init__(self, reconciler: Reconciler, view: ReportsView, seconds: float | None = None) -> None:
        self.reconciler = reconciler
        self.view = view
        self.seconds = CATCH_UP_SECONDS if seconds is None else seconds
        self.upgraded = view.upgrade(reconciler.name)
        """True when the tables were of an older shape (or unmarked) and were reset, to be built again."""
        self.projection = ReportsProjection(view, self._history)
        self._lock = threading.Lock()
        self._cursor: int | None = None
        """The last position this process applied to its exchanges in memory; None before the first catch-up."""
        self.on_behind: Callable[[Standing], None] | None = None
        """Told when a read answers from read models that could not catch up within the bound (the CLI says so on
        stderr; the service puts the position in each answer's headers instead)."""

    @property
    def position(self) -> int:
        """The last log position the read models hold, whichever process wrote it."""
        return self.view.max_tracking_id(self.reconciler.name) or 0

    def catch_up(self, seconds: float | None = None) -> Standing:
        """Take in the events recorded since the read models were last written, for at most `seconds`."""
        head = self.reconciler.recorder.max_notification_id() or 0
        deadline = monotonic() + (self.seconds if seconds is None else seconds)
        with self._lock, collector_paused():
            written = self.position
            if self._cursor is None:  # exchanges are loaded when their next event comes, not all at start
                self._cursor = written
            while self._cursor < head and monotonic() < deadline:
                written = self._take_page(self._cursor, head, written)
        standing = Standing(self.position, head)
        if not standing.current and self.on_behind is not None:
            self.on_behind(standing)
        return standing

    def rebuild(self) -> Standing:
        """Forget the read models and build them again from the first event; the position reached."""
        with self._lock:
            self.view.reset(self.reconciler.name)
            self.projection.exchanges.clear()
            self.projection.unreadable.clear()
            self._cursor = None
        return self.catch_up(seconds=float("inf"))

    def row(self, exchange_id: UUID) -> tuple[ReportRow | None, Standing]:
        """The exchange's row, caught up first within the bound, and the position it stands at; None when the read
        models cannot answer for the exchange (unknown to them, or one of its events unreadable: then replay)."""
        found, standing, _ = self.checked_row(exchange_id, None)
        return found, standing

    def checked_row(
        self, exchange_id: UUID, keyring: ApplicationRecorder | None
    ) -> tuple[ReportRow | None, Standing, int | None]:
        """As `row`, with the generation of the `keyring` whose recorder is given (None without one), read in the
        same statement where it shares the store's database, so that a request's token is checked at no cost."""
        current = self.view.current_row(exchange_id, self.reconciler.name, self.reconciler.recorder, keyring)
        if current.position >= current.head:  # the usual case, read in one statement: nothing to take in
            standing, found = Standing(current.position, current.head), current.row
        else:
            standing = self.catch_up()
            found = self.view.row(exchange_id)
        if found is None or found.unreadable is not None:
            return None, standing, current.keyring
        return self._written(found), standing, current.keyring

    def report(self, exchange_id: UUID) -> ReconciliationReport | None:
        """The exchange's latest report from the read models; None when they cannot answer for it."""
        found, _ = self.row(exchange_id)
        return None if found is None or found.report is None else read_report(exchange_id, found.report)

    def listings(self) -> tuple[list[ExchangeListing | UUID], Standing]:
        """Every exchange's listing in the order agreed (an id for one the events must answer for), and where the
        read models stand: a list of every exchange answers from them even when they could not catch up in time,
        since replaying every exchange instead would take longer still."""
        standing = self.catch_up()
        return [_listing(key, listing) for key, listing in self.view.listings()], standing

    def documents(self) -> Rows:
        """Every exchange's row in the order agreed, each with its report (written now where no read had asked for
        it yet), caught up first within the bound, and the position it holds."""
        standing = self.catch_up()
        return Rows([self._written(row, follow=False) for row in self.view.rows()], standing)

    def page(self, exchange_id: UUID) -> tuple[bytes | None, Standing]:
        """The exchange's page document alone (see ReportsView.page), caught up first within the bound, and the
        position it stands at; None when the read models cannot answer for the exchange."""
        document, position, head = self.view.current_page(exchange_id, self.reconciler.name, self.reconciler.recorder)
        if position >= head:  # the usual case, read in one statement: nothing to take in
            return document, Standing(position, head)
        standing = self.catch_up()
        return self.view.page(exchange_id), standing

    def lines(self) -> tuple[list[tuple[UUID, bytes | None]], Standing]:
        """Every exchange's list line in the order agreed (see ReportsView.lines), caught up first within the bound,
        and the position they hold: the exchanges page reads these alone, not the reports beside them."""
        standing = self.catch_up()
        return self.view.lines(), standing

    def write_reports(self) -> int:
        """Write the report of every exchange whose row no read has asked for since it changed; how many."""
        unwritten = self.view.unwritten()
        for exchange_id, version in unwritten:
            self._report(exchange_id, version, follow=False)
        return len(unwritten)

    def _written(self, row: ReportRow, *, follow: bool = True) -> ReportRow:
        """The row with its report: the one stored for the row's version, else described now and stored for the
        next read (None when the exchange cannot be read)."""
        if row.report is not None or row.unreadable is not None:
            return row
        return replace(row, report=self._report(row.exchange_id, row.version, follow=follow))

    def _report(self, exchange_id: UUID, version: int, *, follow: bool) -> bytes | None:
        """The exchange's report at `version`, described and stored. With `follow`, the process first takes in what
        others wrote (the callers without it just did), so that the reconciliation it keeps stands at that version and
        the report costs no reconciling afresh."""
        if follow:
            self.catch_up()
        with self._lock, collector_paused():
            document = self.projection.document(exchange_id, version)
            if document is not None:
                self.view.store_document(exchange_id, version, document)
        return document

    def _take_page(self, cursor: int, head: int, written: int) -> int:
        """Take in one page of the log; write the rows it touched unless another process already wrote as far."""
        behind = head - cursor
        limit = min(behind, LONG_PAGE) if behind > FAR_BEHIND else PAGE
        page = self.reconciler.recorder.select_notifications(start=cursor + 1, limit=limit, stop=head)
        for notification in page:
            touch = notification.id > written
            self.projection.take_in(self._event(notification), notification.id, touch=touch)
        last = page[-1].id if page else head
        self._cursor = last
        try:
            return self._write(last, written)
        finally:
            self.projection.trim()

    def _write(self, last: int, written: int) -> int:
        if last <= written:
            return written
        try:
            self.projection.write(Tracking(self.reconciler.name, last))
        except IntegrityError:  # another process wrote the same rows as far as this position, or further
            self.projection.forget_touched()
        return max(last, self.position)

    def _event(self, stored: StoredEvent | Notification) -> Any:
        try:
            return self.reconciler.mapper.to_domain_event(stored)
        except MapperDeserialisationError as error:
            originator = stored.originator_id
            exchange_id = originator if isinstance(originator, UUID) else UUID(str(originator))
            return UnreadableEvent(exchange_id, stored.originator_version, stored.topic, str(error))

    def _history(self, exchange_id: UUID, version: int) -> Iterator[Any]:
        for stored in self.reconciler.recorder.select_events(exchange_id, lte=version - 1):
            yield self._event(stored)


def _listing(exchange_id: UUID, listing: bytes | None) -> ExchangeListing | UUID:
    try:
        return exchange_id if listing is None else ExchangeListing.model_validate_json(listing)
    except ValidationError:  # damaged in the file since it was written: the events answer, as for an unknown one
        damaged(exchange_id, "list line")
        return exchange_id
