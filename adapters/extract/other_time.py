"""Sentences set at another time than the statement's own: 'In January the largest exchange so far took place',
'At the end of March, Ukraine also handed over five', 'last Monday the sides said': their figures recall an
earlier exchange."""

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
