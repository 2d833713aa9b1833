"""Value objects: counts, directions, sources, targets and the figures a source announces."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any, Literal, Self, cast

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    model_validator,
)

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

_INSTANT: TypeAdapter[datetime] = TypeAdapter(datetime)


def _moment_from_text(value: object) -> object:
    # Left to the union, text with a time of midnight ("2025-05-24T00:00:00+05:00") would be read as the date alone,
    # losing its time and zone; text longer than a date is always an instant.
    if isinstance(value, str) and len(value.strip()) > len("YYYY-MM-DD"):
        return _INSTANT.validate_python(value.strip())
    return value


def _storable_moment(moment: date | datetime) -> date | datetime:
    day = moment.date() if isinstance(moment, datetime) else moment
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"a date between {EARLIEST} and {LATEST} is expected")
    offset = moment.utcoffset() if isinstance(moment, datetime) else None
    if offset is not None and offset % timedelta(minutes=1):
        # JSON keeps a zone's offset in whole minutes; seconds would be dropped and the instant moved.
        raise ValueError("a time zone offset is a whole number of minutes")
    return moment


Moment = Annotated[date | datetime, BeforeValidator(_moment_from_text), AfterValidator(_storable_moment)]
"""When something was announced: a calendar day, or an instant when the source gives the time."""

Day = Annotated[date, AfterValidator(_storable_moment)]
"""A calendar day between EARLIEST and LATEST."""


class Value(BaseModel):
    """Base of every value object: immutable, unknown fields refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    @classmethod
    def trusted(cls, **fields: Any) -> Self:
        """Build from values the domain already holds validated and typed, without validating them again.

        For read models of thousands of lines (a report of a long exchange): several times cheaper than
        `model_construct`, which fills in defaults field by field. Given every field, the result is the model
        `model_construct` would give; given fewer, it is left to `model_construct`.
        """
        names = _FIELDS.get(cls)
        if names is None:
            names = _FIELDS[cls] = frozenset(cls.model_fields)
        if fields.keys() != names:
            return cast(Self, cls.model_construct(**fields))
        made = cls.__new__(cls)
        _set(made, "__dict__", fields)
        _set(made, "__pydantic_fields_set__", set(fields))
        _set(made, "__pydantic_extra__", None)
        _set(made, "__pydantic_private__", None)
        return made


_set = object.__setattr__
_FIELDS: dict[type[BaseModel], frozenset[str]] = {}


class Tier(StrEnum):
    """How much a source is trusted when sources differ; earlier members win."""

    OFFICIAL = "official"
    ESTABLISHED_MEDIA = "established_media"
    AGGREGATOR = "aggregator"

    @property
    def label(self) -> str:
        """'established media' as a reader writes it."""
        return self.value.replace("_", " ")

    @property
    def rank(self) -> int:
        """0 for the most reliable tier."""
        return _TIER_RANK[self]


_TIER_RANK = {tier: rank for rank, tier in enumerate(Tier)}


class Source(Value):
    """Who announced a figure, where, when, and on whose word."""

    name: Name
    tier: Tier
    url: Text | None = None
    published: Moment | None = None
    relays: Text | None = None

    @property
    def label(self) -> str:
        """The source's name with whom it relays, as a reader would cite it."""
        return f"{self.name} (citing {self.relays})" if self.relays else self.name


_DIRECTION_TEXT = re.compile(r"^\s*(?:to\s+(?P<party>.+?)|(?P<each>each[ _-]side)|(?P<both>combined))\s*$", re.I)


class Direction(Value):
    """Who received the people: one party, each side alike, or both sides added together."""

    kind: Literal["to", "each_side", "combined"]
    party: Name | None = None

    @model_validator(mode="after")
    def _party_only_for_to(self) -> Direction:
        if (self.kind == "to") != (self.party is not None):
            raise ValueError("a direction names a party exactly when it is 'to <party>'")
        return self

    @classmethod
    def to(cls, party: str) -> Direction:
        """People received by `party`."""
        return _direction_to(party)

    @classmethod
    def parse(cls, text: str) -> Direction:
        """Read 'to Ukraine', 'each side' or 'combined'."""
        return _parse_direction(text)

    @property
    def label(self) -> str:
        """'to Ukraine', 'each side' or 'combined'."""
        return f"to {self.party}" if self.kind == "to" else self.kind.replace("_", " ")


# Directions are immutable and a dossier repeats a handful of them thousands of times: build each once.
@lru_cache(maxsize=256)
def _direction_to(party: str) -> Direction:
    return Direction(kind="to", party=party)


@lru_cache(maxsize=256)
def _parse_direction(text: str) -> Direction:
    match = _DIRECTION_TEXT.match(text)
    if match is None:
        raise ValueError(f"unknown direction {text!r}: write 'to <party>', 'each side' or 'combined'")
    if match["party"]:
        return _direction_to(match["party"])
    return Direction(kind="each_side" if match["each"] else "combined")


class Target(Value):
    """What the agreement promises one direction: exactly N, at least N, or no number."""

    kind: Literal["exactly", "at_least", "unspecified"]
    count: Count | None = None

    @model_validator(mode="after")
    def _count_only_when_numeric(self) -> Target:
        if (self.kind == "unspecified") != (self.count is None):
            raise ValueError("a target has a count exactly when it is 'exactly' or 'at_least'")
        return self

    @property
    def label(self) -> str:
        """'1,000', 'at least 50' or 'no numeric target'."""
        if self.count is None:
            return "no numeric target"
        return f"{self.count:,}" if self.kind == "exactly" else f"at least {self.count:,}"


class Terms(Value):
    """The agreed target for each receiving party."""

    targets: dict[Name, Target]

    @property
    def symmetric(self) -> bool:
        """True when both sides are promised the same number ('1,000 for 1,000', 'at least 50 each')."""
        targets = list(self.targets.values())
        return len(targets) == 2 and targets[0] == targets[1] and targets[0].kind != "unspecified"


class Breakdown(Value):
    """Parts of a base along one dimension (military/civilian, men/women, branches of the military...)."""

    dimension: Name
    parts: dict[Name, Count] = Field(min_length=1)
    complete: bool = True
    within: Name | None = None
    """The part of another dimension this breakdown divides (e.g. 'military'); None means the total."""

    @property
    def sum(self) -> int:
        """The parts added together."""
        return sum(self.parts.values())


class Subset(Value):
    """A count singled out from a base: '27 of them defenders of Mariupol'."""

    name: Name
    count: Count
    within: Name | None = None


class Figures(Value):
    """Every figure one claim states: a total, breakdowns, subsets and a running total."""

    total: Count | None = None
    breakdowns: tuple[Breakdown, ...] = ()
    subsets: tuple[Subset, ...] = ()
    cumulative: Count | None = None
    """The running total of every stage up to and including this one."""

    @model_validator(mode="after")
    def _states_something(self) -> Figures:
        if self.total is None and self.cumulative is None and not self.breakdowns and not self.subsets:
            raise ValueError("a claim states at least one figure")
        dimensions = [b.dimension for b in self.breakdowns]
        if len(set(dimensions)) != len(dimensions):
            raise ValueError("each breakdown dimension appears once per claim")
        subsets = [subset.name for subset in self.subsets]
        if len(set(subsets)) != len(subsets):
            raise ValueError("each subset name appears once per claim")
        return self

    def values(self) -> dict[str, int]:
        """Each stated figure under its key: 'total', 'cumulative', 'service:military', 'subset:mariupol'."""
        found: dict[str, int] = {}
        if self.total is not None:
            found["total"] = self.total
        if self.cumulative is not None:
            found["cumulative"] = self.cumulative
        for breakdown in self.breakdowns:
            for part, count in breakdown.parts.items():
                found[f"{breakdown.dimension}:{part}"] = count
        for subset in self.subsets:
            found[f"subset:{subset.name}"] = subset.count
        return found
