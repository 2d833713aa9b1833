"""The morning list: every exchange's open findings in the desk's order, as `recon findings --open` lists them."""

from __future__ import annotations

from dataclasses import dataclass

from adapters.readside.findings import FindingsQuery, find
from domain.application import Reconciler
from domain.findings import Severity
from domain.report_values import FindingLine

PAGE_SIZE = 200
"""Findings one page of the morning list shows: a hundred exchanges' open findings would weigh over 200 kB."""


@dataclass(frozen=True)
class MorningLine:
    """One open finding and the exchange it belongs to."""

    exchange: str
    finding: FindingLine


@dataclass(frozen=True)
class Morning:
    """The lines, and how many events recorded they do not reflect yet (0 once the read models caught up)."""

    lines: list[MorningLine]
    behind_by: int


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


def morning_list(reconciler: Reconciler, query: FindingsQuery) -> Morning:
    """Open findings by the query, read from the read side as GET /findings and `recon findings` read them."""
    found = find(reconciler, FindingsQuery(True, query.rule, query.severity, query.exchange))
    lines = [MorningLine(item.exchange, item.finding) for item in found.items]
    return Morning(lines, 0 if found.standing is None else found.standing.behind_by)
