"""Years and ages: numbers a statement writes that count no people, however like a count they look."""

from __future__ import annotations

import re

from adapters.extract.cues import people_after
from adapters.extract.lexicon import MONTH_NAMES
from adapters.extract.numbers import Mention

_AGE_BEFORE = re.compile(
    r"\b(?:aged|age\s+of|ages\s+of|aged\s+between|aged\s+from)\s+$|\baged\s+\d+\s*(?:to|and|-|\u2013)\s*$"
)
_AGE_AFTER = re.compile(r"\s*(?:-|\s)years?(?:-|\s)old\b", re.I)
_AGE_OF_PEOPLE = re.compile(
    r"\b(?:[a-z]+(?:s|men)|people|those|children)\s+(?:aged\s+)?(?:under|over|below|above|(?:younger|older)\s+than)\s+$"
)
"""'servicemen under 25', 'defenders over 60': a number after the people it qualifies gives their age."""
_TIME_BEFORE = re.compile(
    rf"\b(?:in|since|of|from|until|till|by|before|after|during|year|{MONTH_NAMES})\s*,?\s*$|[-\u2013/]\s*$", re.I
)
"""Words right before a year: 'in 2022', 'May 2022', '2014-2022'."""


def year_or_age(text: str, mention: Mention) -> str | None:
    """Why the number is a year or an age rather than a count, or None when it is neither."""
    before = text[max(0, mention.start - 30) : mention.start]
    if _a_year(text, mention, before):
        return "a year"
    of_people = (mention.value or 0) < 100 and _AGE_OF_PEOPLE.search(before) is not None
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(text, mention.end) or of_people:
        return "an age"
    return None


def _a_year(text: str, mention: Mention, before: str) -> bool:
    """Four digits from 1900 to 2099, but not '2005 Ukrainians have come back': a number the people it counts
    follow at once is a count, unless a word of time comes before it ('in 2022 Ukrainians ...', 'May 2022')."""
    if mention.form != "digits" or len(mention.quote) != 4 or not 1900 <= (mention.value or 0) < 2100:
        return False
    people = people_after(text, mention.end)
    return people is None or not people.plain or _TIME_BEFORE.search(before) is not None
