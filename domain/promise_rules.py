"""promised-delivered: figures announced before a stage (or for the whole exchange) against what was delivered.

A promise and a delivery are each a few readings, every one an interval of values: a promise said loosely ("about
30") is one interval, any value of which keeps it; plans that differ, or a delivery sources dispute, give one reading
per value. A promise holds when every delivered value keeps every reading of it, fails when none keeps any, and
otherwise depends on which is right (domain/promise_readings.py judges and words them; this module finds them).
"""

from __future__ import annotations

from collections.abc import Iterator

from domain import stage_ranges
from domain.acceptance import TOTAL, FigureState, accept
from domain.buckets import BucketKey, evidence_of
from domain.citations import cited_stages
from domain.exchange import ClaimState
from domain.findings import Check, Severity, Subject, unique
from domain.progress import Gaps
from domain.promise_readings import Delivered, figure_name, judge, label_of, readings_of, span_of, worded
from domain.proper_reading import IN_ADDITION
from domain.readings import Span
from domain.reconciliation.view import View

PROMISED_DELIVERED = "promised-delivered"


def planned_keys(view: View) -> list[BucketKey]:
    """The scopes of promised-delivered: each stage and direction with planned figures in the view's unit."""
    keys = {key for state in _planned(view) for key in _keys(view, state)}
    return sorted(keys, key=lambda key: (key[0] is None, key[0] or 0, key[1]))


def promised_delivered(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """promised-delivered for one stage (or the whole exchange) and direction: each planned figure against what
    was delivered there."""
    planned = [state for state in _planned(view) if key in _keys(view, state)]
    for figure in sorted({figure for state in planned for figure in state.claim.figures.values()}):
        stating = tuple(
            evidence_of(state, figure, value)
            for state in planned
            if (value := state.claim.figures.values().get(figure)) is not None
        )
        promised = accept(figure, stating)
        # A plan that names no group in addition promised the exchange proper: the groups besides are outside it.
        proper = figure == TOTAL and not any(
            subset.relation == IN_ADDITION
            for state in planned
            if figure in state.claim.figures.values()
            for subset in state.claim.figures.subsets
        )
        check = _check(view, key, figure, promised, passing, proper=proper)
        if check is not None:
            yield check


def _check(
    view: View, key: BucketKey, figure: str, promised: FigureState, passing: bool, *, proper: bool
) -> Check | None:
    stage, direction = key
    subject = Subject(stage=stage, direction=direction, figure=figure)
    said = f"{label_of(readings_of(promised))} {figure_name(figure)} promised"
    delivered = _delivered(view, key, figure, proper=proper)
    if isinstance(delivered, str):
        # Nothing reported yet is a note; a stage that took place with the number withheld is a finding to chase.
        unreported = delivered.endswith("not reported yet")
        return Check(
            rule=PROMISED_DELIVERED,
            severity=Severity.INFO if unreported else Severity.WARNING,
            passed=False,
            subject=subject,
            message=f"{said} cannot be checked yet: {delivered}"
            if unreported
            else f"{said}; {delivered}: the promise cannot be checked",
            expected=f"{label_of(readings_of(promised))} as promised",
            found="not reported yet" if unreported else "no headcount",
            evidence=promised.evidence,
        )
    judgement = judge(delivered.readings, readings_of(promised))
    if judgement == "holds" and not passing:
        return None
    difference = span_of(delivered.readings) - span_of(readings_of(promised))
    exact = difference.exact and len(readings_of(promised)) == 1 and len(delivered.readings) == 1
    return Check(
        rule=PROMISED_DELIVERED,
        severity=Severity.WARNING,
        passed=judgement == "holds",
        subject=subject,
        message=worded(figure, promised, delivered, judgement, difference) + delivered.reading,
        expected=f"{label_of(readings_of(promised))} as promised",
        found=f"{delivered.label} delivered",
        difference=difference.low if exact else None,
        evidence=() if judgement == "holds" else unique((*promised.evidence, *delivered.evidence)),
        stages_cited=() if judgement == "holds" else delivered.stages_cited,
    )


def _delivered(view: View, key: BucketKey, figure: str, *, proper: bool = False) -> Delivered | str:
    """What was delivered of the figure, or why nobody can say; with `proper`, a total less the groups it counts
    in addition."""
    stage, direction = key
    bucket = view.bucket(stage, direction)
    state = bucket.figures.get(figure) if bucket else None
    if bucket is not None and state is None and bucket.value(figure) == 0:
        return Delivered(((0, 0),), ())  # a part a complete breakdown leaves out
    if state is not None and state.known:
        besides = view.besides(stage, direction) if proper else None
        if besides is not None and besides[1]:
            added, stated = besides[0], readings_of(state)
            less = tuple((low - added.count, None if high is None else high - added.count) for low, high in stated)
            reading = f", in the exchange proper ({label_of(stated)} less {added.label} in addition)"
            return Delivered(less, state.evidence, reading=reading)
        return Delivered(readings_of(state), state.evidence)
    if direction == "combined":
        return _both_directions(view, stage, figure)
    where = f"stage {stage}, {direction}" if stage is not None else f"the whole exchange, {direction}"
    if stage is not None:
        if bucket is None:
            view.buckets()  # read so that the stage's first claim, even one without a number, checks this again
            return f"{where} not reported yet"
        return f"{where} took place and no source gave how many"
    return _over_stages(view, direction, figure)


def _both_directions(view: View, stage: int | None, figure: str) -> Delivered | str:
    """A combined figure nobody stated, as the two directions' figures added together."""
    sides = [_delivered(view, (stage, f"to {party}"), figure) for party in view.parties]
    reasons = [side for side in sides if isinstance(side, str)]
    if reasons:
        return reasons[0]
    both = [side for side in sides if isinstance(side, Delivered)]
    total = Span(0, 0)
    for side in both:
        share = span_of(side.readings)
        total = Span(
            (total.low or 0) + (share.low or 0),
            None if None in (total.high, share.high) else (total.high or 0) + (share.high or 0),
        )
    evidence = tuple(item for side in both for item in side.evidence)
    return Delivered(
        ((total.low or 0, total.high),),
        evidence,
        over_stages=any(side.over_stages for side in both),
        stages_cited=cited_stages(*(side.stages_cited for side in both)),
    )


def _over_stages(view: View, direction: str, figure: str) -> Delivered | str:
    """A promise for the whole exchange against the stages so far, a stage known only as a range counted as one."""
    column = view.column(direction, figure)
    values = column.values
    ranges = stage_ranges.inexact(view, direction, figure, column.missing)
    if ranges.unknown:
        listed = Gaps.of(ranges.unknown).label
        return f"{listed} {direction} took place and no source gave how many"
    if not values and not ranges.ranges:
        return f"the whole exchange, {direction} not reported yet"
    found = stage_ranges.summed(sum(values.values()), ranges.ranges)
    return Delivered(
        ((found.low or 0, found.high),), (), over_stages=True, stages_cited=column.cited(values, ranges.ranges)
    )


def _planned(view: View) -> list[ClaimState]:
    return [s for s in view.aside() if s.claim.planned and view.in_unit(s)]


def _keys(view: View, state: ClaimState) -> list[BucketKey]:
    direction, stage = state.claim.direction, state.claim.stage
    if direction.kind == "each_side":
        return [(stage, f"to {party}") for party in view.parties]
    return [(stage, direction.label)]
