"""Read models of change: the timeline of an exchange, and the difference between two points of its history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Literal

from domain.acceptance import FigureState
from domain.event_lines import describe
from domain.exchange import FindingAcknowledged
from domain.figures import Value
from domain.findings import Check, Severity
from domain.report_values import ReconciliationReport
from domain.timeline import Event, FigureChange, Step


class Reading(Value):
    """A figure's accepted value and status at one point; None when nothing was known of it."""

    accepted: int | None
    status: str | None

    @classmethod
    def of(cls, state: FigureState | None) -> Reading:
        """The reading of a figure state, or of no state at all."""
        return _reading(state.accepted, state.status) if state is not None else _reading(None, None)

    @property
    def label(self) -> str:
        """'390 (agreed)', 'disputed' or 'unknown'."""
        if self.status is None:
            return "unknown"
        return self.status if self.accepted is None else f"{self.accepted:,} ({self.status})"


class FigureDelta(Value):
    """One figure of one stage and direction, before and after."""

    stage: int | None
    direction: str
    figure: str
    before: Reading
    after: Reading
    unit: str | None = None
    """The unit the figure counts when not the exchange's own ('bodies')."""


class FindingNote(Value):
    """A finding as a timeline or a diff mentions it."""

    id: str
    rule: str
    severity: Severity
    message: str

    @classmethod
    def of(cls, check: Check) -> FindingNote:
        """The note of a check."""
        return cls.trusted(id=check.finding_id, rule=check.rule, severity=check.severity, message=check.message)


class Standing(Value):
    """A party's accepted receipts after an event, against its target."""

    party: str
    accepted: int
    target: int | None
    unit: str | None = None
    """The unit counted, when not the exchange's own (bodies beside the people)."""
    in_addition: int = 0
    """Of `accepted`, the groups handed over in addition to the exchange proper: outside what the terms promise."""

    @property
    def proper(self) -> int:
        """What counts against the terms: the receipts less the groups in addition."""
        return self.accepted - self.in_addition


class TimelineEntry(Value):
    """One event of the history and what it changed."""

    version: int
    event: str
    recorded_at: datetime
    announced_at: date | datetime
    """When the source announced it, as --announced-before counts it (see domain/moments.py, domain/dating.py)."""
    dated: str | None = None
    """How that was decided when the source did not give the day: 'undated; taken as of stage 3's date ...'."""
    what: str
    acknowledged: str | None = None
    """For an acknowledgement, the finding acknowledged."""
    figures: list[FigureDelta]
    raised: list[FindingNote]
    changed: list[FindingNote]
    cleared: list[FindingNote]
    reopened: list[str]
    progress: list[Standing]


class Timeline(Value):
    """An exchange's history, event by event."""

    slug: str
    title: str
    entries: list[TimelineEntry]


def entry(event: Event, step: Step) -> TimelineEntry:
    """The timeline entry of one event, built from the domain's own typed values without validating them again."""
    return TimelineEntry.trusted(
        version=step.version,
        event=step.event,
        recorded_at=step.recorded_at,
        announced_at=step.announced_at,
        dated=step.dated,
        what=describe(event, step.claim),
        acknowledged=event.finding_id if isinstance(event, FindingAcknowledged) else None,
        figures=[_delta(change) for change in step.figures],
        raised=[FindingNote.of(check) for check in step.raised],
        changed=[FindingNote.of(check) for check in step.changed],
        cleared=[FindingNote.of(check) for check in step.cleared],
        reopened=list(step.reopened),
        progress=[_standing(s.party, s.accepted, s.target, s.unit, s.in_addition) for s in step.progress],
    )


# A long timeline repeats a few readings and standings thousands of times: immutable, one value serves them all.
@lru_cache(maxsize=1024)
def _standing(party: str, accepted: int, target: int | None, unit: str | None, in_addition: int) -> Standing:
    return Standing.trusted(party=party, accepted=accepted, target=target, unit=unit, in_addition=in_addition)


@lru_cache(maxsize=1024)
def _reading(accepted: int | None, status: str | None) -> Reading:
    return Reading.trusted(accepted=accepted, status=status)


def _delta(change: FigureChange) -> FigureDelta:
    return FigureDelta.trusted(
        stage=change.stage,
        direction=change.direction,
        figure=change.figure,
        before=Reading.of(change.before),
        after=Reading.of(change.after),
        unit=change.unit,
    )


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
