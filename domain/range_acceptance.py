"""Accepting a figure some sources give as a range or a bound: claims agree when one value can satisfy them all.

An exact 1,003 and "more than 1,000" agree, and what both allow (1,003) is accepted. Sources of the most reliable
tier that allow no common value are disputed, and the figure is the range of their values, never unknown.
"""

from __future__ import annotations

from collections.abc import Sequence

from domain.acceptance import FigureState, Status
from domain.amounts import range_label
from domain.figures import Amount, Tier, bounds
from domain.findings import Evidence

Interval = tuple[int, int | None]
"""The smallest and largest value (None: no largest)."""
_TIERS = list(Tier)


def interval_of(item: Evidence) -> Interval:
    """The values one claim's figure allows."""
    if isinstance(item.value, int | Amount):
        return bounds(item.value)
    raise TypeError(f"{item.figure} evidence carries a date, not a count")


def common(intervals: Sequence[Interval]) -> Interval | None:
    """The values every interval allows, or None when they allow none in common."""
    low = max(low for low, _ in intervals)
    highs = [high for _, high in intervals if high is not None]
    high = min(highs) if highs else None
    return None if high is not None and low > high else (low, high)


def hull(intervals: Sequence[Interval]) -> Interval:
    """The smallest range holding every interval: the range of values disputed sources give."""
    highs = [high for _, high in intervals]
    return min(low for low, _ in intervals), None if None in highs else max(h for h in highs if h is not None)


def accept_ranges(key: str, evidence: tuple[Evidence, ...]) -> FigureState:
    """Accept what every source allows, else what the most reliable tier allows, else the range it disputes."""
    every = [interval_of(item) for item in evidence]
    shared = common(every)
    if shared is not None:
        names = len({item.source for item in evidence})
        reason = "one source" if names == 1 else f"{names} sources agree; accepted what all of them allow"
        return _accepted(key, shared, "agreed", reason, evidence)
    best = min(item.tier.rank for item in evidence)
    top = [interval_of(item) for item in evidence if item.tier.rank == best]
    tier = _TIERS[best].label
    shared = common(top)
    if shared is not None:
        return _accepted(key, shared, "resolved", f"sources differ; accepted what the {tier} sources allow", evidence)
    low, high = hull(top)
    reason = f"{tier} sources differ ({range_label(low, high)}); disputed"
    if all(isinstance(item.value, int) for item in evidence if item.tier.rank == best):
        # Exact values in dispute keep their discrete reading: one of them is right, not any value between.
        choices = tuple(sorted({lo for lo, _ in top}))
        return FigureState(key, None, "disputed", reason, evidence, low, high, choices=choices)
    return FigureState(key, None, "disputed", reason, evidence, low, high, ranged=True)


def _accepted(key: str, shared: Interval, status: Status, reason: str, evidence: tuple[Evidence, ...]) -> FigureState:
    low, high = shared
    if low == high:
        return FigureState(key, low, status, reason, evidence)
    return FigureState(key, None, status, reason, evidence, low, high, ranged=True)
