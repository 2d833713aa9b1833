"""The findings projection: each exchange's reconciliation advanced event by event, its changes written to the view."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from adapters.findings.rows import ExchangeEntry, ExchangeFinding
from adapters.findings.view import FindingsView, ViewChange
from domain.exchange import (
    ClaimCorrected,
    ClaimRecorded,
    ClaimRetracted,
    Exchange,
    ExchangeAgreed,
    ExchangeDeclaredComplete,
    ExchangeEvent,
    FindingAcknowledged,
)
from domain.findings import Check
from domain.report import finding_line
from domain.timeline import Event, Reconciliation

EVENTS = (ExchangeAgreed, ClaimRecorded, ClaimCorrected, ClaimRetracted, ExchangeDeclaredComplete, FindingAcknowledged)
"""Every event an exchange's reconciliation knows how to apply."""

History = Callable[[UUID, int], Iterable[object]]
"""The stored events of one exchange before a version, oldest first."""
Head = Callable[[], int]
"""The notification id of the last event recorded in the log."""

BATCH = 100
"""At most this many events are taken in before their changes are written, while the log holds more."""


class HistoryUnavailableError(RuntimeError):
    """Raised when an exchange's first event seen is not its first, and its earlier events cannot be read."""


@dataclass(slots=True)
class Tally:
    """What the projection has done since it started: events processed, findings written and cleared."""

    events: int = 0
    written: int = 0
    cleared: int = 0
    replayed: int = 0
    """Earlier events read to pick up an exchange whose first event seen was not its first."""


class FindingsProjection(Projection[FindingsView]):
    """Every exchange's findings, kept up to date from the Reconciler's notification log."""

    name = "FindingsProjection"
    """Names the view's settings: FINDINGSPROJECTION_SQLITE_DBNAME is the view's file."""

    def __init__(self, view: FindingsView, history: History | None = None, head: Head | None = None) -> None:
        super().__init__(view)
        self.history = history
        self.head = head
        self.reconciliations: dict[UUID, Reconciliation] = {}
        self.tally = Tally()
        self._pending: list[ViewChange] = []
        self._unwritten = 0
        self._known_head = 0

    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        """Advance the event's exchange; write what changed with the event's position, now or with later events."""
        # Changes are written in one transaction with the position of the last event they include, so the view and
        # its position always agree: every BATCH events, and as soon as the log holds nothing more to take in. With
        # no `head` to ask, each event is written on its own.
        if isinstance(domain_event, EVENTS):
            change = self.change(domain_event)
            if not change.empty:
                self._pending.append(change)
        elif isinstance(domain_event, ExchangeEvent):
            raise TypeError(f"no reconciliation knows how to apply {type(domain_event).__name__}")
        self.tally.events += 1
        self._unwritten += 1
        if self._due(tracking.notification_id):
            self._write(tracking)

    def _due(self, position: int) -> bool:
        if self.head is None or self._unwritten >= BATCH:
            return True
        if position < self._known_head:
            return False
        # Every event is followed (no topics), so the log's last event is one this projection will take in.
        self._known_head = self.head()
        return position >= self._known_head

    def _write(self, tracking: Tracking) -> None:
        changes, self._pending, self._unwritten = self._pending, [], 0
        self.view.record(changes, tracking)
        self.tally.written += sum(len(change.written) for change in changes)
        self.tally.cleared += sum(len(change.cleared) for change in changes)

    def change(self, event: Event) -> ViewChange:
        """Apply the event to its exchange's reconciliation; the findings it raised, changed and cleared."""
        reconciliation = self._reconciliation(event)
        before = dict(reconciliation.failing)
        reconciliation.apply(event)
        exchange = reconciliation.exchange
        if exchange is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        after = reconciliation.failing
        written = [check for finding_id, check in after.items() if _differs(before.get(finding_id), check)]
        if isinstance(event, FindingAcknowledged) and event.finding_id in after:
            written.append(after[event.finding_id])
        agreed = None
        if isinstance(event, ExchangeAgreed):
            agreed = ExchangeEntry(exchange.id, exchange.agreement.slug, exchange.agreement.title)
        return ViewChange(
            exchange_id=exchange.id,
            agreed=agreed,
            written=tuple(_entry(exchange, check, event) for check in written),
            cleared=tuple(finding_id for finding_id in before if finding_id not in after),
        )

    def _reconciliation(self, event: Event) -> Reconciliation:
        found = self.reconciliations.get(event.originator_id)
        if found is None:
            found = Reconciliation()
            if event.originator_version > 1:
                for earlier in self._earlier(event.originator_id, event.originator_version):
                    found.apply(earlier)
                    self.tally.replayed += 1
            self.reconciliations[event.originator_id] = found
        return found

    def _earlier(self, exchange_id: UUID, version: int) -> Iterable[Event]:
        if self.history is None:
            raise HistoryUnavailableError(f"exchange {exchange_id} first seen at version {version}, with no history")
        for event in self.history(exchange_id, version):
            if not isinstance(event, EVENTS):
                raise HistoryUnavailableError(f"exchange {exchange_id} holds an event of another kind: {event!r}")
            yield event


def _differs(before: Check | None, after: Check) -> bool:
    return before is not after and before != after


def _entry(exchange: Exchange, check: Check, event: Event) -> ExchangeFinding:
    return ExchangeFinding(
        exchange_id=exchange.id,
        exchange=exchange.agreement.slug,
        finding=finding_line(check, exchange.acknowledgements.get(check.finding_id)),
        raised_version=event.originator_version,
        raised_at=event.timestamp,
        updated_version=event.originator_version,
        updated_at=event.timestamp,
    )
