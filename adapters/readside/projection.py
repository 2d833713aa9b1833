"""The reports projection: each exchange's reconciliation kept in memory and advanced by the new events only, its
list line, listing and page written once per batch from what the events changed (see outline.py), its report's
document only when a read asks for it.

The reconciliation engine notes what each check read and, after an event, checks again only what the event reached
(domain/reconciliation/), so taking in a few events costs milliseconds where reconciling the exchange afresh for every
batch, as a fresh report does, costs in proportion to its size. The report's document grows with the exchange too (it
lists every claim behind every figure and finding): written per batch it cost more than all the rest, so a batch
writes only the small documents, and the report is written by the first read of each version (see `document` and
ReadSide), from the reconciliation kept here when it stands at that version.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import orjson
from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection
from pydantic import TypeAdapter

from adapters.persistence.mapper import UnreadableEvent
from adapters.readside.outline import Outline
from adapters.readside.view import ReportRow, ReportsView
from adapters.reports.page_view import exchange_view, list_line
from domain.history import replay
from domain.listing import listing_of
from domain.remembered import Remembered
from domain.report import build_report
from domain.report_values import ReconciliationReport
from domain.timeline import Reconciliation

KEPT_EXCHANGES = 64
"""How many exchanges' reconciliations a process keeps in memory between batches, the least lately met dropped
first: one dropped is reconciled once from its stored events when next met."""

KEPT_CLAIMS = 100_000
"""How many claims those exchanges may hold between them: a reconciliation kept takes a few kilobytes per claim
(about 2.6 MB for 1,000 claims), so a process meeting many large exchanges keeps fewer of them."""

REPORT_JSON = TypeAdapter(ReconciliationReport)
"""Writes a report's document straight to bytes, about twice as fast as dumping it to Python values first."""

STEPWISE_EVENTS = 16
"""New events of an exchange that are always applied to its kept reconciliation rather than reconciled afresh."""
EVENT_CLAIMS = 2
"""What applying one event of a batch to a kept reconciliation costs, in claims reconciled afresh: each event is
placed in the ledger, and the checks that the batch's changes reached run once at its end (Reconciliation.batched).
Measured (processor time, page described included) on the bench's exchanges: a burst of 500 events took 44 ms on
1,000 claims over 61 stages and 46 ms on 10,000 over 430, about 0.09 ms an event, against 0.05 to 0.08 ms a claim
afresh (62 ms and 1,057 ms, the replay included)."""
STAGES_PER_CLAIM = 1_500
"""What an event costs beyond EVENT_CLAIMS: one claim more per this many numbered stages. On an exchange of one claim
per stage, as the service's write bench leaves, a batch of 500 events on 13,500 stages cost 1.6 ms an event and 2,000
on 4,000 stages 0.8 ms (0.8 s in all, and 1.7 s), against 14.8 s and 2.3 s reconciled afresh, the replay included."""


def stepwise(events: int, claims: int, stages: int) -> bool:
    """Whether `events` new events of an exchange of `claims` claims over `stages` numbered stages cost less applied
    to its kept reconciliation as a batch than reconciling the exchange afresh once they are in."""
    return events <= STEPWISE_EVENTS or events * (EVENT_CLAIMS + stages / STAGES_PER_CLAIM) <= claims + events


@dataclass(slots=True)
class Kept:
    """An exchange's reconciliation as this process keeps it, the events taken in since it was brought up to date,
    and the lines of the last report described from it."""

    reconciliation: Reconciliation
    pending: list[Any] = field(default_factory=list)
    lines: Remembered = field(default_factory=Remembered)
    report: ReconciliationReport | None = None
    """The report last described from the reconciliation, so that a read of its version only writes it out."""
    outline: Outline = field(default_factory=Outline)
    """What the small documents are described from, kept between batches (see outline.py)."""

    def settle(self) -> Reconciliation:
        """The reconciliation with the pending events applied as one batch, or afresh when that costs less."""
        pending, self.pending = self.pending, []
        known = self.reconciliation
        claims = len(known.exchange.claims) if known.exchange is not None else 0
        stages = len(known.ledger.stages) if known.ledger is not None else 0
        if stepwise(len(pending), claims, stages):
            with known.batched():  # only the state after the last event is read
                for event in pending:
                    self.outline.before(known.exchange, event)
                    known.advance(event)
                    self.outline.after(known.exchange, event)
        else:
            exchange = replay(known.exchange, pending)
            if exchange is not None:
                self.reconciliation = Reconciliation.of(exchange, passing=True)
                self.outline.forget()
        return self.reconciliation


History = Callable[[UUID, int], Iterable[Any]]
"""The stored events of one exchange before a version, oldest first; an UnreadableEvent stands for a damaged one."""


class ReportsProjection(Projection[ReportsView]):
    """Every exchange's latest report and listing, kept from the Reconciler's notification log."""

    name = "ReportsProjection"

    def __init__(self, view: ReportsView, history: History) -> None:
        super().__init__(view)
        self.history = history
        self.exchanges: OrderedDict[UUID, Kept] = OrderedDict()
        """The reconciliations of the exchanges met lately, the most recent last: one dropped is loaded from the
        store when next met."""
        self.unreadable: dict[UUID, UnreadableEvent] = {}
        self.touched: dict[UUID, int] = {}
        """The exchanges whose rows the next write brings up to date, each with the position it was first seen at."""

    def process_event(self, domain_event: Any, tracking: Tracking) -> None:
        """Advance the event's exchange; its row is written with the batch's last position (see `write`)."""
        self.take_in(domain_event, tracking.notification_id, touch=True)

    def take_in(self, event: Any, position: int, *, touch: bool) -> None:
        """Apply the event to its exchange; `touch` False when the view already holds what it changed."""
        exchange_id: UUID = event.originator_id
        if touch:
            self.touched.setdefault(exchange_id, position)
        if exchange_id in self.unreadable:
            return
        if isinstance(event, UnreadableEvent):
            self._unreadable(event)
            return
        kept = self.exchanges.get(exchange_id)
        if kept is None:
            kept = self._earlier(exchange_id, event.originator_version)
            if kept is None:
                return
            self.exchanges[exchange_id] = kept
        kept.pending.append(event)
        self.exchanges.move_to_end(exchange_id)

    def write(self, tracking: Tracking) -> None:
        """Write the touched exchanges' rows with the position they now stand at, in one transaction."""
        rows = [self._row(exchange_id, order) for exchange_id, order in self.touched.items()]
        self.touched = {}
        self.view.store(rows, tracking)

    def forget_touched(self) -> None:
        """Another process wrote these rows as far as this one got: nothing to write."""
        self.touched = {}

    def trim(self) -> None:
        """Keep only the exchanges met most lately, between batches (a batch's rows need every exchange it met), as
        many as KEPT_EXCHANGES and KEPT_CLAIMS allow; the one met last is always kept."""
        claims = sum(_claims(kept) for kept in self.exchanges.values())
        while len(self.exchanges) > 1 and (len(self.exchanges) > KEPT_EXCHANGES or claims > KEPT_CLAIMS):
            _, dropped = self.exchanges.popitem(last=False)
            claims -= _claims(dropped)

    def _row(self, exchange_id: UUID, order: int) -> ReportRow:
        damaged = self.unreadable.get(exchange_id)
        kept = self.exchanges.get(exchange_id)
        reconciliation = self._settled(exchange_id, kept) if kept is not None else Reconciliation()
        exchange, ledger = reconciliation.exchange, reconciliation.ledger
        if damaged is not None or kept is None or exchange is None or ledger is None:
            why = damaged.why if damaged is not None else "its first event was never seen"
            version = damaged.originator_version if damaged is not None else 0
            return ReportRow(exchange_id, order, version, None, None, None, why)
        described = kept.outline.describe(reconciliation)
        report = described.report
        listing = orjson.dumps(listing_of(report).model_dump(mode="json"))
        line = orjson.dumps(list_line(report, exchange.modified_on))
        page = exchange_view(
            report, exchange, passed=described.passed, remembered=kept.outline.entries, notes=described.notes
        )
        changed = exchange.modified_on.isoformat()
        return ReportRow(exchange_id, order, exchange.version, listing, None, changed, None, line, orjson.dumps(page))

    def document(self, exchange_id: UUID, version: int) -> bytes | None:
        """The exchange's report at `version` as JSON: described from the reconciliation kept here when it stands at
        that version, else reconciled afresh from the stored events up to it; None when one of them is damaged."""
        kept = self.exchanges.get(exchange_id)
        if kept is not None and exchange_id not in self.unreadable:
            reconciliation = self._settled(exchange_id, kept)
            exchange, ledger = reconciliation.exchange, reconciliation.ledger
            if exchange is not None and ledger is not None and exchange.version == version:
                report = kept.report
                if report is None or report.exchange.version != version:
                    report = kept.report = kept.outline.report(reconciliation, kept.lines)
                return REPORT_JSON.dump_json(report)  # straight to bytes, as `model_dump_json` writes it
        events = list(self.history(exchange_id, version + 1))
        if not events or any(isinstance(event, UnreadableEvent) for event in events):
            return None
        exchange = replay(None, events)
        if exchange is None or exchange.version != version:
            return None
        return REPORT_JSON.dump_json(build_report(exchange))

    def _settled(self, exchange_id: UUID, kept: Kept) -> Reconciliation:
        try:
            return kept.settle()
        except BaseException:  # half applied: reconciled again from the store when next met
            del self.exchanges[exchange_id]
            raise

    def _earlier(self, exchange_id: UUID, version: int) -> Kept | None:
        """The exchange as this process first meets it: its events before `version`, read from the store, pending, to
        be reconciled once with those that follow; None when one of them is damaged."""
        events = []
        if version > 1:
            for event in self.history(exchange_id, version):
                if isinstance(event, UnreadableEvent):
                    self._unreadable(event)
                    return None
                events.append(event)
        return Kept(Reconciliation(passing=True), events)

    def _unreadable(self, event: UnreadableEvent) -> None:
        self.exchanges.pop(event.originator_id, None)
        self.unreadable[event.originator_id] = event


def _claims(kept: Kept) -> int:
    exchange = kept.reconciliation.exchange
    return len(exchange.claims) if exchange is not None else 0
