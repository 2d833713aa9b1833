"""Sentences set at another time than the statement's own: 'In January the largest exchange so far took place',
'At the end of March, Ukraine also handed over five', 'last Monday the sides said': their figures recall an
earlier exchange. Clauses that count over the whole war ('since the invasion began') tell of no one exchange."""

from __future__ import annotations

import re
from datetime import date

from adapters.extract.lexicon import MONTH_NAMES, month_number

_IN_A_MONTH = re.compile(
    rf"\b(?:in|at\s+the\s+(?:end|start|beginning|turn)\s+of|(?:in\s+)?(?:early|mid|late)[-\s])\s*"
    rf"(?P<month>{MONTH_NAMES})(?:\s+(?P<year>(?:19|20)\d\d))?(?!\s*\d)",
    re.I,
)
"""A month named without its day, as the time of what the sentence tells: 'In January', 'in December 2022'."""
_LAST = re.compile(
    r"\blast\s+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:a|one|two|three)\s+weeks?\s+ago\b|\bearlier\s+this\s+(?:week|month|year)\b",
    re.I,
)


def of_another_time(words: str, published: date | None) -> bool:
    """Whether `words`, a sentence up to a figure, set it before the statement: 'last Monday', or a month before the
    month of publication (known only with --published)."""
    if _LAST.search(words):
        return True
    if published is None:
        return False
    for match in _IN_A_MONTH.finditer(words):
        year = int(match["year"]) if match["year"] else published.year
        if (year, month_number(match["month"])) < (published.year, published.month):
            return True
    return False


_WHOLE_WAR = re.compile(
    # 'since the war', 'from the start of the full-scale invasion', 'since Russia's invasion began', 'over the
    # whole of Moscow's war': a few words, never a count, before the war; not 'prisoners of war'
    r"\b(?:since|from|during|throughout|over)\s+(?:[A-Za-z'-]+\s+){0,5}?(?<!prisoners\sof\s)(?<!prisoner\sof\s)"
    r"(?:war|invasion)\b"
    r"|\bsince\s+(?:February\s+)?(?:19|20)\d\d\b"
    rf"|\bas\s+of\b|\bby\s+(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})\b"
    # people counted through, in or over exchanges, not one: 'through such exchanges', 'in 50 swaps', 'through these
    # mediations'; never 'one of the largest exchanges', which names this one
    r"|\b(?:through|via|in|over|across|during)\s+(?:(?:all|such|these|those|the|its|their|previous|earlier|past"
    r"|prisoner|\d+)\s+){0,3}(?:exchanges|swaps|mediations)\b"
    r"|\b(?:has|have)\s+now\b|\b(?:are|is)\s+already\s+(?:home|back)\b"  # '3310 are already home': a tally to date
    # a tally over the year, in the perfect: '1,358 have been returned this year'; not 'on 24 May this year'
    r"|\b(?:has|have)\s+(?:been\s+)?[a-z]+\b[^.]*\bthis\s+year\b"
    # a tally of a mediator's work, over every swap it helped: 'now stood at 1,788', 'have been exchanged through its
    # mediation'
    r"|\bnow\s+(?:stands?|stood)\s+at\b|\b(?:has|have)\s+been\s+\w+\s+(?:through|thanks\s+to|with)\s+(?:its|their)\s+"
    r"(?:mediation|help)\b",
    re.I,
)
_ORDINAL_OF_SWAP = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th))\s+(?:[a-z]+\s+){0,2}?(?:exchange|swap)s?\s+$", re.I
)
"""'in the 56th prisoner exchange since the start of the invasion': the count of the war is the ordinal's."""


def over_the_war(part: str) -> bool:
    """Whether a clause counts over the whole war, not where its 'since the war' dates an exchange's ordinal."""
    return any(not _ORDINAL_OF_SWAP.search(part, 0, found.start()) for found in _WHOLE_WAR.finditer(part))


_STAGED = re.compile(
    r"\b(?:stages?|phases?|batch(?:es)?|waves?)\b|\b(?:two|three|four|five|\d)\s+days\b"
    r"|\b(?:first|second|third|fourth|final|last)\s+(?:day|part|round)\b(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?talks)",
    re.I,
)


def speaks_of_stages(text: str) -> bool:
    """Whether a statement tells of an exchange carried out over stages or days: only then is a count 'so far' the
    running total of this exchange; elsewhere it is everyone exchanged over the war ('the two sides have so far
    exchanged 4,181 prisoners')."""
    return _STAGED.search(text) is not None
