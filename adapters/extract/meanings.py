"""What each proposed figure means, in words, and the figure as the extraction proposes it."""

from __future__ import annotations

from adapters.extract.headcount import Headcount
from adapters.extract.model import Proposed

_MEANINGS = {
    "total": "everyone returned {direction} in this stage",
    "cumulative": "the running total returned {direction}, every stage so far",
    "service:military": "servicemen among those returned {direction}",
    "service:civilian": "civilians among those returned {direction}",
    "sex:men": "men among those returned {direction}",
    "sex:women": "women among those returned {direction}",
}


def proposed(count: Headcount) -> Proposed:
    """A headcount as a proposed figure, with what it means in words."""
    reading = count.reading
    direction = count.direction or "(to whom not stated)"
    template = _MEANINGS.get(count.key, _named(count.key))
    if reading.bound is not None:
        template = f"{reading.bound}: " + template
    if reading.planned:
        template = "expected, not yet delivered: " + template
    if reading.in_addition:
        template = "in addition to the total: " + template
    if count.within is not None:
        template = f"drawn from the {count.within.partition(':')[2].replace('_', ' ')}: " + template
    return Proposed(
        figure=count.key,
        value=count.value,
        meaning=template.format(direction=direction) + count.note,
        direction=count.direction or "unknown",
        start=reading.start,
        end=reading.end,
        quote=reading.quote,
        confidence=round(max(0.0, min(1.0, count.confidence)), 2),
        bound=reading.bound,
        planned=reading.planned,
        in_addition=reading.in_addition,
        within=count.within,
    )


def _named(key: str) -> str:
    kind, _, name = key.partition(":")
    words = name.replace("_", " ")
    if kind == "branch":
        return f"{words} among the servicemen returned {{direction}}"
    return f"{words}, singled out among those returned {{direction}}"
