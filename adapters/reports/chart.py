"""The progress chart of one direction: stages stacked along a bar against the agreed target, as SVG geometry."""

from __future__ import annotations

from dataclasses import dataclass

from domain.report_values import ProgressLine, StageReport

WIDTH = 600.0
"""The chart's drawing width in SVG units; the SVG scales to its container."""


@dataclass(frozen=True)
class Segment:
    """One stage's share of the bar: where it starts, how wide it is, and what it says."""

    label: str
    x: float
    width: float
    value: int
    shade: int
    """0 or 1: alternate stages alternate shades, so neighbours stay apart without relying on colour alone."""
    high: int | None = None
    """For a disputed stage, the highest value given: the segment is drawn to the lowest, the range beyond it."""
    range_width: float = 0.0
    ranged: bool = False
    """True for a stage whose total was said as a range ('200 to 250', '1,001 or more'): at least `value` is
    certain, drawn solid, and the rest of the range a lighter band; `high` None is a range without a top."""

    @property
    def said(self) -> str:
        """The segment's value in words, as its title and the table say it."""
        if self.ranged and self.high is None:
            return f"{self.value:,} or more"
        if self.high is not None:
            return f"{self.value:,} to {self.high:,}"
        return f"{self.value:,}"


@dataclass(frozen=True)
class Chart:
    """Everything drawn for one direction: stage segments, the target mark, the remaining gap or the overshoot."""

    party: str
    target: int | None
    accepted: int
    remaining: int | None
    over: int
    segments: list[Segment]
    target_x: float | None
    rest_x: float
    rest_width: float
    over_x: float
    over_width: float
    summary: str
    target_high: int | None = None
    """For a target said as a range, its highest value (`target` is its lowest)."""
    remaining_high: int | None = None
    """For a target said as a range, what remains to its highest value (`remaining`: to its lowest)."""
    target_high_x: float | None = None
    rest_band_width: float = 0.0
    """The part of what remains that only the range's highest value needs, drawn lighter after the rest."""

    @property
    def agreed(self) -> str:
        """'1,000', or '1,100\u20131,300' for a target said as a range."""
        return _span(self.target, self.target_high)

    @property
    def to_come(self) -> str:
        """'120', or '120\u2013320' under a target said as a range."""
        return _span(self.remaining, self.remaining_high)


OPEN_END = 0.03
"""The share of the drawing given to the band of a range without a top ('1,001 or more'): enough to be seen."""


def disputed_totals(stages: list[StageReport], party: str) -> dict[int, tuple[int, int]]:
    """Each stage whose total received by `party` is disputed, with the lowest and highest values given."""
    return uncertain_totals(stages, party)[0]


def ranged_totals(stages: list[StageReport], party: str) -> dict[int, tuple[int, int | None]]:
    """Each stage whose total received by `party` was said as a range, with its bounds (None: no top)."""
    return uncertain_totals(stages, party)[1]


def uncertain_totals(
    stages: list[StageReport], party: str
) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int | None]]]:
    """`disputed_totals` and `ranged_totals` in one pass over the stages, which a chart of a long exchange walks
    every time its page is described."""
    disputed, ranged = {}, {}
    for stage, (low, high, said) in _uncertain_totals(stages, party).items():
        if said:
            ranged[stage] = (low, high)
        else:
            disputed[stage] = (low, high if high is not None else low)
    return disputed, ranged


def _uncertain_totals(stages: list[StageReport], party: str) -> dict[int, tuple[int, int | None, bool]]:
    found = {}
    wanted = f"to {party}"
    for stage in stages:
        if stage.stage is None:
            continue
        for direction in stage.directions:
            if direction.direction != wanted:
                continue
            for figure in direction.figures:  # the total comes first in a report: the rest is not read
                if figure.figure == "total":
                    if figure.accepted is None and figure.low is not None:
                        found[stage.stage] = (figure.low, figure.high, figure.ranged)
                    break
    return found


def progress_chart(
    line: ProgressLine,
    disputed: dict[int, tuple[int, int]] | None = None,
    ranged: dict[int, tuple[int, int | None]] | None = None,
) -> Chart:
    """The chart of one party's receipts: the scale is the target, or what was received when that is larger.

    A disputed stage counts nothing towards the target, as the rules count it; it is drawn as the range its
    sources give (hatched to the lowest value, outlined to the highest), after the stages that are settled. A
    stage said as a range is drawn the same way, its lowest value solid and the rest of the range a lighter band."""
    ranges, said = disputed or {}, ranged or {}
    known = {stage: total for stage, total in sorted(line.stage_totals.items()) if total}
    tops = [high for _, high in ranges.values()] + [high if high else low for low, high in said.values()]
    top = _top(line)
    scale = max(line.target or 0, top or 0, line.accepted + sum(tops), 1)
    segments, x = [], 0.0
    for index, (stage, total) in enumerate(known.items()):
        width = WIDTH * total / scale
        segments.append(Segment(f"Stage {stage}", x, width, total, index % 2))
        x += width
    settled = x
    for stage, (low, high) in sorted(ranges.items()):
        width, extra = WIDTH * low / scale, WIDTH * (high - low) / scale
        segments.append(Segment(f"Stage {stage} (disputed)", x, width, low, 2, high, extra))
        x += width + extra
    for stage, (low, top) in sorted(said.items()):
        width = WIDTH * low / scale
        extra = WIDTH * OPEN_END if top is None else WIDTH * (top - low) / scale
        segments.append(Segment(f"Stage {stage} (a range)", x, width, low, 3, top, extra, ranged=True))
        x += width + extra
    x = settled
    target_x = WIDTH * line.target / scale if line.target else None
    rest = line.remaining or 0
    band = max((line.remaining_high or 0) - rest, 0) if top is not None else 0
    over_width = WIDTH * line.over / scale
    return Chart(
        party=line.party,
        target=line.target,
        accepted=line.accepted,
        remaining=line.remaining,
        over=line.over,
        segments=segments,
        target_x=target_x,
        rest_x=x,
        rest_width=WIDTH * rest / scale,
        over_x=(WIDTH * top / scale if top is not None else target_x or x) if line.over else x,
        over_width=over_width,
        target_high=top,
        remaining_high=line.remaining_high if top is not None else None,
        target_high_x=WIDTH * top / scale if top is not None else None,
        rest_band_width=WIDTH * band / scale,
        summary=summary_of(line)
        + "".join(
            f" Stage {stage} is disputed: sources give {low:,} to {high:,}."
            for stage, (low, high) in sorted(ranges.items())
        )
        + "".join(
            f" Stage {stage} was said as a range: " + (f"{low:,} or more." if high is None else f"{low:,} to {high:,}.")
            for stage, (low, high) in sorted(said.items())
        ),
    )


def summary_of(line: ProgressLine) -> str:
    """The chart in one sentence, for screen readers and for print."""
    received = f"{line.party} has received {line.accepted:,}"
    if line.target is None:
        return f"{received}; no number was agreed."
    top = _top(line)
    text = f"{received} of {_said(line.target, top)} agreed"
    if line.over:
        return f"{text}, {line.over:,} over the target."
    if line.remaining or (top is not None and line.remaining_high):
        return f"{text}; {_said(line.remaining or 0, line.remaining_high if top is not None else None)} remain."
    return f"{text}; the target is reached."


def _top(line: ProgressLine) -> int | None:
    """The highest value of a target said as a range; None for any other target."""
    return line.target_high if line.target_kind == "range" else None


def _said(low: int, high: int | None) -> str:
    """'1,000', or '1,100 to 1,300' in a sentence."""
    return f"{low:,}" if high is None or high == low else f"{low:,} to {high:,}"


def _span(low: int | None, high: int | None) -> str:
    """'1,000', or '1,100\u20131,300' in a table's cell."""
    if low is None:
        return ""
    return f"{low:,}" if high is None or high == low else f"{low:,}\u2013{high:,}"
