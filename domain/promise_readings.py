"""How a promise and a delivery are read and said: each a few readings, every one an interval of values, judged
against one another ("holds", "fails", "depends") and put in the desk's words ("22 of the 23 severely wounded
promised: short by 1")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from domain.acceptance import FigureState
from domain.amounts import range_label
from domain.citations import StagesCited
from domain.findings import Evidence
from domain.readings import Span

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
        return label_of(self.readings)


def judge(delivered: Sequence[Interval], promised: Sequence[Interval]) -> str:
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


def worded(figure: str, promised: FigureState, delivered: Delivered, judgement: str, difference: Span) -> str:
    """The finding's words: what was promised, what came, and how far apart they are."""
    name, readings = figure_name(figure), readings_of(promised)
    single = len(readings) == 1 and readings[0][0] == readings[0][1] and not delivered.over_stages
    if single and difference.exact and len(delivered.readings) == 1:
        return _exact_text(name, readings[0][0], delivered.readings[0][0])
    so_far = " over the stages so far" if delivered.over_stages else ""
    said = f"{delivered.label} {name} delivered{so_far} against {label_of(readings)} promised"
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


def readings_of(state: FigureState) -> tuple[Interval, ...]:
    """A figure's readings: its range as one, or one per value sources dispute."""
    if state.ranged:
        return (state.interval,)
    return tuple((value, value) for value in state.possible)


def span_of(readings: Sequence[Interval]) -> Span:
    """The least and the most any reading allows."""
    highs = [high for _, high in readings]
    return Span(min(low for low, _ in readings), None if None in highs else max(h for h in highs if h is not None))


def label_of(readings: Sequence[Interval]) -> str:
    """'500 or 640', '28\u201332', '1,200 or more'."""
    return " or ".join(range_label(low, high) for low, high in readings)


def figure_name(figure: str) -> str:
    """A figure's key as the desk says it: 'subset:severely_wounded' is 'severely wounded'."""
    return figure.partition(":")[2].replace("_", " ") if ":" in figure else figure
