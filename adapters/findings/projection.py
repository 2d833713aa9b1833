"""The findings projection: each exchange's reconciliation advanced event by event, its changes written to the view."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from adapters.findings.rows import ExchangeEntry, ExchangeFinding, UnreadableEntry
from adapters.findings.view import FindingsView, ViewChange
from adapters.persistence.mapper import UnreadableEvent
from domain.exchange import (
    ClaimCorrected,
    ClaimRecorded,
    ClaimRetracted,
    CompletionDenied,
    Exchange,
    ExchangeAgreed,
    ExchangeDeclaredComplete,
    ExchangeEvent,
    FindingAcknowledged,
    TermsStated,
)
from domain.findings import Check
from domain.report import finding_line
from domain.rulebook import RULES, Rule
from domain.timeline import Event, Reconciliation

EVENTS = (
    ExchangeAgreed,
    ClaimRecorded,
    ClaimCorrected,
    ClaimRetracted,
    ExchangeDeclaredComplete,
    CompletionDenied,
    TermsStated,
    FindingAcknowledged,
)
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

    def __init__(
        self,
        view: FindingsView,
        history: History | None = None,
        head: Head | None = None,
        rules: Sequence[Rule] = RULES,
    ) -> None:
        super().__init__(view)
        self.history = history
        self.head = head
        self.rules = tuple(rules)
        self.reconciliations: dict[UUID, Reconciliation] = {}
        self.unreadable: dict[UUID, UnreadableEntry] = {}
        """Exchanges one of whose events cannot be loaded: their later events are passed over."""
        self.tally = Tally()
        self._batch = Batch()
        self._unwritten = 0
        self._known_head = 0

    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        """Advance the event's exchange; write what changed with the event's position, now or with later events."""
        # Changes are written in one transaction with the position of the last event they include, so the view and
        # its position always agree: every BATCH events, and as soon as the log holds nothing more to take in. With
        # no `head` to ask, each event is written on its own.
        if isinstance(domain_event, UnreadableEvent):
            self._unreadable(domain_event)
        elif getattr(domain_event, "originator_id", None) in self.unreadable:
            pass
        elif isinstance(domain_event, EVENTS):
            self.take_in(domain_event)
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
        batch, self._batch, self._unwritten = self._batch, Batch(), 0
        rules = {rule.id: rule for rule in self.rules}
        changes = [
            batch.change(exchange_id, self.reconciliations[exchange_id], rules) for exchange_id in batch.exchanges
        ]
        changes += [
            ViewChange(exchange_id=entry.exchange_id, agreed=agreed, unreadable=entry)
            for entry, agreed in batch.unreadable
        ]
        # Counted before the write: whoever sees the view's new position (another thread) then sees these counts.
        # A write that fails stops the projection with its error, and the counts are never reported.
        self.tally.written += sum(len(change.written) for change in changes)
        self.tally.cleared += sum(len(change.cleared) for change in changes)
        self.view.record(changes, tracking)

    def take_in(self, event: Event) -> None:
        """Apply the event to its exchange's reconciliation and note the findings it raised, changed and cleared.

        What is noted is written with the batch: a finding changed by several events of one batch is written once,
        as the last of them left it, with the event that raised it and the last event that changed it.
        """
        reconciliation = self._reconciliation(event)
        if reconciliation is None:
            return
        step = reconciliation.apply(event)
        if reconciliation.exchange is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        batch = self._batch
        batch.touch(event.originator_id, agreed=isinstance(event, ExchangeAgreed))
        for check in step.raised:
            batch.write(event, check, raised=True)
        for check in (*step.changed, *step.cited_anew):
            batch.write(event, check, raised=False)
        after = reconciliation.failing
        if isinstance(event, FindingAcknowledged) and event.finding_id in after:
            batch.write(event, after[event.finding_id], raised=False)
        for check in step.cleared:
            batch.clear(event, check.finding_id)

    def _reconciliation(self, event: Event) -> Reconciliation | None:
        """The event's exchange's reconciliation; None when one of its earlier events cannot be loaded."""
        found = self.reconciliations.get(event.originator_id)
        if found is None:
            found = Reconciliation(rules=self.rules)
            if event.originator_version > 1:
                for earlier in self._earlier(event.originator_id, event.originator_version):
                    if isinstance(earlier, UnreadableEvent):
                        self._unreadable(earlier)
                        return None
                    found.apply(earlier)
                    self.tally.replayed += 1
            self.reconciliations[event.originator_id] = found
        return found

    def _unreadable(self, damaged: UnreadableEvent) -> None:
        """Leave the exchange out from this event on, its findings dropped and the view saying why; the others carry
        on."""
        exchange = getattr(self.reconciliations.pop(damaged.originator_id, None), "exchange", None)
        slug = exchange.agreement.slug if isinstance(exchange, Exchange) else str(damaged.originator_id)
        entry = UnreadableEntry(damaged.originator_id, slug, damaged.originator_version, damaged.topic, damaged.why)
        self.unreadable[damaged.originator_id] = entry
        agreed_now = self._batch.exchanges.get(damaged.originator_id, False) and isinstance(exchange, Exchange)
        agreed = ExchangeEntry(exchange.id, slug, exchange.agreement.title) if agreed_now and exchange else None
        self._batch.unreadable_now(entry, agreed)

    def _earlier(self, exchange_id: UUID, version: int) -> Iterable[Event | UnreadableEvent]:
        if self.history is None:
            raise HistoryUnavailableError(f"exchange {exchange_id} first seen at version {version}, with no history")
        for event in self.history(exchange_id, version):
            if isinstance(event, UnreadableEvent):
                yield event
                return
            if not isinstance(event, EVENTS):
                raise HistoryUnavailableError(f"exchange {exchange_id} holds an event of another kind: {event!r}")
            yield event


@dataclass(slots=True)
class Noted:
    """One finding's changes within a batch: how it stands at its end, the events that raised and last changed it."""

    check: Check | None
    """The finding as the batch leaves it; None when it was cleared."""
    updated: Event
    raised: Event | None = None
    """The event that raised it within the batch (the row is written anew), if one did."""
    cleared: bool = False
    """Cleared at some point of the batch: any row from before the batch goes."""


@dataclass(slots=True)
class Batch:
    """The changes of the events taken in since the view was last written, by exchange and finding."""

    exchanges: dict[UUID, bool] = field(default_factory=dict)
    """Each exchange the batch touched, and whether it was agreed within it."""
    findings: dict[UUID, dict[str, Noted]] = field(default_factory=dict)
    """By exchange, then by finding id."""
    unreadable: list[tuple[UnreadableEntry, ExchangeEntry | None]] = field(default_factory=list)
    """Exchanges found unreadable within the batch, each with its agreement if that came within the batch too."""

    def unreadable_now(self, entry: UnreadableEntry, agreed: ExchangeEntry | None) -> None:
        """An exchange found unreadable: whatever the batch noted of it is dropped, except its agreement."""
        self.exchanges.pop(entry.exchange_id, None)
        self.findings.pop(entry.exchange_id, None)
        self.unreadable.append((entry, agreed))

    def touch(self, exchange_id: UUID, agreed: bool) -> None:
        """Note an exchange the batch changes."""
        self.exchanges[exchange_id] = self.exchanges.get(exchange_id, False) or agreed

    def write(self, event: Event, check: Check, raised: bool) -> None:
        """A finding raised or changed by `event`."""
        noted = self.findings.setdefault(event.originator_id, {}).get(check.finding_id)
        if noted is None:
            noted = self.findings[event.originator_id][check.finding_id] = Noted(check, event)
        noted.check, noted.updated = check, event
        if raised:
            noted.raised = event

    def clear(self, event: Event, finding_id: str) -> None:
        """A finding `event` cleared."""
        noted = self.findings.setdefault(event.originator_id, {}).get(finding_id)
        if noted is None:
            noted = self.findings[event.originator_id][finding_id] = Noted(None, event)
        noted.check, noted.updated, noted.raised, noted.cleared = None, event, None, True

    def change(self, exchange_id: UUID, reconciliation: Reconciliation, rules: Mapping[str, Rule]) -> ViewChange:
        """What the batch changes in the view for one exchange, stated as the exchange stands at its end."""
        exchange = reconciliation.exchange
        if exchange is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        mine = self.findings.get(exchange_id, {}).items()
        agreed = self.exchanges[exchange_id]
        return ViewChange(
            exchange_id=exchange_id,
            agreed=ExchangeEntry(exchange.id, exchange.agreement.slug, exchange.agreement.title) if agreed else None,
            written=tuple(
                _entry(exchange, noted.check, noted.raised or noted.updated, noted.updated, rules)
                for _, noted in mine
                if noted.check is not None
            ),
            cleared=tuple(finding_id for finding_id, noted in mine if noted.cleared),
        )


def _entry(
    exchange: Exchange, check: Check, raised: Event, updated: Event, rules: Mapping[str, Rule]
) -> ExchangeFinding:
    # A row already in the view keeps the version that raised it: `raised` counts only for a row written anew.
    return ExchangeFinding(
        exchange_id=exchange.id,
        exchange=exchange.agreement.slug,
        finding=finding_line(check, exchange.acknowledgements.get(check.finding_id), rules),
        raised_version=raised.originator_version,
        raised_at=raised.timestamp,
        updated_version=updated.originator_version,
        updated_at=updated.timestamp,
    )
