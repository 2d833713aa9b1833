"""promised-delivered: figures announced before a stage (or for the whole exchange) against what was delivered.

A promise and a delivery are each a few readings, every one an interval of values: a promise said loosely ("about
30") is one interval, any value of which keeps it; plans that differ, or a delivery sources dispute, give one reading
per value. A promise holds when every delivered value keeps every reading of it, fails when none keeps any, and
otherwise depends on which is right.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from domain import stage_ranges
from domain.acceptance import TOTAL, FigureState, accept
from domain.amounts import range_label
from domain.buckets import BucketKey, evidence_of
from domain.citations import StagesCited, cited_stages
from domain.exchange import ClaimState
from domain.findings import Check, Evidence, Severity, Subject, unique
from domain.progress import Gaps
from domain.proper_reading import IN_ADDITION
from domain.readings import Span
from domain.reconciliation.view import View

PROMISED_DELIVERED = "promised-delivered"
Interval = tuple[int, int | None]
"""The smallest and largest value of one reading (None: no largest)."""


@dataclass(frozen=True, slots=True)
class Delivered:
    """What was delivered of one figure: its readings, how it is said, and the claims behind it."""

    readings: tuple[Interval, ...]
    evidence: tuple[Evidence, ...]
    over_stages: bool = False
    """True when it is the stages' sum so far rather than a figure claimed for the stage or the whole exchange."""
    reading: str = ""
    """How the delivery was read when it is not the figure as stated: ', in the exchange proper (…)'."""
    stages_cited: tuple[StagesCited, ...] = ()
    """For the stages' sum, the stage figures summed, by reference (their claims are listed under each)."""

    @property
    def label(self) -> str:
        return _label(self.readings)


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
    said = f"{_label(_readings(promised))} {_name(figure)} promised"
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
            expected=f"{_label(_readings(promised))} as promised",
            found="not reported yet" if unreported else "no headcount",
            evidence=promised.evidence,
        )
    judgement = _judge(delivered.readings, _readings(promised))
    if judgement == "holds" and not passing:
        return None
    difference = _span(delivered.readings) - _span(_readings(promised))
    exact = difference.exact and len(_readings(promised)) == 1 and len(delivered.readings) == 1
    return Check(
        rule=PROMISED_DELIVERED,
        severity=Severity.WARNING,
        passed=judgement == "holds",
        subject=subject,
        message=_text(figure, promised, delivered, judgement, difference) + delivered.reading,
        expected=f"{_label(_readings(promised))} as promised",
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
            added, stated = besides[0], _readings(state)
            less = tuple((low - added.count, None if high is None else high - added.count) for low, high in stated)
            reading = f", in the exchange proper ({_label(stated)} less {added.label} in addition)"
            return Delivered(less, state.evidence, reading=reading)
        return Delivered(_readings(state), state.evidence)
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
        share = _span(side.readings)
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


def _judge(delivered: Sequence[Interval], promised: Sequence[Interval]) -> str:
    """'holds' when every delivered value keeps every reading of the promise, 'fails' when none keeps any."""
    if all(_within(got, reading) for got in delivered for reading in promised):
        return "holds"
    if not any(_meets(got, reading) for got in delivered for reading in promised):
        return "fails"
    return "depends"


def _within(inner: Interval, outer: Interval) -> bool:
    low, high = inner
    return low >= outer[0] and (outer[1] is None or (high is not None and high <= outer[1]))


def _meets(first: Interval, second: Interval) -> bool:
    return (first[1] is None or first[1] >= second[0]) and (second[1] is None or second[1] >= first[0])


def _text(figure: str, promised: FigureState, delivered: Delivered, judgement: str, difference: Span) -> str:
    name, readings = _name(figure), _readings(promised)
    single = len(readings) == 1 and readings[0][0] == readings[0][1] and not delivered.over_stages
    if single and difference.exact and len(delivered.readings) == 1:
        return _exact_text(name, readings[0][0], delivered.readings[0][0])
    so_far = " over the stages so far" if delivered.over_stages else ""
    said = f"{delivered.label} {name} delivered{so_far} against {_label(readings)} promised"
    if judgement == "holds":
        return f"{said}: as promised"
    if judgement == "depends":
        return f"{said}: as promised for some of the values only"
    if difference.high is not None and difference.high < 0:
        return f"{said}: short by {_magnitude(difference, -1)}"
    return f"{said}: {_magnitude(difference, 1)} more"


def _exact_text(name: str, promised: int, delivered: int) -> str:
    if delivered == promised:
        return f"{delivered:,} {name} delivered, as promised"
    if delivered < promised:
        return f"{delivered:,} of the {promised:,} {name} promised: short by {promised - delivered:,}"
    return f"{delivered:,} {name} delivered against {promised:,} promised: {delivered - promised:,} more"


def _magnitude(difference: Span, sign: int) -> str:
    """'20 to 24' or '1,046 or more': how far short (sign -1) or over (sign 1) the delivery is."""
    ends = [None if end is None else end * sign for end in (difference.low, difference.high)]
    known = sorted(end for end in ends if end is not None)
    if None in ends:
        return f"{known[0]:,} or more"
    return f"{known[0]:,}" if known[0] == known[-1] else f"{known[0]:,} to {known[-1]:,}"


def _readings(state: FigureState) -> tuple[Interval, ...]:
    if state.ranged:
        return (state.interval,)
    return tuple((value, value) for value in state.possible)


def _span(readings: Sequence[Interval]) -> Span:
    highs = [high for _, high in readings]
    return Span(min(low for low, _ in readings), None if None in highs else max(h for h in highs if h is not None))


def _label(readings: Sequence[Interval]) -> str:
    """'500 or 640', '28\u201332', '1,200 or more'."""
    return " or ".join(range_label(low, high) for low, high in readings)


def _name(figure: str) -> str:
    return figure.partition(":")[2].replace("_", " ") if ":" in figure else figure


def _planned(view: View) -> list[ClaimState]:
    return [s for s in view.aside() if s.claim.planned and view.in_unit(s)]


def _keys(view: View, state: ClaimState) -> list[BucketKey]:
    direction, stage = state.claim.direction, state.claim.stage
    if direction.kind == "each_side":
        return [(stage, f"to {party}") for party in view.parties]
    return [(stage, direction.label)]
