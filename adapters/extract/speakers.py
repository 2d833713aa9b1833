"""Who speaks a figure, and which of two parties' counts of the same people is the one to propose.

A party counts best the people it gets back: when the side that handed people over gives a different count of them
than the receiving side's own statement (or an outlet's), the handing side's is set aside, so that it never blocks
the receiver's figure ('Moscow says 195 were handed over', 'Kyiv says it brought home 207')."""

from __future__ import annotations

import re

from adapters.extract.cues import Cue
from adapters.extract.headcount import Headcount
from adapters.extract.layout import Layout

_WHOLE = frozenset(("total", "service:military"))
"""The counts of everyone a side got back, which two parties may give differently; parts are left alone."""


_SPEECH = re.compile(r"\b(?:said|says|wrote|writes|announced|reported|stated|account)\b", re.I)


def speaker(count: Headcount, cues: list[Cue], layout: Layout) -> str | None:
    """The party that speaks the figure: whoever speaks nearest before it in its sentence, else first after it
    ('"... were handed over," the Russian Defence Ministry said'); None when that speaker is no party ('while the
    president said 189 had come home') or nobody is said to speak."""
    start, end = layout.sentence(count.reading.start)
    verbs = list(_SPEECH.finditer(layout.text, start, end))
    before = [verb for verb in verbs if verb.end() <= count.reading.start]
    after = [verb for verb in verbs if verb.start() >= count.reading.end]
    verb = before[-1] if before else after[0] if after else None
    if verb is None:
        return None
    party = next((cue for cue in cues if cue.attribution and cue.start <= verb.start() < cue.end), None)
    return party.direction.removeprefix("to ") if party is not None else None


def handed_over_counts(found: list[Headcount], cues: list[Cue], layout: Layout) -> dict[int, str]:
    """The counts (by id) that the handing side gave of people another statement counts differently, with why."""
    aside: dict[int, str] = {}
    whole = [
        c for c in found if c.key in _WHOLE and c.direction and c.direction.startswith("to ") and not c.reading.bound
    ]
    values: dict[str | None, set[int]] = {}
    for count in whole:
        values.setdefault(count.direction, set()).add(count.value)
    whole = [count for count in whole if len(values[count.direction]) > 1]  # one value: nothing to choose between
    spoken = {id(count): speaker(count, cues, layout) for count in whole}
    for count in whole:
        receiver = count.direction.removeprefix("to ") if count.direction else None
        if spoken[id(count)] in (None, receiver):
            continue
        own = [c for c in whole if c.direction == count.direction and spoken[id(c)] in (None, receiver)]
        if own and all(c.value != count.value for c in own):
            aside[id(count)] = (
                f"the count of the side that handed them over; {receiver}'s own count ({own[0].reading.quote}) is kept"
            )
    return aside
