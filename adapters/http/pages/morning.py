"""The morning list: every exchange's open findings, errors first, read from the view `recon findings` reads."""

from __future__ import annotations

from dataclasses import dataclass

from adapters.findings.keeper import up_to_date
from adapters.findings.rows import FindingsQuery
from domain.application import Reconciler
from domain.findings import Severity
from domain.report import FindingLine

_RANK = {severity: rank for rank, severity in enumerate(Severity)}
PAGE_SIZE = 200
"""Findings one page of the morning list shows: a hundred exchanges' open findings would weigh over 200 kB."""


@dataclass(frozen=True)
class MorningLine:
    """One open finding and the exchange it belongs to."""

    exchange: str
    finding: FindingLine
    raised_version: int | None


@dataclass(frozen=True)
class MorningPage:
    """One page of the morning list, and how many findings of each severity the whole list holds."""

    lines: list[MorningLine]
    number: int
    pages: int
    total: int
    counts: dict[str, int]
    first: int
    """The place in the whole list of this page's first finding, so that the numbering runs on across pages."""


def page_of(lines: list[MorningLine], number: int, size: int = PAGE_SIZE) -> MorningPage:
    """The `number`th page of a list already ordered errors first: the first page always opens with the errors."""
    pages = max((len(lines) + size - 1) // size, 1)
    if number > pages:
        raise ValueError(f"The morning list has {pages} page{'' if pages == 1 else 's'}, not {number}.")
    counts = {severity.value: 0 for severity in Severity}
    for line in lines:
        counts[line.finding.severity.value] += 1
    start = (number - 1) * size
    return MorningPage(lines[start : start + size], number, pages, len(lines), counts, start + 1)


def morning_list(reconciler: Reconciler, database_url: str, query: FindingsQuery) -> list[MorningLine]:
    """Open findings by the query, errors first across every exchange, then by exchange as the view orders them.

    A store kept in memory has no log another process could follow, so there the reports themselves are read."""
    if database_url in ("memory:", "memory://"):
        found = _from_reports(reconciler, query)
    else:
        with up_to_date(database_url) as view:
            found = [MorningLine(item.exchange, item.finding, item.raised_version) for item in view.findings(query)]
    return sorted(found, key=lambda line: _RANK.get(line.finding.severity, len(_RANK)))


def _from_reports(reconciler: Reconciler, query: FindingsQuery) -> list[MorningLine]:
    lines = []
    for aggregate_id in reconciler.exchange_ids():
        report = reconciler.report(aggregate_id)
        slug = report.exchange.slug
        if query.exchange not in (None, slug, str(aggregate_id)):
            continue
        lines += [
            MorningLine(slug, finding, None)
            for finding in report.open_findings
            if query.rule in (None, finding.rule) and query.severity in (None, finding.severity)
        ]
    return lines
