"""The terms of an exchange as a statement writes them: '1,000 for 1,000', '84-for-84', 'all for all', and the
look-alikes that are not the exchange's terms (a manner, the bodies of the dead, one group, terms only called for)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from adapters.extract.cues import People
from adapters.extract.numbers import Mention
from adapters.extract.reading import Reading

_TERMS_BETWEEN = re.compile(r"(?:\s+|\s*-\s*)for(?:\s+|\s*-\s*)", re.I)
_SWAPPED = re.compile(r"\b(?:swapped|exchanged|traded|handed\s+over)\s+$", re.I)
_MANNER = re.compile(r"[\"\u201d\u2019']?\s*(?:basis|principle|ratio)\b", re.I)
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


def terms_readings(text: str, found: list[Mention]) -> Iterator[Reading]:
    """'1,000 for 1,000', '84-for-84', 'agreed to exchange 1,000 prisoners each', 'all for all': the terms."""
    counts = [mention for mention in found if mention.value is not None]
    for first, second in pairwise(counts):
        if _TERMS_BETWEEN.fullmatch(text, first.end, second.start):
            quote = text[first.start : second.end]
            if _MANNER.match(text, second.end):
                yield Reading(first.start, second.end, quote, None, reason="the manner of an exchange, not its terms")
            elif _FOR_BODIES.match(text, second.end) or _BODIES_BEFORE.search(
                text, max(0, first.start - 40), first.start
            ):
                yield Reading(first.start, second.end, quote, None, reason="terms for the bodies of the dead")
            elif _SWAPPED.search(text, max(0, first.start - 20), first.start) and first.value == second.value:
                people = People("total", first.start, first.end, None, plain=False)
                yield Reading(first.start, first.end, first.quote, "total", first.value, "", 0.85, people, first)
                reason = "the other side of the same swap"
                yield Reading(second.start, second.end, second.quote, None, reason=reason, mention=second)
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


def _of_bodies(text: str, first: Mention, second: Mention) -> bool:
    """'6,000 for 6,000 for the bodies of the fallen', or 'the bodies of the fallen 6,000 for 6,000'."""
    return bool(
        _FOR_BODIES.match(text, second.end) or _BODIES_BEFORE.search(text, max(0, first.start - 40), first.start)
    )
