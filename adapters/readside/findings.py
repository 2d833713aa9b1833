"""The findings of every exchange in one list, read from the read models: what `recon findings`, `GET /findings` and
the reading room's morning list all answer, in one order.

The order is the desk's: errors first, then warnings, across every exchange; within a severity,
exchanges in the order they were agreed; within an exchange, findings in the order its report lists them (the
rulebook's order of rules, then stage)."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from adapters.readside.queries import Unreadable, latest_document, latest_reports
from adapters.readside.readback import read_report
from adapters.readside.service import Standing
from domain.application import Reconciler
from domain.findings import Severity
from domain.identity import parse_ref
from domain.report_values import FindingLine, ReconciliationReport

_RANK = {severity: rank for rank, severity in enumerate(Severity)}


@dataclass(frozen=True, slots=True)
class FindingsQuery:
    """Which findings to list: only open ones, of one rule, one severity, one exchange (slug or id)."""

    open_only: bool = False
    rule: str | None = None
    severity: Severity | None = None
    exchange: str | None = None

    def wants(self, line: FindingLine) -> bool:
        """True when the finding passes the filters on state, rule and severity."""
        return (
            (not self.open_only or line.open)
            and (self.rule is None or line.rule == self.rule)
            and (self.severity is None or line.severity == self.severity)
        )


@dataclass(frozen=True, slots=True)
class ExchangeFinding:
    """A finding as its exchange's latest report states it, with the exchange it belongs to."""

    exchange_id: UUID
    exchange: str
    """The exchange's slug."""
    title: str
    finding: FindingLine

    @property
    def open(self) -> bool:
        """True unless a reviewer acknowledged the finding as it stands now."""
        return self.finding.open


@dataclass(frozen=True, slots=True)
class FoundFindings:
    """The findings a query selected in the desk's order, the exchanges it covered (slug to title), the exchanges
    whose events cannot be read (left out), and where the read models stood (None when every report was replayed)."""

    items: list[ExchangeFinding]
    exchanges: dict[str, str]
    standing: Standing | None
    unreadable: list[Unreadable] = field(default_factory=list)

    @property
    def position(self) -> int | None:
        """The last log position the list reflects, when it was read from the read models."""
        return None if self.standing is None else self.standing.position


def find(reconciler: Reconciler, query: FindingsQuery) -> FoundFindings:
    """The findings the query selects, in the desk's order (see the module's text).

    One exchange named is read on its own, from the read models or else from its events, so an exchange unknown
    to the store raises ExchangeNotFoundError and one that cannot be read raises its own error."""
    if query.exchange is not None:
        report, standing = _one(reconciler, query.exchange)
        return _collect([report], [], standing, query)
    latest = latest_reports(reconciler)
    reports: list[ReconciliationReport] = []
    unreadable: list[Unreadable] = []
    for item in latest.items:
        if isinstance(item, Unreadable):
            unreadable.append(item)
        else:
            reports.append(item.report)
    return _collect(reports, unreadable, latest.standing, query)


def _one(reconciler: Reconciler, exchange: str) -> tuple[ReconciliationReport, Standing | None]:
    """The exchange's latest report from the read models with where they stand, else replayed (standing None)."""
    document, standing = latest_document(reconciler, exchange)
    exchange_id = exchange if isinstance(exchange, UUID) else parse_ref(exchange)
    report = None if document is None else read_report(exchange_id, document)
    if report is None:
        return reconciler.report(exchange), None
    return report, standing


def _collect(
    reports: list[ReconciliationReport],
    unreadable: list[Unreadable],
    standing: Standing | None,
    query: FindingsQuery,
) -> FoundFindings:
    ranked: list[tuple[int, int, ExchangeFinding]] = []
    for order, report in enumerate(reports):
        summary = report.exchange
        ranked += [
            (
                _RANK.get(line.severity, len(_RANK)),
                order,
                ExchangeFinding(summary.id, summary.slug, summary.title, line),
            )
            for line in report.findings
            if query.wants(line)
        ]
    ranked.sort(key=lambda entry: entry[:2])  # stable: an exchange's findings keep its report's order
    titles = {report.exchange.slug: report.exchange.title for report in reports}
    return FoundFindings([entry[2] for entry in ranked], titles, standing, unreadable)
