"""The difference between two points of an exchange's history: figures whose reading changed, findings raised,
cleared, changed, acknowledged or reopened in between, each with the versions that did it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from domain.changes import FigureDelta, Reading, TimelineEntry
from domain.figures import Value
from domain.findings import Severity
from domain.report_values import ReconciliationReport


class FigureDiff(FigureDelta):
    """A figure that differs between two points, with the events that changed it."""

    events: list[int]


class FindingDiff(Value):
    """A finding raised, cleared, changed, acknowledged or reopened between two points."""

    id: str
    rule: str
    severity: Severity
    change: Literal["raised", "cleared", "changed", "acknowledged", "reopened"]
    before: str | None
    after: str | None
    events: list[int]


class ExchangeDiff(Value):
    """What changed in an exchange's reconciliation between two points of its history."""

    slug: str
    start: str
    end: str
    start_version: int
    end_version: int
    figures: list[FigureDiff]
    findings: list[FindingDiff]


def diff(
    start: ReconciliationReport, end: ReconciliationReport, entries: Sequence[TimelineEntry], labels: tuple[str, str]
) -> ExchangeDiff:
    """Compare two reports of one exchange; `entries` are the timeline entries recorded between them."""
    return ExchangeDiff(
        slug=end.exchange.slug,
        start=labels[0],
        end=labels[1],
        start_version=start.exchange.version,
        end_version=end.exchange.version,
        figures=_figure_diffs(start, end, entries),
        findings=_finding_diffs(start, end, entries),
    )


def _readings(report: ReconciliationReport) -> dict[tuple[int | None, str, str], Reading]:
    return {
        (stage.stage, group.direction, line.figure): Reading(accepted=line.accepted, status=line.status)
        for stage in report.stages
        for group in stage.directions
        for line in group.figures
    }


def _figure_diffs(
    start: ReconciliationReport, end: ReconciliationReport, entries: Sequence[TimelineEntry]
) -> list[FigureDiff]:
    before, after = _readings(start), _readings(end)
    unknown = Reading(accepted=None, status=None)
    found = []
    for key in [*before, *(key for key in after if key not in before)]:
        old, new = before.get(key, unknown), after.get(key, unknown)
        if old != new:
            stage, direction, figure = key
            # The report's stages count the exchange's own unit: a figure of bodies an event changed is none of them.
            events = [
                e.version
                for e in entries
                if any((d.stage, d.direction, d.figure) == key and d.unit is None for d in e.figures)
            ]
            found.append(
                FigureDiff(stage=stage, direction=direction, figure=figure, before=old, after=new, events=events)
            )
    return found


def _finding_diffs(
    start: ReconciliationReport, end: ReconciliationReport, entries: Sequence[TimelineEntry]
) -> list[FindingDiff]:
    before = {f.id: f for f in start.findings}
    after = {f.id: f for f in end.findings}
    found = []
    for finding_id in [*before, *(i for i in after if i not in before)]:
        old, new = before.get(finding_id), after.get(finding_id)
        change: Literal["raised", "cleared", "changed", "acknowledged", "reopened"] | None = None
        if old is None:
            change = "raised"
        elif new is None:
            change = "cleared"
        elif (old.found, old.message) != (new.found, new.message):
            change = "reopened" if not old.open and new.open else "changed"
        elif old.open != new.open:
            change = "acknowledged" if not new.open else "reopened"
        if change is None:
            continue
        current = new if new is not None else old
        if current is None:
            continue
        events = [e.version for e in entries if _mentions(e, finding_id)]
        found.append(
            FindingDiff(
                id=finding_id,
                rule=current.rule,
                severity=current.severity,
                change=change,
                before=old.message if old else None,
                after=new.message if new else None,
                events=events,
            )
        )
    return found


def _mentions(entry: TimelineEntry, finding_id: str) -> bool:
    notes = [*entry.raised, *entry.changed, *entry.cleared]
    return (
        any(note.id == finding_id for note in notes) or finding_id in entry.reopened or entry.acknowledged == finding_id
    )
