"""What the reading room's exchange page and list page show, as plain JSON-ready data.

The read models store these documents when they write an exchange's row, so that the latest page is rendered from
a document of the page's own size instead of replaying the exchange or reading its whole report (a large exchange's
report runs to megabytes: every figure lists every claim behind it, where a page names a few and counts the rest).
A page of another point of history is built from its replayed report by the same functions, so both read alike."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from functools import partial
from typing import Any

from adapters.reports.chart import Chart, disputed_totals, progress_chart, ranged_totals, summary_of
from adapters.reports.evidence import by_value
from adapters.reports.origins import behind, said_briefly
from domain.exchange import ClaimState, Exchange
from domain.findings import Evidence, Severity
from domain.remembered import Remembered
from domain.report_values import (
    FigureLine,
    FindingLine,
    PendingLine,
    ProgressLine,
    ReconciliationReport,
    StageReport,
)

Doc = dict[str, Any]
"""A document of JSON types only (str, int, float, bool, None, lists and dicts with str keys): it reads back from
the store exactly as it was built, so a page rendered from either reads the same."""

STAGES_SHOWN = 10
"""Stage tables an exchange page shows unless asked for all: the progress chart still counts every stage."""
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


def exchange_view(
    report: ReconciliationReport,
    latest: Exchange,
    every_stage: bool = False,
    passed: int | None = None,
    remembered: Remembered | None = None,
    notes: list[Doc] | None = None,
) -> Doc:
    """The exchange page's content: the report as the page shows it, with the notes of `latest`'s claims. `passed`
    counts the checks that pass when the report leaves their lines out; with `remembered`, the entries of stage tables
    and findings unchanged since the last page so described (the very same lines) are those it made; `notes`, the
    claims' notes when the caller keeps them (each as `note_entry` makes it, in the order the claims were recorded)."""
    tables = report.stages if every_stage else latest_stages(report.stages)
    memo = remembered or Remembered()
    page = {
        "ex": {**report.exchange.model_dump(mode="json"), "agreed_on": _day(report.exchange.agreed_on)},
        "as_of": report.as_of,
        "verdict": report.verdict,
        "dated": list(report.dated),
        "version": report.exchange.version,
        "latest": latest.version,
        "charts": [_chart(_drawn(report.stages, line)) for line in report.progress],
        "tables": [memo.line(partial(_stage, stage), stage) for stage in tables],
        "hidden": len(report.stages) - len(tables),
        "stage_notes": any(stage.notes for stage in report.stages),
        "units": [
            {
                "unit": unit.unit,
                "ex": {"slug": report.exchange.slug},
                "charts": [_chart(_drawn(unit.stages, line)) for line in unit.progress],
                "tables": [_stage(stage) for stage in unit.stages],
            }
            for unit in report.units
        ],
        "findings": [memo.line(partial(_finding, finding), finding) for finding in report.findings],
        "passed": len(report.passed) if passed is None else passed,
        "pending": [_pending(line) for line in report.pending],
        "notes": [entry for state in latest.claims.values() if (entry := note_entry(state)) is not None]
        if notes is None
        else notes,
    }
    memo.done()
    return page


def note_entry(state: ClaimState) -> Doc | None:
    """The claim's note as the page lists it; None when it has none or was retracted."""
    if not state.claim.note or not state.active:
        return None
    return {"claim_id": str(state.claim_id), "source": state.claim.source.label, "note": state.claim.note}


def list_line(report: ReconciliationReport, changed: datetime) -> Doc:
    """The exchange as a row of the exchanges page: terms, verdict, open findings, progress and last change."""
    summary = report.exchange
    return {
        "slug": summary.slug,
        "title": summary.title,
        "parties": list(summary.parties),
        "terms": dict(summary.terms),
        "verdict": report.verdict,
        "errors": len(report.open_errors),
        "warnings": sum(1 for f in report.open_findings if f.severity == Severity.WARNING),
        "progress": [
            {"party": line.party, "accepted": line.accepted, "target": line.target, "summary": summary_of(line)}
            for line in report.progress
        ],
        "changed": changed.isoformat(),
        "version": summary.version,
    }


def latest_stages(stages: list[StageReport]) -> list[StageReport]:
    """The last STAGES_SHOWN numbered stages and the whole exchange: a page that stays light for a long exchange."""
    numbered = [stage for stage in stages if stage.stage is not None]
    return numbered[-STAGES_SHOWN:] + [stage for stage in stages if stage.stage is None]


def _drawn(stages: list[StageReport], line: ProgressLine) -> Chart:
    return progress_chart(line, disputed_totals(stages, line.party), ranged_totals(stages, line.party))


def _chart(chart: Chart) -> Doc:
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


def _stage(stage: StageReport) -> Doc:
    return {
        "stage": stage.stage,
        "date": _day(stage.date),
        "directions": [
            {"direction": d.direction, "figures": [_figure(line) for line in d.figures]} for d in stage.directions
        ],
        "notes": [note.model_dump(mode="json") for note in stage.notes],
    }


def _figure(line: FigureLine) -> Doc:
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
                "first": _claim(o.first),
                "outlets": _claims(o.outlets),
                "more": o.more,
            }
            for o in origins
        ]
        if any(o.stated for o in origins)
        else [],
        "groups": [{"shown": g.shown, "named": _claims(g.named), "more": g.more} for g in by_value(line.sources)],
    }


def _finding(finding: FindingLine) -> Doc:
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
            {**_claim(e), "figure": e.figure, "shown": e.shown, "version": e.version}
            for e in finding.evidence[:EVIDENCE_SHOWN]
        ],
        "more_evidence": max(len(finding.evidence) - EVIDENCE_SHOWN, 0),
        "stages_cited": [reference.label for reference in finding.stages_cited],
        "acknowledgement": None if acknowledged is None else acknowledged.model_dump(mode="json"),
    }


def _pending(line: PendingLine) -> Doc:
    return {
        "id": line.id,
        "rule": line.rule,
        "stage": line.stage,
        "direction": line.direction,
        "unit": line.unit,
        "reason": line.reason,
    }


def _claim(item: Evidence) -> Doc:
    return {"claim_id": str(item.claim_id), "source": item.source}


def _claims(items: Iterable[Evidence]) -> list[Doc]:
    return [_claim(item) for item in items]


def _day(value: date | None) -> str | None:
    return None if value is None else when(value)
