"""The terms of an exchange as a statement writes them: '1,000 for 1,000', '84-for-84', 'all for all', and the
look-alikes that are not the exchange's terms (a manner, the bodies of the dead, one group, terms only called for)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from adapters.extract.cues import EACH_SIDE, Cue, People
from adapters.extract.layout import Layout
from adapters.extract.lexicon import PEOPLE
from adapters.extract.numbers import Mention
from adapters.extract.reading import Reading
from adapters.extract.tense import expected

_NOUNS = [(key, re.compile(rf"\b(?:{noun})\b", re.I)) for key, noun in PEOPLE if key.startswith(("total", "service:"))]
"""The nouns that count everyone or one service, as the team's lexicon names them: 'prisoners of war' first."""

_TERMS_BETWEEN = re.compile(r"(?:\s+|\s*-\s*)(?:for|on)(?:\s+|\s*-\s*)", re.I)
_SWAPPED = re.compile(r"\b(?:swapped|exchanged|traded|handed\s+over)\s+$", re.I)
_MANNER = re.compile(r"[\"\u201d\u2019']?\s*(?:basis|principle|ratio)\b", re.I)
_FORMULA_BEFORE = re.compile(r"\b(?:formula|basis|principle)\s+(?:of\s+)?[\"\u201c\u2018']?$", re.I)
"""'on a 95-on-95 basis', 'under the formula 84 for 84': the way a swap was done."""
_A_SWAP = re.compile(r"\ban?\s+$", re.I)
_SWAP_AFTER = re.compile(r"[\"\u201d\u2019']?\s*(?:prisoner\s+)?(?:swap|exchange)\b", re.I)
"""'a 103-for-103 swap': one swap done that way, where 'the 84-for-84 exchange' names an exchange by its terms."""
_AGREEMENT = re.compile(r"\bagree\w*|\bdeal\b|\baccord\b|\bterms\b|\bpropos\w*|\bprepar\w*", re.I)
_FOR_BODIES = re.compile(r"[\"\u201d\u2019']?\s*(?:for|of)\s+(?:the\s+)?(?:bodies|remains|fallen|dead)\b", re.I)
_BODIES_BEFORE = re.compile(r"\b(?:bodies|remains)\b[^.;:\d]*$", re.I)
_FOR_A_GROUP = re.compile(
    r"[\"\u201d\u2019']?\s*for\s+(?:the\s+)?(?:severely|seriously|badly|gravely|young|wounded|sick|ill|children)\b",
    re.I,
)
_CALLED_FOR = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|propos(?:e|es|ed|ing))\b", re.I
)
_ALL_FOR_ALL = re.compile(r"\ball[\s-]+for[\s-]+all\b", re.I)


def terms_readings(text: str, found: list[Mention], layout: Layout) -> Iterator[Reading]:
    """'1,000 for 1,000', '84-for-84', 'agreed to exchange 1,000 prisoners each', 'all for all': the terms; a
    formula that says how a swap was done ('swapped on a 95-on-95 basis') is each side's count."""
    counts = [mention for mention in found if mention.value is not None]
    for first, second in pairwise(counts):
        if _TERMS_BETWEEN.fullmatch(text, first.end, second.start):
            quote = text[first.start : second.end]
            manner = _MANNER.match(text, second.end) or _FORMULA_BEFORE.search(text, first.start - 30, first.start)
            one_swap = _A_SWAP.search(text, first.start - 4, first.start) and _SWAP_AFTER.match(text, second.end)
            swapped = _SWAPPED.search(text, max(0, first.start - 20), first.start)
            if first.value == second.value and (manner or one_swap or swapped) and _done(text, first, second, layout):
                yield _each_side(text, first, second, layout)
            elif manner:
                yield Reading(first.start, second.end, quote, None, reason="the manner of an exchange, not its terms")
            elif _FOR_BODIES.match(text, second.end) or _BODIES_BEFORE.search(
                text, max(0, first.start - 40), first.start
            ):
                yield Reading(first.start, second.end, quote, None, reason="terms for the bodies of the dead")
            elif first.value == second.value:
                yield Reading(first.start, second.end, quote, "terms", first.value, confidence=0.95, mention=first)
            else:
                reason = "terms of two numbers: which party is promised which is not stated; write the terms by hand"
                yield Reading(first.start, second.end, quote, None, reason=reason, mention=first)
    for match in _ALL_FOR_ALL.finditer(text):
        if _CALLED_FOR.search(text, max(0, match.start() - 60), match.start()):
            yield Reading(match.start(), match.end(), match[0], None, reason="terms called for, not agreed")
        elif _FOR_A_GROUP.match(text, match.end()):
            yield Reading(match.start(), match.end(), match[0], None, reason="terms for one group, not the exchange's")
        else:
            yield Reading(match.start(), match.end(), match[0], "terms", "all", confidence=0.9)


def _done(text: str, first: Mention, second: Mention, layout: Layout) -> bool:
    """Whether 'N for N' says how a swap was done, not what was agreed or is to come: a count of people (not 'one for
    one'), in a sentence that speaks of no agreement and a clause of nothing to come."""
    start, end = layout.sentence(first.start)
    agreed = _AGREEMENT.search(text[start : first.start] + text[second.end : end])
    clause = text[slice(*layout.clause(first.start))]
    return (first.value or 0) > 1 and agreed is None and not expected(text, layout, second.end, clause)


def _each_side(text: str, first: Mention, second: Mention, layout: Layout) -> Reading:
    """Each side's count from a formula, counting whom the sentence's first noun of people names."""
    start, end = layout.sentence(first.start)
    nouns = [(found.start(), key) for key, noun in _NOUNS if (found := noun.search(text, start, end)) is not None]
    key = min(nouns)[1] if nouns else "total"
    people = People(key, first.start, second.end, None, plain=False)
    return Reading(first.start, second.end, text[first.start : second.end], key, first.value, "", 0.85, people, first)


def formula_cues(readings: list[Reading]) -> list[Cue]:
    """Each side, for the counts read from a formula: '95-on-95' gives each side's count, not one side's."""
    return [
        Cue(r.start, r.end, EACH_SIDE)
        for r in readings
        if r.key not in (None, "terms", "stage") and _TERMS_BETWEEN.search(r.quote) is not None
    ]
