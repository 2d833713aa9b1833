"""The progress chart of one direction: stages stacked along a bar against the agreed target, as SVG geometry."""

from __future__ import annotations

from dataclasses import dataclass

from domain.report import ProgressLine

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


def progress_chart(line: ProgressLine) -> Chart:
    """The chart of one party's receipts: the scale is the target, or what was received when that is larger."""
    known = {stage: total for stage, total in sorted(line.stage_totals.items()) if total}
    scale = max(line.target or 0, line.accepted, 1)
    segments, x = [], 0.0
    for index, (stage, total) in enumerate(known.items()):
        width = WIDTH * total / scale
        segments.append(Segment(f"Stage {stage}", x, width, total, index % 2))
        x += width
    target_x = WIDTH * line.target / scale if line.target else None
    rest = line.remaining or 0
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
        over_x=(target_x or x) if line.over else x,
        over_width=over_width,
        summary=_summary(line),
    )


def _summary(line: ProgressLine) -> str:
    """The chart in one sentence, for screen readers and for print."""
    received = f"{line.party} has received {line.accepted:,}"
    if line.target is None:
        return f"{received}; no number was agreed."
    text = f"{received} of {line.target:,} agreed"
    if line.over:
        return f"{text}, {line.over:,} over the target."
    if line.remaining:
        return f"{text}; {line.remaining:,} remain."
    return f"{text}; the target is reached."
