"""What an exchange's small documents (its listing, list line and page) are described from, kept between batches so
that describing them again costs what the new events changed rather than what the exchange holds.

A claim's event changes the figures of its own stage only (the ledger places it in that stage's buckets, and dates
the stage from it), so each stage's table is kept and described again only when an event of the batch recorded,
corrected or retracted a claim of that stage; any other event but an acknowledgement (the agreement, terms,
completions, an origin learnt) may reach every figure, and every table is described again. Finding lines and the
page's finding entries are remembered by the very checks and lines they describe (domain/remembered.py), so only
those an event changed are built anew. The report itself, which lists every claim behind every figure, is not
described here: the first read of each version describes it in full (see ReportsProjection.document)."""

from __future__ import annotations

from typing import Any

from domain import report_stages
from domain.exchange import ClaimCorrected, ClaimRecorded, ClaimRetracted, Exchange, FindingAcknowledged
from domain.ledger import Ledger
from domain.remembered import Remembered
from domain.report import report_of
from domain.report_stages import buckets_by_stage, stage_numbers
from domain.report_values import ReconciliationReport, StageReport
from domain.timeline import Reconciliation

_CLAIM_EVENTS = (ClaimRecorded, ClaimCorrected, ClaimRetracted)


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

    def touch(self, exchange: Exchange | None, event: Any) -> None:
        """Note what `event` reaches, as `exchange` stands: called before the event is applied and after, so that a
        claim moved from one stage to another touches both."""
        if isinstance(event, FindingAcknowledged):
            return  # a finding's line is remembered with its acknowledgement: the stage tables stay
        if not isinstance(event, _CLAIM_EVENTS) or exchange is None:
            self.touched = None
            return
        state = exchange.claims.get(event.claim_id)
        if state is not None and self.touched is not None:
            self.touched.add(state.claim.stage)

    def forget(self) -> None:
        """Describe every stage again: the reconciliation was made afresh."""
        self.touched = None

    def describe(self, reconciliation: Reconciliation) -> tuple[ReconciliationReport, int]:
        """The exchange's latest report without the lines of the checks that pass, and how many pass: all that the
        small documents show of it."""
        exchange, ledger = reconciliation.exchange, reconciliation.ledger
        if exchange is None or ledger is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        checks = reconciliation.checks()
        stages = self._stages(ledger)
        report = report_of(exchange, ledger, checks, remembered=self.lines, stages=stages, passed=False)
        return report, sum(1 for check in checks if check.passed)

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
