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

    def __init__(self, view: FindingsView, history: History | None = None) -> None:
        super().__init__(view)
        self.history = history
        self.reconciliations: dict[UUID, Reconciliation] = {}
        self.tally = Tally()

    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        """Advance the event's exchange, then write what changed with the event's position, in one transaction."""
        if isinstance(domain_event, EVENTS):
            change = self.change(domain_event)
            self.view.record(change, tracking)
            self.tally.written += len(change.written)
            self.tally.cleared += len(change.cleared)
        elif isinstance(domain_event, ExchangeEvent):
            raise TypeError(f"no reconciliation knows how to apply {type(domain_event).__name__}")
        else:
            self.view.insert_tracking(tracking)
        self.tally.events += 1

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
