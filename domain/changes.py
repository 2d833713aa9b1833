"""Read models of change: the timeline of an exchange, and the difference between two points of its history."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from domain.acceptance import FigureState
from domain.amounts import range_label
from domain.event_lines import describe
from domain.exchange import FindingAcknowledged
from domain.figures import Value
from domain.findings import Check, Severity
from domain.progress import Gaps
from domain.terms import Unit
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
    disputed: tuple[int, int | None] | None = None
    """What the stages whose total is disputed or a range add to `accepted`, at least and at most (null: no most);
    null when every stage's total is one value."""
    after_completion: tuple[int, ...] = ()
    """The stages first known after the declared completion: named, not counted in `accepted`."""

    @property
    def proper(self) -> int:
        """What counts against the terms: the receipts less the groups in addition."""
        return self.accepted - self.in_addition

    @property
    def after_note(self) -> str:
        """' (stage 3 after the declared completion, not counted)'; empty when every stage counts."""
        later = self.after_completion
        return f" ({Gaps.of(later).label} after the declared completion, not counted)" if later else ""

    def received(self, counted: int) -> str:
        """`counted` (the receipts, or the exchange proper) as read with the disputed or ranged stages: a range
        such as 350 to 360, written with a dash, or the number alone when every stage's total is one value."""
        if self.disputed is None:
            return f"{counted:,}"
        low, high = self.disputed
        return range_label(counted + low, None if high is None else counted + high)


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


def entry(event: Event, step: Step, agreed: Unit = "people") -> TimelineEntry:
    """The timeline entry of one event, built from the domain's own typed values without validating them again;
    `agreed` is the unit the exchange's agreement counts."""
    return TimelineEntry.trusted(
        version=step.version,
        event=step.event,
        recorded_at=step.recorded_at,
        announced_at=step.announced_at,
        dated=step.dated,
        what=describe(event, step.claim, agreed),
        acknowledged=event.finding_id if isinstance(event, FindingAcknowledged) else None,
        figures=[_delta(change) for change in step.figures],
        raised=[FindingNote.of(check) for check in step.raised],
        changed=[FindingNote.of(check) for check in step.changed],
        cleared=[FindingNote.of(check) for check in step.cleared],
        reopened=list(step.reopened),
        progress=[
            _standing(s.party, s.accepted, s.target, s.unit, s.in_addition, s.disputed, s.after_completion)
            for s in step.progress
        ],
    )


# A long timeline repeats a few readings and standings thousands of times: immutable, one value serves them all.
@lru_cache(maxsize=1024)
def _standing(
    party: str,
    accepted: int,
    target: int | None,
    unit: str | None,
    in_addition: int,
    disputed: tuple[int, int | None] | None,
    after_completion: tuple[int, ...],
) -> Standing:
    return Standing.trusted(
        party=party,
        accepted=accepted,
        target=target,
        unit=unit,
        in_addition=in_addition,
        disputed=disputed,
        after_completion=after_completion,
    )


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
