"""The label schema of the real-statements corpus (tests/extract_corpus/real/), as pydantic models that refuse drift."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

Pattern = Literal[
    "head-nouns",
    "list-layout",
    "far-cue",
    "background",
    "recap",
    "headline",
    "qualifier",
    "approximate",
    "subset",
    "in-addition",
    "nested",
    "planned",
    "undated-day",
    "month-date",
    "several-stages",
    "each-side",
    "bodies",
    "quote",
    "other-party",
    "no-count",
]
PATTERNS = get_args(Pattern)
"""The patterns a text can exercise; every text names the ones it does."""
Why = Literal[
    "background",
    "recap",
    "other-exchange",
    "outside-exchange",
    "since-war-began",
    "ordinal",
    "headline",
    "age",
    "year",
    "date",
    "other-party-detail",
    "quote-context",
]
KEY = re.compile(r"^(total|cumulative|service:(military|civilian)|sex:(men|women)|(branch|subset):[a-z0-9_]+)$")
DIRECTION = re.compile(r"^(to [A-Z][A-Za-z ]+|each side|combined)$")


class Label(BaseModel):
    """Base of the label models: unknown fields are refused, so a typo is an error rather than a silent gap."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class About(Label):
    """An approximate count: 'about 15', 'some 213', 'nearly 400'."""

    about: int = Field(ge=0)


class AtLeast(Label):
    """A lower bound: 'more than 1,000' is at least 1001, 'at least 1,000' at least 1000."""

    at_least: int = Field(ge=0)


class AtMost(Label):
    """An upper bound: 'up to 250'."""

    at_most: int = Field(ge=0)


class Range(Label):
    """A stated range: 'from 10 to 12'."""

    low: int = Field(ge=0)
    high: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.low >= self.high:
            raise ValueError(f"a range goes from low to high: {self.low} is not below {self.high}")
        return self


class Group(Label):
    """A subset added to the total ('plus 23 wounded') or nested inside another subset."""

    value: int = Field(ge=0)
    in_addition: bool = False
    within: str | None = None

    @model_validator(mode="after")
    def _one_relation(self) -> Group:
        if self.in_addition == (self.within is not None):
            raise ValueError("a group is either in_addition: true or within: <subset key>, exactly one of them")
        return self


Value = int | About | AtLeast | AtMost | Range | Group


def _figures(figures: dict[str, Value]) -> dict[str, Value]:
    for key, value in figures.items():
        if not KEY.match(key):
            raise ValueError(f"{key!r} is not a figure key such as total, service:military or branch:navy")
        if isinstance(value, int) and value < 0:
            raise ValueError(f"{key} is negative: {value}")
        if isinstance(value, Group) and not key.startswith("subset:"):
            raise ValueError(f"{key}: only a subset is added to the total or nested in another subset")
    return figures


def _directions(claims: dict[str, dict[str, Value]]) -> dict[str, dict[str, Value]]:
    for direction in claims:
        if not DIRECTION.match(direction):
            raise ValueError(f"{direction!r} is not a direction: 'to <party>', 'each side' or 'combined'")
    return claims


Figures = Annotated[dict[str, Value], AfterValidator(_figures)]
Claims = Annotated[dict[str, Figures], AfterValidator(_directions)]


def _day_or_month(value: date | str) -> date | str:
    if isinstance(value, date) or re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", value):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is neither a day (2025-05-25) nor a month (2025-05)") from None


class Stage(Label):
    """One stage the text gives figures for: its number and day if stated, delivered and planned figures."""

    stage: int | None = Field(default=None, ge=1)
    took_place_on: Annotated[date | str, AfterValidator(_day_or_month)] | None = None
    claims: Claims = Field(default_factory=dict)
    planned: Claims = Field(default_factory=dict)


class SetAside(Label):
    """A number the text writes that a careful reader does not take as this statement's figure, and why."""

    value: int
    why: Why


class Expected(Label):
    """What a careful reader takes from the text."""

    terms: int | str | None = None
    stages: list[Stage] = Field(default_factory=list)
    set_aside: list[SetAside] = Field(default_factory=list)


def _https(value: str) -> str:
    if not re.fullmatch(r"https://[^\s/]+\.[^\s/]+(/\S*)?", value):
        raise ValueError(f"follows must be the https address of the statement: {value!r}")
    return value


class RealText(Label):
    """One file of the real-statements corpus."""

    language: Literal["en", "uk", "ru"]
    follows: Annotated[str, AfterValidator(_https)]
    published: date
    speaker: Literal["Ukraine", "Russia", "mediator", "media"]
    patterns: list[Pattern] = Field(min_length=1)
    about: str = Field(min_length=1)
    text: str = Field(min_length=1)
    expected: Expected
