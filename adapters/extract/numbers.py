"""Every number a statement writes, where it is and what it is worth: digits, number words, dates, times."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache

from number_parser import parse_number, parse_ordinal
from number_parser.parser import LanguageData

from adapters.extract.lexicon import MONTH_NAMES, month_number

LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Mention:
    """A number as written: its span, its value (None when it is not a count) and what kind of writing it is."""

    start: int
    end: int
    quote: str
    value: int | None
    form: str
    """'digits', 'words', 'ordinal', 'date', 'month' (a month and year without a day: 'in May 2025'), or a form that
    is never a count: 'time', 'decimal', 'phone'."""
    when: date | None = None
    """The day; for a month, its first day."""
    month_day: tuple[int, int] | None = None
    """For a date written without its year ('on 24 May'): its month and day, to complete from the publication."""


_SEPARATED_THOUSANDS = r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009])\d{3})+"
DIGITS = re.compile(rf"(?<![\w.,/:])(?:{_SEPARATED_THOUSANDS}|\d+)(?![\w%]|[.,:/]\d)")
_MONTH = rf"(?P<month>{MONTH_NAMES})"
_DATES = (
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?(?!\w)"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?"),
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>(?:1|2)\d{{3}})\b")
"""'May 2025': a month named with its year and no day."""
_NEVER_COUNTS = (
    (
        "phone",
        re.compile(r"(?i)\b(?:hotline|phone|call|tel\.)(?:\s+(?:number|at|on))*[:\s]+(?P<n>\+?\d[\d \-()]{6,}\d)"),
    ),
    ("time", re.compile(r"\b\d{1,2}:\d{2}\b")),
    ("decimal", re.compile(r"\b\d+\.\d+(?:\s?%|[KkMm]\b)?|\b\d+\s?%|\b\d+\s?per\s?cent\b")),
    ("ordinal", re.compile(r"\b\d+(?:st|nd|rd|th)\b")),
)


@cache
def number_words() -> re.Pattern[str]:
    """A run of number words ('two hundred and seventy', 'Eighty-four'), from number-parser's own vocabulary."""
    vocabulary = sorted(LanguageData(LANGUAGE).all_numbers, key=len, reverse=True)
    word = rf"(?:{'|'.join(vocabulary)})"
    return re.compile(rf"(?i)\b{word}(?:(?:\s+and\s+|\s*-\s*|\s+){word})*\b")


@lru_cache(maxsize=4096)
def word_value(words: str) -> int | None:
    """The value of number words, or None when they do not make one number ('one two')."""
    value = parse_number(words, LANGUAGE)
    return value if isinstance(value, int) else None


@lru_cache(maxsize=4096)
def ordinal_value(word: str) -> int | None:
    """The value of an ordinal word ('third', 'twenty-first'), or None when it is not one."""
    value = parse_ordinal(word, LANGUAGE)
    return value if isinstance(value, int) and word_value(word) is None else None


def forget() -> None:
    """Forget the values of words read so far (number-parser is asked again), as on a fresh start."""
    word_value.cache_clear()
    ordinal_value.cache_clear()


def mentions(text: str) -> list[Mention]:
    """Every number in `text`, in order; a date or time is one mention, never three numbers."""
    taken: list[Mention] = []
    covered = bytearray(len(text))
    for found in (_dates(text), _never_counts(text), _digits(text), _words(text)):
        for mention in found:
            if not any(covered[mention.start : mention.end]):
                covered[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
                taken.append(mention)
    return sorted(taken, key=lambda mention: mention.start)


def _dates(text: str) -> list[Mention]:
    found = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            when = _date_of(match)
            month_day = None if when else _month_day(match)
            found.append(Mention(match.start(), match.end(), match[0], None, "date", when, month_day))
    for match in _MONTH_YEAR.finditer(text):  # after the days, so that '24 May 2025' stays one day
        when = date(int(match["year"]), month_number(match["month"]), 1)
        found.append(Mention(match.start(), match.end(), match[0], None, "month", when))
    return found


def _date_of(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    if not groups.get("year"):
        return None
    month = month_number(groups["month"]) if groups.get("month") else int(groups["mon"])
    try:
        return date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


def _month_day(match: re.Match[str]) -> tuple[int, int] | None:
    groups = match.groupdict()
    month = month_number(groups["month"]) if groups.get("month") else int(groups["mon"])
    return (month, int(groups["day"])) if 1 <= int(groups["day"]) <= 31 else None


def completed(mention: Mention, published: date | None) -> Mention:
    """A date written without its year, given the year of the publication: the year before for a day later in the
    year, unless that day is within the month after the publication (a day announced ahead, 'on June 7')."""
    if mention.when is not None or mention.month_day is None or published is None:
        return mention
    month, day = mention.month_day
    try:
        when = date(published.year, month, day)
        if when > published and (when - published).days > _AHEAD_DAYS:
            when = date(published.year - 1, month, day)
    except ValueError:
        return mention
    return replace(mention, when=when)


_AHEAD_DAYS = 31


def _never_counts(text: str) -> list[Mention]:
    found = []
    for form, pattern in _NEVER_COUNTS:
        for match in pattern.finditer(text):
            group = "n" if "n" in pattern.groupindex else 0
            found.append(Mention(match.start(group), match.end(group), match[group], None, form))
    return found


def _digits(text: str) -> list[Mention]:
    return [
        Mention(match.start(), match.end(), match[0], int(re.sub(r"\D", "", match[0])), "digits")
        for match in DIGITS.finditer(text)
    ]


def _words(text: str) -> list[Mention]:
    found = []
    for match in number_words().finditer(text):
        value = word_value(match[0])
        if value is not None:
            found.append(Mention(match.start(), match.end(), match[0], value, "words"))
            continue
        for single in re.finditer(r"[A-Za-z]+", match[0]):
            value = word_value(single[0])
            if value is not None:
                start = match.start() + single.start()
                found.append(Mention(start, start + len(single[0]), single[0], value, "words"))
    return found
