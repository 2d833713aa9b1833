"""Evidence as a page shows it: grouped by the value each source gave, a few sources named and the rest counted.

A figure of a large exchange can rest on hundreds of claims; listing every one would make the page heavy and the
disagreement hard to see. What the desk needs at a glance is each distinct value and who gave it."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from domain.findings import Evidence

NAMED = 2
"""Sources named per value; the others are counted (every claim is still linked from its own findings)."""


@dataclass(frozen=True)
class ValueGroup:
    """One value some sources gave for a figure: the first few sources, and how many more gave it."""

    shown: str
    named: list[Evidence]
    more: int


def by_value(evidence: list[Evidence], named: int = NAMED) -> list[ValueGroup]:
    """The evidence grouped by value in the order first given, each group naming its first `named` sources."""
    order = {item.shown: index for index, item in reversed(list(enumerate(evidence)))}
    ranked = sorted(evidence, key=lambda item: order[item.shown])
    groups = []
    for shown, members in groupby(ranked, key=lambda item: item.shown):
        items = list(members)
        groups.append(ValueGroup(shown, items[:named], max(len(items) - named, 0)))
    return groups
