"""Days a statement names by their relation to its publication: 'today', 'yesterday', 'on Tuesday'."""

from __future__ import annotations

import re
from datetime import date, timedelta

from adapters.extract.numbers import Mention

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = re.compile(
    rf"(?<!\blast\s)(?<!\bnext\s)(?<!\bthis\s)(?<!\bby\s)(?<!\buntil\s)(?<!\bbefore\s)(?<!\bcoming\s)\b(?:(?P<weekday>{'|'.join(WEEKDAYS)})|(?P<today>today|tonight)"
    r"|(?P<yesterday>yesterday))\b(?!'s\s+(?:talks|meeting|call))",
    re.I,
)
"""A weekday or 'today' said on its own: 'last Monday' is another time (other_time.py); 'next Tuesday', 'by Sunday'
and 'this coming Friday' are ahead."""
_SAID = re.compile(
    r"\b(?:said|says|announced|wrote|reported|confirmed|stated|told\s+\w+|spoke(?:\s+to\s+[\w ]{1,30}?)?)"
    r"(?:\s+(?:on\s+\w+|in\s+a\s+statement))?\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)
"""'said on Wednesday', 'announced on Saturday that ...': the day of the words, not the day of the exchange."""


def relative_days(text: str, published: date | None, dates: list[Mention]) -> list[Mention]:
    """Each day named by its relation to the publication, as a date: 'on Tuesday' is the last Tuesday up to the day
    of publication, 'today' that day itself. Nothing without the publication's day, which alone says which week;
    nothing where a date written out follows, which says it better."""
    if published is None:
        return []
    found = []
    for match in _RELATIVE.finditer(text):
        if any(0 <= d.start - match.end() <= 3 for d in dates) or _SAID.search(text, 0, match.start()):
            continue
        when = _day(match, published)
        found.append(Mention(match.start(), match.end(), match[0], None, "date", when, (when.month, when.day)))
    return found


def _day(match: re.Match[str], published: date) -> date:
    if match["today"]:
        return published
    if match["yesterday"]:
        return published - timedelta(days=1)
    back = (published.weekday() - WEEKDAYS.index(match["weekday"].lower())) % 7
    return published - timedelta(days=back)
