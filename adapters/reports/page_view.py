"""What the reading room's exchange page and list page show, as plain JSON-ready data.

The read models store these documents when they write an exchange's row, so that the latest page is rendered from
a document of the page's own size instead of replaying the exchange or reading its whole report (a large exchange's
report runs to megabytes: every figure lists every claim behind it, where a page names a few and counts the rest).
A page of another point of history is built from its replayed report by the same functions, so both read alike."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from adapters.reports.chart import Chart, progress_chart, summary_of, uncertain_totals
from adapters.reports.page_docs import EVIDENCE_SHOWN as EVIDENCE_SHOWN
from adapters.reports.page_docs import Doc as Doc
from adapters.reports.page_docs import chart_doc, day_text, finding_doc, pending_doc, stage_doc
from adapters.reports.page_docs import when as when
from domain.exchange import ClaimState, Exchange
from domain.findings import Severity
from domain.remembered import Remembered
from domain.report_values import (
    ProgressLine,
    ReconciliationReport,
    StageReport,
)

STAGES_SHOWN = 10
"""Stage tables an exchange page shows unless asked for all: the progress chart still counts every stage."""


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
        "ex": {**report.exchange.model_dump(mode="json"), "agreed_on": day_text(report.exchange.agreed_on)},
        "as_of": report.as_of,
        "verdict": report.verdict,
        "dated": list(report.dated),
        "version": report.exchange.version,
        "latest": latest.version,
        "charts": [chart_doc(_drawn(report.stages, line)) for line in report.progress],
        "tables": [memo.line(partial(stage_doc, stage), stage) for stage in tables],
        "hidden": len(report.stages) - len(tables),
        "stage_notes": any(stage.notes for stage in report.stages),
        "units": [
            {
                "unit": unit.unit,
                "ex": {"slug": report.exchange.slug},
                "charts": [chart_doc(_drawn(unit.stages, line)) for line in unit.progress],
                "tables": [stage_doc(stage) for stage in unit.stages],
            }
            for unit in report.units
        ],
        "findings": [memo.line(partial(finding_doc, finding), finding) for finding in report.findings],
        "passed": len(report.passed) if passed is None else passed,
        "pending": [pending_doc(line) for line in report.pending],
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
    return progress_chart(line, *uncertain_totals(stages, line.party))
