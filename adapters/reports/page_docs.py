"""The documents of an exchange page's parts: a progress chart, a stage table and its rows, a finding and a note
that cannot be checked yet, each as plain JSON-ready data (see adapters/reports/page_view.py, which puts them
together)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from adapters.reports.chart import Chart
from adapters.reports.evidence import by_value
from adapters.reports.origins import behind, said_briefly
from domain.findings import Evidence
from domain.report_values import FigureLine, FindingLine, PendingLine, StageReport

Doc = dict[str, Any]
"""A document of JSON types only (str, int, float, bool, None, lists and dicts with str keys): it reads back from
the store exactly as it was built, so a page rendered from either reads the same."""

EVIDENCE_SHOWN = 5
"""Claims of a finding's evidence a page names; the others are counted."""


def when(value: date | datetime | str | None) -> str:
    """A day as 2025-05-23, an instant as '2025-05-23 20:00 UTC'; nothing known as an en dash; text as it is."""
    if value is None:
        return "\u2013"
    if isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC") if value.utcoffset() is not None else value.isoformat()
    return value.isoformat()


def chart_doc(chart: Chart) -> Doc:
    """A party's progress chart: its bars, bands and the words under it."""
    return {
        "party": chart.party,
        "target": chart.target,
        "accepted": chart.accepted,
        "remaining": chart.remaining,
        "over": chart.over,
        "segments": [
            {
                "label": s.label,
                "x": s.x,
                "width": s.width,
                "value": s.value,
                "shade": s.shade,
                "high": s.high,
                "range_width": s.range_width,
                "ranged": s.ranged,
                "said": s.said,
            }
            for s in chart.segments
        ],
        "target_x": chart.target_x,
        "rest_x": chart.rest_x,
        "rest_width": chart.rest_width,
        "over_x": chart.over_x,
        "over_width": chart.over_width,
        "summary": chart.summary,
        "target_high": chart.target_high,
        "remaining_high": chart.remaining_high,
        "target_high_x": chart.target_high_x,
        "rest_band_width": chart.rest_band_width,
        "agreed": chart.agreed,
        "to_come": chart.to_come,
    }


def stage_doc(stage: StageReport) -> Doc:
    """A stage table: each direction's figures, and the stage's notes."""
    return {
        "stage": stage.stage,
        "date": day_text(stage.date),
        "directions": [
            {"direction": d.direction, "figures": [figure_doc(line) for line in d.figures]} for d in stage.directions
        ],
        "notes": [note.model_dump(mode="json") for note in stage.notes],
    }


def figure_doc(line: FigureLine) -> Doc:
    """A row of a stage table: the value's sources grouped by value, and the origins behind it when any is stated."""
    corroboration = line.corroboration
    origins = behind(line) if corroboration is not None and corroboration.kind != "origin_not_stated" else []
    return {
        "figure": line.figure,
        "accepted": line.accepted,
        "low": line.low,
        "high": line.high,
        "status": line.status,
        "reason": line.reason,
        "said": None if corroboration is None else said_briefly(corroboration),
        "origins": [
            {
                "said_by": o.said_by,
                "stated": o.stated,
                "first": claim_doc(o.first),
                "outlets": claims_docs(o.outlets),
                "more": o.more,
            }
            for o in origins
        ]
        if any(o.stated for o in origins)
        else [],
        "groups": [{"shown": g.shown, "named": claims_docs(g.named), "more": g.more} for g in by_value(line.sources)],
    }


def finding_doc(finding: FindingLine) -> Doc:
    """A finding as the page lists it: the first EVIDENCE_SHOWN claims named, the rest counted."""
    acknowledged = finding.acknowledgement
    return {
        "id": finding.id,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "stage": finding.stage,
        "direction": finding.direction,
        "unit": finding.unit,
        "message": finding.message,
        "expected": finding.expected,
        "found": finding.found,
        "difference": finding.difference,
        "open": finding.open,
        "evidence": [
            {**claim_doc(e), "figure": e.figure, "shown": e.shown, "version": e.version}
            for e in finding.evidence[:EVIDENCE_SHOWN]
        ],
        "more_evidence": max(len(finding.evidence) - EVIDENCE_SHOWN, 0),
        "stages_cited": [reference.label for reference in finding.stages_cited],
        "acknowledgement": None if acknowledged is None else acknowledged.model_dump(mode="json"),
    }


def pending_doc(line: PendingLine) -> Doc:
    """A check that cannot run yet, and why."""
    return {
        "id": line.id,
        "rule": line.rule,
        "stage": line.stage,
        "direction": line.direction,
        "unit": line.unit,
        "reason": line.reason,
    }


def claim_doc(item: Evidence) -> Doc:
    """A claim the page links to, by its id and source."""
    return {"claim_id": str(item.claim_id), "source": item.source}


def claims_docs(items: Iterable[Evidence]) -> list[Doc]:
    """Each claim as `claim_doc` makes it."""
    return [claim_doc(item) for item in items]


def day_text(value: date | None) -> str | None:
    """A day as `when` writes it; None when not known."""
    return None if value is None else when(value)
