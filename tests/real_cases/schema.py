"""The casebook's shape: real exchanges as public reporting stated them, with the findings labelled beforehand."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

CASEBOOK = Path(__file__).resolve().parent

MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
ORIGIN = re.compile(r"^[^/]+ / [^/]+$")


class Construct(StrEnum):
    """The fourteen kinds of statement that today's dossier format cannot hold."""

    APPROXIMATE = "approximate"  # "about 1,200", "almost 300"
    BOUNDS = "bounds"  # "more than 1,000", "at least 1,200", "up to 1,000"
    MONTH_DATE = "month_date"  # a statement dated only to its month
    QUALITATIVE = "qualitative"  # "only servicemen", "military and civilians" without counts
    IN_ADDITION = "in_addition"  # a group added to a total against one counted among it
    NESTED_GROUPS = "nested_groups"  # groups inside groups, and a group split by branch
    STAGE_WITHOUT_HEADCOUNT = "stage_without_headcount"  # it happened; nobody gave the number
    PEOPLE_AND_BODIES = "people_and_bodies"  # prisoners and remains under one agreement
    COMPETING_TERMS = "competing_terms"  # sources state the terms differently
    COMPOSITE_TERMS = "composite_terms"  # per direction or per category, not one "N for N"
    PLANNED_VS_DELIVERED = "planned_vs_delivered"  # figures announced before a stage against its outcome
    NO_TERMS = "no_terms"  # no agreement was announced at all
    COMPLETION_CONFLICT = "completion_conflict"  # completion declared by one source, denied or disputed by another
    NOTES = "notes"  # numbers that are not headcounts of this exchange


class Strict(BaseModel):
    """Every casebook mapping refuses keys it does not know, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class About(Strict):
    about: int = Field(ge=0)


class AtLeast(Strict):
    at_least: int = Field(ge=0)


class AtMost(Strict):
    at_most: int = Field(ge=0)


class Between(Strict):
    low: int = Field(ge=0)
    high: int = Field(ge=0)

    @model_validator(mode="after")
    def low_not_above_high(self) -> Between:
        if self.low > self.high:
            raise ValueError(f"a range's low ({self.low}) is above its high ({self.high})")
        return self


Count = Annotated[int, Field(ge=0)] | About | AtLeast | AtMost | Between
"""A headcount as the source gave it: exact, approximate, a lower or upper bound, or a range."""


class Breakdown(Strict):
    dimension: str
    parts: dict[str, Count]
    complete: bool = True
    within: str | None = None  # the part of another dimension (or the subset) this breakdown divides


class Subset(Strict):
    name: str
    count: Count | None = None
    relation: Literal["among", "in_addition"] = "among"
    within: str | None = None  # the enclosing subset (or breakdown part), for groups inside groups


class Qualitative(Strict):
    """A statement about who was included, without counts."""

    dimension: str
    only: str | None = None  # "only servicemen": the other parts are zero
    includes: list[str] = []  # "military and civilians": each at least one


class Figures(Strict):
    total: Count | None = None
    cumulative: Count | None = None
    breakdowns: list[Breakdown] = []
    subsets: list[Subset] = []
    qualitative: list[Qualitative] = []


class Note(Strict):
    """A number in the statement that is not a headcount of this exchange: kept, never counted."""

    value: int | str
    meaning: str


class Statement(Strict):
    id: str
    origin: str  # "Party / body that first said it"
    outlet: str | None = None  # who carried it, when read through a relay
    url: str
    published: date | str  # a day, or "YYYY-MM" when only the month is known
    stage: int | Literal["all"] = "all"
    direction: str  # "to Ukraine", "to Russia", "each side", "combined"
    unit: Literal["people", "bodies"] = "people"
    says: str  # the statement in the casebook's own words
    figures: Figures | None = None  # delivered, as stated
    planned: Figures | None = None  # announced before the stage took place
    completion: Literal["declared", "denied", "continuing"] | None = None
    notes: list[Note] = []

    @field_validator("origin")
    @classmethod
    def origin_names_party_and_body(cls, origin: str) -> str:
        if not ORIGIN.match(origin):
            raise ValueError(f"an origin is written 'Party / body', not {origin!r}")
        return origin

    @field_validator("url")
    @classmethod
    def url_is_https(cls, url: str) -> str:
        if not url.startswith("https://"):
            raise ValueError(f"a statement's url is an https address, not {url!r}")
        return url

    @field_validator("published")
    @classmethod
    def day_or_month(cls, published: date | str) -> date | str:
        if isinstance(published, str) and not MONTH.match(published):
            raise ValueError(f"published is a date or a month written YYYY-MM, not {published!r}")
        return published


class TermsStatement(Strict):
    """The terms as one source stated them."""

    source: str  # a statement id, or an origin for terms stated outside the statements
    form: Literal["each_side", "per_direction", "combined", "all_for_all", "composite", "not_announced"]
    unit: Literal["people", "bodies"] = "people"
    says: str
    each_side: Count | None = None
    combined: Count | None = None  # both directions together, as a mediator may give it
    per_direction: dict[str, Count] = {}
    parts: list[str] = []  # the pieces of a composite, in words


class Exchange(Strict):
    slug: str = Field(pattern=r"^[a-z0-9-]+$")
    title: str
    parties: list[str] = Field(min_length=2, max_length=2)
    dates: list[date] = Field(min_length=1)
    mediators: list[str] = []
    unit: Literal["people", "bodies", "both"]
    terms: list[TermsStatement] = Field(min_length=1)


class Labelled(Strict):
    """A discrepancy (or a consistency) a verification desk reads in the reporting, before any code runs."""

    kind: str
    rests_on: list[str] = Field(min_length=1)
    desk_note: str


class Case(Strict):
    exchange: Exchange
    statements: list[Statement] = Field(min_length=2)
    expected_findings: list[Labelled]
    checks_out: list[Labelled]
    constructs: list[Construct]

    @model_validator(mode="after")
    def references_resolve(self) -> Case:
        ids = [statement.id for statement in self.statements]
        doubles = sorted({name for name in ids if ids.count(name) > 1})
        if doubles:
            raise ValueError(f"statement ids used twice: {doubles}")
        cited = [name for label in self.expected_findings + self.checks_out for name in label.rests_on]
        cited += [terms.source for terms in self.exchange.terms if " / " not in terms.source]
        unknown = sorted(set(cited) - set(ids))
        if unknown:
            raise ValueError(f"labels or terms cite statements that do not exist: {unknown}")
        return self


def load_case(path: Path) -> Case:
    """One casebook file, checked against the casebook's shape."""
    return Case.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def case_files(folder: Path = CASEBOOK) -> list[Path]:
    """Every exchange of the casebook, by file name."""
    return sorted(folder.glob("*.yaml"))
