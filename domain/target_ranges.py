"""target-progress and completion under terms said as a range ('about 1,200 each', '1,100 to 1,300').

Such a target is met by any number within its range: progress goes over it only above its highest, and a declared
completion falls short only below its lowest. The stages' sum may itself be a range (a stage said as a range, or
disputed); each bound is checked through the one evaluator (domain/intervals.py), so a check fails for every value
the stages may have, holds for all, or holds only for the values it names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from domain import stage_ranges
from domain.acceptance import TOTAL
from domain.amounts import range_label
from domain.citations import StagesCited
from domain.declared import counted
from domain.figures import Target
from domain.findings import Check, Severity, Subject
from domain.intervals import judge_linear
from domain.progress import Gaps, of_which
from domain.readings import Span, Verdict
from domain.reconciliation.view import View

TARGET_PROGRESS = "target-progress"
COMPLETION = "completion"


class _Received:
    """What the stages brought one party: the exact sum, the stages known only as ranges, and those unknown."""

    def __init__(self, view: View, party: str) -> None:
        direction = f"to {party}"
        totals = counted(view, direction, TOTAL)
        # The terms promise the exchange proper: the groups in addition that exact stage totals count are left out.
        self.added = view.added_in(direction, totals.values)
        self.exact = totals.total - self.added
        self.inexact = stage_ranges.inexact(view, direction, TOTAL, totals.missing)
        self.span = stage_ranges.summed(self.exact, self.inexact.ranges)
        self.in_all = stage_ranges.summed(totals.total, self.inexact.ranges)
        # The stages' figures are cited by reference, as every check against the stages' sum cites them.
        self.stages_cited: tuple[StagesCited, ...] = totals.cited(totals.values, self.inexact.ranges)

    def judge(self, bound: int, above: bool) -> Verdict:
        """Whether the sum stays at or below `bound` (above=False: at or above it) for every value it may have."""
        names = stage_ranges.stage_names(self.inexact.ranges, TOTAL)
        if above:
            return judge_linear(stage_ranges.stage_terms(self.inexact.ranges, 1), "<=", self.exact - bound, names)
        return judge_linear(stage_ranges.stage_terms(self.inexact.ranges, -1), "<=", bound - self.exact, names)

    @property
    def label(self) -> str:
        """What counts against the terms: '118', or '100\u2013110' while a stage is a range."""
        return stage_ranges.label(self.span)

    def said(self, word: str = "", *, always: bool = False) -> str:
        """The sum as a check says it: its `label` (followed by `word` when `always`), or with groups in addition,
        '130 received, of which 12 in addition to the terms: 118' (`word` ' received')."""
        if not self.added:
            return self.label + (word if always else "")
        return of_which(stage_ranges.label(self.in_all), self.label, self.added, word)

    @property
    def unknown_note(self) -> str:
        unknown = self.inexact.unknown
        return f" ({Gaps.of(unknown).label} total unknown)" if unknown else ""


def target_progress(view: View, party: str, target: Target, *, passing: bool = True) -> Iterator[Check]:
    """target-progress for one party under a range: over only above the range's highest value."""
    low, high = target.count or 0, target.high or 0
    received = _Received(view, party)
    verdict = received.judge(high, above=True)
    if verdict.passed and not passing:
        return
    got = received.span
    if verdict.judgement == "holds":
        to_go = range_label(0 if got.high is None else max(low - got.high, 0), max(high - (got.low or 0), 0))
        message = f"{received.said(' received')} of {target.label}: {to_go} to go{received.unknown_note}"
    elif verdict.judgement == "fails":
        over = stage_ranges.label(stage_ranges.difference(got, Span(high, high)))
        message = (
            f"{received.said(' received', always=True)} against a target of {target.label}: {over} over its highest"
        )
    else:
        within = f"within it only if {verdict.condition}"
        message = f"{received.said(' received', always=True)} against a target of {target.label}: {within}"
    yield _check(TARGET_PROGRESS, verdict, party, message, f"<= {high:,}", received, high)


def completion(view: View, party: str, target: Target, declared: str, *, passing: bool = True) -> Iterator[Check]:
    """completion for one party under a range: the stages' sum within the range, neither below nor above it."""
    low, high = target.count or 0, target.high or 0
    received = _Received(view, party)
    subject = Subject(direction=f"to {party}", figure=TOTAL)
    got = received.span
    if received.inexact.unknown and (got.low or 0) <= high:
        # A stage nobody gave a total for may still bring the sum into the range: nothing to say yet.
        unknown = f"{Gaps.of(received.inexact.unknown).label} total to {party} unknown"
        note = stage_ranges.unverifiable(COMPLETION, subject, received.said(), unknown, ())
        yield replace(note, stages_cited=received.stages_cited)
        return
    below, above = received.judge(low, above=False), received.judge(high, above=True)
    verdict = _both(below, above)
    if verdict.passed and not passing:
        return
    if verdict.judgement == "holds":
        outcome = "within the target"
    elif below.judgement == "fails":
        outcome = f"{stage_ranges.off_target(stage_ranges.difference(got, Span(low, low)))} below its lowest"
    elif above.judgement == "fails":
        outcome = f"{stage_ranges.off_target(stage_ranges.difference(got, Span(high, high)))} over its highest"
    else:
        outcome = f"within the target only if {verdict.condition}"
    message = f"declared complete by {declared}; stages sum to {received.said()} against {target.label}: {outcome}"
    nearest = low if below.judgement == "fails" else high
    yield _check(COMPLETION, verdict, party, message, range_label(low, high), received, nearest)


def _both(below: Verdict, above: Verdict) -> Verdict:
    """Both bounds hold: fails when either fails whatever the values, else holds only where both do."""
    for verdict in (below, above):
        if verdict.judgement == "fails":
            return verdict
    conditions = [verdict.condition for verdict in (below, above) if verdict.judgement == "depends"]
    return Verdict("depends", " and ".join(conditions)) if conditions else below


def _check(
    rule: str, verdict: Verdict, party: str, message: str, expected: str, received: _Received, bound: int
) -> Check:
    """The check at the rule's severity, a warning when it holds for some values only; an exact sum's difference
    from the bound it crossed."""
    got = received.span
    difference = got.low - bound if got.exact and got.low is not None and not verdict.passed else None
    if verdict.passed and got.exact and got.low is not None:
        difference = 0
    return Check(
        rule=rule,
        severity=Severity.WARNING if verdict.judgement == "depends" else Severity.ERROR,
        passed=verdict.passed,
        subject=Subject(direction=f"to {party}", figure=TOTAL),
        message=message,
        expected=expected,
        found=received.label,
        difference=difference,
        stages_cited=() if verdict.passed else received.stages_cited,
    )
