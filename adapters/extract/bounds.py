"""Counts that are not exact: the words before a number that make it approximate or a bound, and its planned kin."""

from __future__ import annotations

import re

from adapters.extract.model import Bound, Relation

# Each phrase, the relation it states and what it adds to the number written: 'more than 500' is at least 501.
_PHRASES: tuple[tuple[str, Relation, int], ...] = (
    (r"about|around|nearly|almost|approximately|roughly|some|close\s+to|an\s+estimated|probably", "about", 0),
    (r"more\s+than|over|upwards\s+of|in\s+excess\s+of", "at least", 1),
    (r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than", "at least", 0),
    (r"up\s+to|at\s+most|no\s+more\s+than", "at most", 0),
    (r"fewer\s+than|less\s+than|under", "at most", -1),
    # Ukrainian and Russian: 'близько 200', 'понад 200', 'более 200', 'до 250' is too often a date to be read here.
    (r"близько|приблизно|майже|около|почти|примерно|порядка", "about", 0),
    (r"понад|більше|більш\s+ніж|свыше|более|больше", "at least", 1),
    (r"щонайменше|принаймні|не\s+менше|не\s+менее|по\s+меньшей\s+мере", "at least", 0),
)
_BEFORE = re.compile(
    "|".join(
        rf"(?P<p{index}>(?<![\w-])(?:{words})\s+(?:of\s+)?(?:an?\s+)?$)" for index, (words, _, _) in enumerate(_PHRASES)
    ),
    re.I,
)
"""'more than 500', 'more than a hundred': the article of a number said in words belongs to the bound."""
_NOT_A_BOUND = re.compile(r"(?:handed|taken|hand|carried|turned|brought)\s+over\s+$", re.I)


def bound_before(text: str, start: int, value: int) -> Bound | None:
    """The bound the words right before a number give it ('some 213', 'more than 1,000'), or None when exact."""
    window = text[max(0, start - 30) : start]
    match = _BEFORE.search(window)
    if match is None or _NOT_A_BOUND.search(window):
        return None
    index = next(int(name[1:]) for name, found in match.groupdict().items() if found)
    _, relation, shift = _PHRASES[index]
    return Bound(relation=relation, value=max(0, value + shift))


_SHARED = re.compile(
    "|".join(
        rf"(?P<p{index}>(?<![\w-])(?:{words})\s+(?:of\s+)?\d[\d,]*\s+(?:[A-Za-z]+\s+){{1,3}}and\s+$)"
        for index, (words, _, _) in enumerate(_PHRASES[:5])
    ),
    re.I,
)


def bound_shared(text: str, start: int, value: int) -> Bound | None:
    """'around 120 civilians and 270 military personnel': the word before the first count bounds the second too."""
    match = _SHARED.search(text, max(0, start - 70), start)
    if match is None:
        return None
    index = next(int(name[1:]) for name, found in match.groupdict().items() if found)
    _, relation, shift = _PHRASES[index]
    return Bound(relation=relation, value=max(0, value + shift))
