"""The morning list: every exchange's open findings in the desk's order, as `recon findings --open` lists them."""

from __future__ import annotations

from dataclasses import dataclass

from adapters.readside.findings import FindingsQuery, find
from domain.application import Reconciler
from domain.report import FindingLine


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


def morning_list(reconciler: Reconciler, query: FindingsQuery) -> Morning:
    """Open findings by the query, read from the read side as GET /findings and `recon findings` read them."""
    found = find(reconciler, FindingsQuery(True, query.rule, query.severity, query.exchange))
    lines = [MorningLine(item.exchange, item.finding) for item in found.items]
    return Morning(lines, 0 if found.standing is None else found.standing.behind_by)
