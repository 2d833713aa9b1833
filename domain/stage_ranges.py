"""Sums across stages when a stage's figure is a range or disputed: the stage takes part as its range.

The columns (domain/columns.py) hold exact values only, so that the usual sum stays one addition per stage. A stage
whose value is not exact is one of the column's `missing` stages; here it is read back from its bucket as the range
it is, and the check goes through the one evaluator (domain/intervals.py) like every other rule over ranges.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from domain.acceptance import FigureState
from domain.amounts import range_label
from domain.citations import StagesCited
from domain.findings import Check, Evidence, Severity, Subject, signed
from domain.intervals import Term
from domain.progress import SHOWN
from domain.readings import LIMIT, Span, Verdict, span
from domain.reconciliation.view import View


@dataclass(frozen=True, slots=True)
class Inexact:
    """The stages of a sum whose figure is not exact: read back as ranges, or still unknown."""

    ranges: dict[int, FigureState]
    unknown: frozenset[int]


def inexact(view: View, direction: str, key: str, stages: Iterable[int]) -> Inexact:
    """Which of `stages` (a column's missing stages) have a range or disputed values, and which none at all."""
    ranges: dict[int, FigureState] = {}
    unknown: set[int] = set()
    for stage in sorted(stages):
        bucket = view.bucket(stage, direction)
        state = bucket.figures.get(key) if bucket else None
        if state is not None and state.known:
            ranges[stage] = state
        else:
            unknown.add(stage)
    return Inexact(ranges, frozenset(unknown))


def as_range(state: FigureState) -> FigureState:
    """A disputed figure as the range of its values: its values are then added as an interval, not one by one."""
    if state.ranged:
        return state
    low, high = state.interval
    return replace(state, accepted=None, low=low, high=high, ranged=True)


def stage_terms(ranges: dict[int, FigureState], sign: int) -> list[Term]:
    """Each stage's figure with its sign; beyond a few disputed stages, as ranges, so the cost stays linear."""
    states = list(ranges.values())
    combinations = math.prod(len(state.possible) for state in states if not state.ranged)
    if combinations > LIMIT:
        states = [as_range(state) for state in states]
    return [(sign, state) for state in states]


def stage_names(ranges: dict[int, FigureState], key: str) -> list[str]:
    """'stage 2's total', as a condition names a stage's figure."""
    return [f"stage {stage}'s {key}" for stage in ranges]


def summed(exact: int, ranges: dict[int, FigureState]) -> Span:
    """The exact values' sum plus the stages' ranges."""
    share = span(*ranges.values())
    return Span(exact + (share.low or 0), None if share.high is None else exact + share.high)


def label(value: Span) -> str:
    """'690\u2013700', '1,001 or more'."""
    return range_label(value.low or 0, value.high)


def of_state(state: FigureState) -> Span:
    """A figure's range, exact or not."""
    if state.accepted is not None:
        return Span(state.accepted, state.accepted)
    low, high = state.interval
    return Span(low, high)


def stated(state: FigureState) -> str:
    """'697' or '690\u2013700': a claimed figure as the message quotes it."""
    return label(of_state(state))


def difference(claimed: Span, found: Span) -> Span:
    """Claimed minus found, as a range (None: no limit that way)."""
    low = None if claimed.low is None or found.high is None else claimed.low - found.high
    high = None if claimed.high is None or found.low is None else claimed.high - found.low
    return Span(low, high)


def off_target(off: Span) -> str:
    """How far a sum lies from a target, `off` being the sum less the target: 'overshoot of 3', 'shortfall of
    1\u20133', 'overshoot of 2 or more'; and where some of its values fall short and others go over, how far on each
    side, 'between 2 short and 1 over' ('up to 3 over' when none short; a side without a limit is 'any number'),
    never a range of signed numbers."""
    low, high = off.low, off.high
    if low is not None and low > 0:
        return f"overshoot of {range_label(low, high)}"
    if high is not None and high < 0:
        return f"shortfall of {range_label(-high, None if low is None else -low)}"
    short = "any number" if low is None else f"{-low:,}"
    over = "any number" if high is None else f"{high:,}"
    if low == 0 and high == 0:
        return "none"
    if low == 0:
        return f"up to {over} over"
    if high == 0:
        return f"up to {short} short"
    return f"between {short} short and {over} over"


def severity(verdict: Verdict, usual: Severity) -> Severity:
    """The rule's severity for a check that fails whichever value is right; a warning when it depends."""
    return Severity.WARNING if verdict.judgement == "depends" else usual


def ranged_check(
    *,
    rule: str,
    usual: Severity,
    verdict: Verdict,
    subject: Subject,
    message: str,
    expected: str,
    found: str,
    evidence: tuple[Evidence, ...],
    stages_cited: tuple[StagesCited, ...] = (),
) -> Check:
    """A check over ranges: passed when it holds for every value, else a finding (a warning when it depends)."""
    return Check(
        rule=rule,
        severity=severity(verdict, usual),
        passed=verdict.passed,
        subject=subject,
        message=message,
        expected=expected,
        found=found,
        difference=None,
        evidence=() if verdict.passed else evidence,
        stages_cited=() if verdict.passed else stages_cited,
    )


def signed_span(value: Span) -> str:
    """'+3', '-7 to -6', '+1 or more', '-5 or less'."""
    low, high = value.low, value.high
    if low is not None and high is not None:
        return signed(low) if low == high else f"{signed(low)} to {signed(high)}"
    return f"{signed(low)} or more" if low is not None else f"{signed(high or 0)} or less"


def sum_text(values: Mapping[int, int], ranges: Mapping[int, FigureState], stages: Sequence[int]) -> str:
    """'390 + 300\u2013310 + 303' for a few stages, a range where a stage's figure is one; a long sum is summarised."""
    if len(stages) > SHOWN:
        return f"the {len(stages):,} stage figures"
    return " + ".join(f"{values[stage]:,}" if stage in values else stated(ranges[stage]) for stage in stages)


def unverifiable(rule: str, subject: Subject, claimed: str, reason: str, evidence: tuple[Evidence, ...]) -> Check:
    """A note, not a finding: the check cannot run yet, and why."""
    return Check(
        rule=rule,
        severity=Severity.INFO,
        passed=False,
        subject=subject,
        message=f"{claimed} cannot be checked yet: {reason}",
        expected="a figure for every stage",
        found=reason,
        evidence=evidence,
    )
