"""What an exchange's small documents (its listing, list line and page) are described from, kept between batches so
that describing them again costs what the new events changed rather than what the exchange holds.

A claim's event changes the figures of its own stage only (the ledger places it in that stage's buckets, and dates
the stage from it), so each stage's table is kept and described again only when an event of the batch recorded,
corrected or retracted a claim of that stage; any other event but an acknowledgement (the agreement, terms,
completions, an origin learnt) may reach every figure, and every table is described again. Finding lines and the
page's finding entries are remembered by the very checks and lines they describe (domain/remembered.py), so only
those an event changed are built anew. The report itself, with a line for every check, is described by the first
read of each version (see ReportsProjection.document), from the same stage tables and tally."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adapters.readside.tallies import Tallies
from adapters.reports.page_view import Doc
from domain import report_stages
from domain.exchange import ClaimCorrected, ClaimRecorded, ClaimRetracted, ClaimState, Exchange, FindingAcknowledged
from domain.ledger import Ledger
from domain.remembered import Remembered
from domain.report import report_of
from domain.report_stages import buckets_by_stage, stage_numbers
from domain.report_values import ReconciliationReport, StageReport
from domain.timeline import Reconciliation

_CLAIM_EVENTS = (ClaimRecorded, ClaimCorrected, ClaimRetracted)


@dataclass(frozen=True, slots=True)
class Described:
    """What the small documents are written from: the report without its passed lines, and what it leaves out."""

    report: ReconciliationReport
    passed: int
    notes: list[Doc]
    """The page's entries of the claims' notes (see page_view.note_entry)."""


class Outline:
    """An exchange's stage tables and finding lines as last described, and the stages touched since."""

    def __init__(self) -> None:
        self.tables: dict[int | None, StageReport] = {}
        self.touched: set[int | None] | None = None
        """The stages whose tables are to be described again; None for every one."""
        self.lines = Remembered()
        """The finding and pending lines of the last description."""
        self.entries = Remembered()
        """The page's entries of those lines (see adapters/reports/page_view.py)."""
        self.tallies = Tallies()

    def before(self, exchange: Exchange | None, event: Any) -> None:
        """Note what `event` reaches, as `exchange` stands before it is applied."""
        state = self._touched(exchange, event)
        self.tallies.take_out(state)

    def after(self, exchange: Exchange | None, event: Any) -> None:
        """Note what `event` reached, as `exchange` stands once it is applied: a claim moved from one stage to another
        touches both."""
        state = self._touched(exchange, event)
        self.tallies.put_back(state)

    def _touched(self, exchange: Exchange | None, event: Any) -> ClaimState | None:
        """The claim the event is about as the exchange holds it, its stage touched; None for any other event, which
        touches every stage and claim but for an acknowledgement (a finding's line is remembered with its
        acknowledgement, and the tables and claims stay)."""
        if isinstance(event, FindingAcknowledged):
            return None
        if not isinstance(event, _CLAIM_EVENTS) or exchange is None:
            self.forget()
            return None
        state = exchange.claims.get(event.claim_id)
        if state is not None and self.touched is not None:
            self.touched.add(state.claim.stage)
        return state

    def forget(self) -> None:
        """Describe every stage and claim again: the reconciliation was made afresh, or the event may reach them all."""
        self.touched = None
        self.tallies.forget()

    def describe(self, reconciliation: Reconciliation) -> Described:
        """The exchange's latest report without the lines of the checks that pass, how many pass, and the claims'
        notes: all that the small documents show of it."""
        exchange, ledger = reconciliation.exchange, reconciliation.ledger
        if exchange is None or ledger is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        stages = self._stages(ledger)
        # The findings and notes, a few among thousands, found without walking every check: only counted, the rest.
        shown = reconciliation.unpassed()
        tally, notes = self.tallies.of(exchange)
        report = report_of(exchange, ledger, shown, remembered=self.lines, stages=stages, passed=False, tally=tally)
        return Described(report, reconciliation.counted() - len(shown), notes)

    def report(self, reconciliation: Reconciliation, remembered: Remembered) -> ReconciliationReport:
        """The exchange's whole report, every check's line remembered in `remembered`: its stage tables and its tally
        of the claims are those kept here, brought up to date, not a second copy of them."""
        exchange, ledger = reconciliation.exchange, reconciliation.ledger
        if exchange is None or ledger is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        tally, _ = self.tallies.of(exchange)
        stages = self._stages(ledger)
        return report_of(exchange, ledger, reconciliation.checks(), remembered=remembered, stages=stages, tally=tally)

    def _stages(self, ledger: Ledger) -> list[StageReport]:
        grouped = buckets_by_stage(ledger)
        touched, self.touched = self.touched, set()
        tables: dict[int | None, StageReport] = {}
        for number in stage_numbers(ledger, grouped):
            kept = self.tables.get(number) if touched is not None and number not in touched else None
            # A stage described anew needs no lines remembered: only its own figures are built.
            tables[number] = kept or report_stages.stage_report(ledger, number, grouped.get(number, []), Remembered())
        self.tables = tables
        return list(tables.values())
