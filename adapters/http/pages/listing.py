"""The exchanges page's rows: every exchange with its terms, verdict, open findings, progress and last change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from adapters.collector import collector_paused
from adapters.readside.queries import Latest, Unreadable, latest_reports
from domain.application import Reconciler
from domain.findings import Severity
from domain.report_values import ProgressLine

VERDICTS = ("nothing recorded yet", "reconciles", "findings open", "errors open")
SORTS = {
    "title": "name",
    "verdict": "verdict",
    "errors": "open errors",
    "warnings": "open warnings",
    "changed": "last change",
}


@dataclass(frozen=True)
class Row:
    """One exchange as the list shows it."""

    slug: str
    title: str
    parties: tuple[str, str]
    terms: dict[str, str]
    verdict: str
    errors: int
    warnings: int
    progress: list[ProgressLine]
    changed: datetime
    version: int


def rows(reconciler: Reconciler) -> list[Row]:
    """Every exchange, in the order agreed, as the read models hold it (what `recon list` reads)."""
    # Paused as the Reconciler's own queries are (adapters/collector.py): the reports are many small acyclic objects.
    with collector_paused():
        return [_row(latest) for latest in latest_reports(reconciler).items]


def _row(latest: Latest | Unreadable) -> Row:
    if isinstance(latest, Unreadable):
        raise latest.error
    report = latest.report
    summary = report.exchange
    return Row(
        slug=summary.slug,
        title=summary.title,
        parties=summary.parties,
        terms=summary.terms,
        verdict=report.verdict,
        errors=len(report.open_errors),
        warnings=sum(1 for f in report.open_findings if f.severity == Severity.WARNING),
        progress=report.progress,
        changed=latest.changed,
        version=summary.version,
    )


def chosen(found: list[Row], search: str, verdict: str, sort: str, descending: bool) -> list[Row]:
    """The rows whose name holds `search` (any case) and whose verdict is `verdict` (any when empty), sorted."""
    wanted = search.strip().casefold()
    kept = [
        row
        for row in found
        if (not wanted or wanted in row.title.casefold() or wanted in row.slug) and verdict in ("", row.verdict)
    ]
    keys = {
        "title": lambda row: (row.title.casefold(),),
        "verdict": lambda row: (VERDICTS.index(row.verdict), row.title.casefold()),
        "errors": lambda row: (row.errors, row.warnings),
        "warnings": lambda row: (row.warnings, row.errors),
        "changed": lambda row: (row.changed,),
    }
    return sorted(kept, key=keys.get(sort, keys["title"]), reverse=descending)
