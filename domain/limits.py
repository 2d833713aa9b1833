"""The limits every value an event carries keeps, so that whatever is accepted reads back from storage as written."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints, TypeAdapter

# Every value an event carries must read back from storage as it was written. JSON integers beyond 2**64 come back
# as floats, so counts and numbers have maxima far above any real exchange: a larger figure is a slip of the keys,
# refused at the edge before an event exists, never stored.
MAX_COUNT = 100_000_000
"""The largest headcount: a hundred million people, far beyond any exchange ever agreed."""
MAX_STAGE = 100_000
"""The largest stage number."""
MAX_OFFSET = 1_000_000_000
"""The largest character offset into a statement's text."""
EARLIEST = date(1000, 1, 1)
LATEST = date(9998, 12, 31)
"""Announcements and dates lie between these days, so that turning any of them into UTC stays within the calendar."""


def _storable_text(text: str) -> str:
    # A lone surrogate (from a JSON escape such as \ud800, or undecodable bytes on a command line) has no UTF-8 form:
    # such a text could be accepted but never stored.
    # Most texts are ASCII, which Python knows without looking at a character: only others are encoded to see.
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("the text holds a character with no UTF-8 form (a lone surrogate)") from None
    return text


Count = Annotated[int, Field(ge=0, le=MAX_COUNT, strict=True)]
"""A headcount: a whole number, never negative, at most MAX_COUNT."""

Stage = Annotated[int, Field(ge=1, le=MAX_STAGE, strict=True)]
"""A stage's number, from 1 to MAX_STAGE."""

Text = Annotated[str, AfterValidator(_storable_text)]
"""Free text (a URL, a note, a quotation): anything that has a UTF-8 form."""

Name = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), AfterValidator(_storable_text)
]
"""A non-empty name: a party, a source, a dimension or a part."""

MAX_FINDING_ID = 1_000
FindingId = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_FINDING_ID),
    AfterValidator(_storable_text),
]
"""A finding's id: its rule, stage, direction and figure joined, each of which may hold a name of 200 characters."""


@cache
def _instant() -> TypeAdapter[datetime]:
    # Built on first use: a read that meets no instant written as text (a stored report) never pays for it.
    return TypeAdapter(datetime)


def _moment_from_text(value: object) -> object:
    # Left to the union, text with a time of midnight ("2025-05-24T00:00:00+05:00") would be read as the date alone,
    # losing its time and zone; text longer than a date is always an instant.
    if isinstance(value, str) and len(value.strip()) > len("YYYY-MM-DD"):
        return _instant().validate_python(value.strip())
    return value


def _storable_moment(moment: date | datetime) -> date | datetime:
    day = moment.date() if isinstance(moment, datetime) else moment
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"a date between {EARLIEST} and {LATEST} is expected")
    offset = moment.utcoffset() if isinstance(moment, datetime) else None
    # An offset's days are whole minutes; it has a part of a minute exactly when its seconds or microseconds do
    # (read from its fields, which costs far less than dividing the timedelta).
    if offset is not None and (offset.seconds % 60 or offset.microseconds):
        # JSON keeps a zone's offset in whole minutes; seconds would be dropped and the instant moved.
        raise ValueError("a time zone offset is a whole number of minutes")
    return moment


Moment = Annotated[date | datetime, BeforeValidator(_moment_from_text), AfterValidator(_storable_moment)]
"""When something was announced: a calendar day, or an instant when the source gives the time."""

Day = Annotated[date, AfterValidator(_storable_moment)]
"""A calendar day between EARLIEST and LATEST."""
