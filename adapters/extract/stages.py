"""Several stages in one statement: the figures of a sentence naming an earlier day of the same exchange are that
day's stage, not a recap to set aside ('On 25 June 90 came home ... Then on 28 June 10 more'); and the stage a
statement names ('the first stage')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from adapters.extract.headcount import Headcount
from adapters.extract.layout import Layout
from adapters.extract.lexicon import ANOTHER_EXCHANGE, EXCHANGE_NOUNS, MONTH_NAMES, STAGE_NOUNS
from adapters.extract.numbers import Mention, ordinal_value
from adapters.extract.reading import ORDINAL_OF_EXCHANGE, Reading

EARLIER_STAGE_DAYS = 4
"""How many days before the stage's day a day named with figures is still a stage of the same exchange: the
exchanges reported in stages ran over three or four days ('1,000 for 1,000', 23 to 25 May 2025); a day further
back is an earlier exchange's, and its figures stay a recap."""
_NOT_HEADCOUNTS = (None, "stage", "terms")


@dataclass
class EarlierStage:
    """A stage of the same exchange on an earlier day than the statement's own: its day and its figures."""

    day: Mention
    readings: list[Reading] = field(default_factory=list)
    counts: list[Headcount] = field(default_factory=list)
    stage: int | None = None
    """The stage's number, when its own sentence names it ('В первой волне 23 мая')."""


def earlier_stages(
    readings: list[Reading], dates: list[Mention], day: Mention | None, layout: Layout, text: str
) -> tuple[list[Reading], list[EarlierStage]]:
    """The readings of the statement's own stage, and each earlier stage (in the order of its day) with the
    readings whose own clause that day dates; none when the statement's day is not known, or when the statement
    names its own stage ('the second stage took place'), whose earlier days are other stages, told as a recap."""
    if day is None or day.when is None or any(reading.key == "stage" for reading in readings):
        return readings, []
    kept: list[Reading] = []
    earlier: dict[object, EarlierStage] = {}
    for reading in readings:
        other = _earlier_day(reading, dates, day, layout, text)
        if other is None:
            kept.append(reading)
        else:
            earlier.setdefault(other.when, EarlierStage(other)).readings.append(reading)
    return kept, sorted(earlier.values(), key=lambda stage: stage.day.start)


def _earlier_day(reading: Reading, dates: list[Mention], day: Mention, layout: Layout, text: str) -> Mention | None:
    if reading.key in _NOT_HEADCOUNTS or day.when is None:
        return None
    start, end = layout.sentence(reading.start)
    named = [(d, d.when) for d in dates if start <= d.start < end and d.when and layout.dates(d.start, reading.start)]
    if not named or any(when == day.when for _, when in named) or ANOTHER_EXCHANGE.search(text, start, end):
        return None
    first, when = named[0]
    return first if 1 <= (day.when - when).days <= EARLIER_STAGE_DAYS else None


_IN_ALL = re.compile(r"\b(?:in\s+all|in\s+total|altogether|all\s+told)\b[^.;:!?]*\Z", re.I)


def running_totals(readings: list[Reading], earlier: list[EarlierStage], layout: Layout, text: str) -> list[Reading]:
    """Beside earlier stages, the statement's total said 'in all' counts every stage so far: its running total."""
    if not earlier:
        return readings
    return [
        replace(reading, key="cumulative")
        if reading.key == "total" and _IN_ALL.search(text[layout.sentence(reading.start)[0] : reading.start])
        else reading
        for reading in readings
    ]


def latest_day(
    readings: list[Reading],
    dates: list[Mention],
    day: Mention | None,
    layout: Layout,
    text: str,
    published: date | None,
) -> Mention | None:
    """The statement's own day: the latest day named with figures within a few days after the lead's `day`, up to the
    publication ('On 25 June 90 came home ... Then on 28 June 10 more' reports 28 June, 25 June an earlier stage)."""
    if day is None or day.when is None:
        return day
    first = day.when
    latest = day
    for reading in readings:
        start, end = layout.sentence(reading.start)
        if reading.key in _NOT_HEADCOUNTS or ANOTHER_EXCHANGE.search(text, start, end):
            continue
        for mention in dates:
            if not start <= mention.start < end or not layout.dates(mention.start, reading.start):
                continue
            when = mention.when
            later = when is not None and latest.when is not None and when > latest.when
            if later and within_days(first, when, published):
                latest = mention
    return latest


def within_days(first: date, when: date | None, published: date | None) -> bool:
    """Whether `when` may be a later stage of an exchange begun on `first`, reported by `published` at the latest."""
    if when is None:
        return False
    return (when - first).days <= EARLIER_STAGE_DAYS and (published is None or when <= published)


_ABOUT_AN_EXCHANGE = re.compile(
    r"\b(?:exchanges?|swaps?|swapped|mediation|returned|came\s+home|came\s+back|freed|released|handed\s+over)\b", re.I
)


_SPAN_BEFORE = re.compile(r"\b(?:since|from|after|before|until|till|by|as\s+of)\s+\Z", re.I)
RECENT_MONTHS = 3
"""How many months before the publication's a month named alone may be the stage's: a statement that dates a
stage by its month recalls a recent one ('the exchange held in May 2025', published in July); further back it is
an earlier exchange's ('in December 2022 it brokered another')."""


def stage_month(
    months: list[Mention], day: Mention | None, layout: Layout, text: str, published: date | None
) -> Mention | None:
    """The month the stage took place, when the text names no day: the first month named with its year in a
    sentence about the exchange ('during the exchange held in May 2025'), neither after the publication nor long
    before it, and not the start or end of a span of time ('since February 2022')."""
    if day is not None:
        return None
    for month in months:
        start, end = layout.sentence(month.start)
        if _SPAN_BEFORE.search(text[max(start, month.start - 20) : month.start]) or not _recent(month, published):
            continue
        if _ABOUT_AN_EXCHANGE.search(text, start, end):
            return month
    return None


def _recent(month: Mention, published: date | None) -> bool:
    if published is None or month.when is None:
        return True
    months_before = (published.year - month.when.year) * 12 + published.month - month.when.month
    return 0 <= months_before <= RECENT_MONTHS


_ORDINAL = r"(?:[a-z]+-)?[a-z]+|\d+(?:st|nd|rd|th)"
_ORDINAL_NOUN = re.compile(
    rf"\b(?P<ord>{_ORDINAL})\s+(?:and\s+(?:final|last)\s+|(?-i:[a-z]+)\s+(?=(?:{EXCHANGE_NOUNS}|mediation)\b))?"
    rf"(?:(?P<stage>{STAGE_NOUNS})|(?P<exchange>{EXCHANGE_NOUNS}|mediation))\b",
    re.I,
)
"""'the first stage', 'the 64th exchange', 'the 11th such swap', 'the 13th successful mediation'."""
_ELIDED = re.compile(
    rf"\bthe\s+(?P<ord>{_ORDINAL})(?=\s+(?:between|since|to|in|this|of(?!\s+(?:them|those|whom|the\s+\d|{MONTH_NAMES}))))"
    rf"|\b(?:{EXCHANGE_NOUNS}|mediation),\s+the\s+(?P<apposed>{_ORDINAL})(?=\s*[,;.)])",
    re.I,
)
"""'the 69th between the two countries', 'the 65th since the conflict began', 'this mediation, the sixteenth,': an
ordinal whose noun is left out, in a sentence about an exchange, numbers that exchange."""
_OF_TALKS = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:talks|negotiations|consultations)\b", re.I)
"""'the second round of talks in Istanbul': a round of the negotiations, not a stage of the exchange."""


_UNDER_AN_AGREEMENT = re.compile(r"(?:\s+[\w'-]+){0,4}?\s+agreed\s+(?:at|in|under)\b", re.I)
"""'the eighth large exchange agreed at the Istanbul talks': a stage of one agreement, not the war's eighth exchange."""


def _place_in_the_war(text: str, match: re.Match[str], value: int) -> bool:
    """Whether an exchange's ordinal numbers it among the war's: 'the first swap since the incursion' only describes
    it, and one agreed at talks is a stage of that agreement."""
    return value > 1 and not _UNDER_AN_AGREEMENT.match(text, match.end())


def stage_readings(text: str) -> Iterator[Reading]:
    """'the first stage', 'the third and final part': the stage's number; '64th exchange' left aside, as is an
    ordinal whose noun is left out in a sentence about an exchange ('the 69th between the two countries')."""
    for match, value in _ordinal_nouns(text):
        if _OF_TALKS.match(text, match.end()):
            continue
        if match["stage"]:
            yield Reading(match.start(), match.end(), match[0], "stage", value, confidence=0.95)
        elif _place_in_the_war(text, match, value):
            yield Reading(match.start("ord"), match.end("ord"), match["ord"], None, reason=ORDINAL_OF_EXCHANGE)
    for match in _ELIDED.finditer(text):
        group = "ord" if match["ord"] else "apposed"
        if _ordinal(match[group]) is not None and _ABOUT_AN_EXCHANGE.search(
            text, max(0, match.start() - 200), match.end()
        ):
            yield Reading(match.start(group), match.end(group), match[group], None, reason=ORDINAL_OF_EXCHANGE)


def _ordinal_nouns(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """Each ordinal with its noun and value; where the word taken for the ordinal is none ('the' in 'the seventh
    exchange'), the search starts again at the next word, so that the ordinal after it is found."""
    position = 0
    while (match := _ORDINAL_NOUN.search(text, position)) is not None:
        value = _ordinal(match["ord"])
        position = match.end() if value is not None else match.start() + 1
        if value is not None:
            yield match, value


def _ordinal(word: str) -> int | None:
    """An ordinal's value, when it could number an exchange or a stage (1 to 99)."""
    value = int(word[:-2]) if word[:-2].isdigit() else ordinal_value(word.lower())
    return value if value is not None and 0 < value < 100 else None
