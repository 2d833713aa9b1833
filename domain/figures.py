"""Value objects: counts, directions, sources, targets and the figures a source announces."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import Literal

from pydantic import Field, model_validator

from domain.amounts import Amount as Amount
from domain.amounts import Qualitative as Qualitative
from domain.amounts import Quantity as Quantity
from domain.amounts import bounds as bounds
from domain.amounts import shown as shown

# The limits live in domain.limits; the value types are imported from here as well as from there.
from domain.limits import EARLIEST as EARLIEST
from domain.limits import LATEST as LATEST
from domain.limits import MAX_COUNT as MAX_COUNT
from domain.limits import MAX_FINDING_ID as MAX_FINDING_ID
from domain.limits import MAX_OFFSET as MAX_OFFSET
from domain.limits import MAX_STAGE as MAX_STAGE
from domain.limits import Count as Count
from domain.limits import Day as Day
from domain.limits import FindingId as FindingId
from domain.limits import Moment as Moment
from domain.limits import Name as Name
from domain.limits import Stage as Stage
from domain.limits import Text as Text
from domain.values import Value as Value


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
    parts: dict[Name, Quantity] = Field(min_length=1)
    complete: bool = True
    within: Name | None = None
    """The part of another dimension this breakdown divides (e.g. 'military'); None means the total."""

    @model_validator(mode="after")
    def _no_bound_in_complete(self) -> Breakdown:
        # A complete breakdown makes up its base: a part known only as "at least" or "up to" cannot make it up.
        for part, count in self.parts.items():
            if self.complete and isinstance(count, Amount) and count.form in ("at_least", "at_most"):
                raise ValueError(
                    f"part {part!r} is a bound ({count.label}) in a complete {self.dimension} breakdown: "
                    "give its number or range, or mark the breakdown complete: false"
                )
        return self


class Subset(Value):
    """A count singled out from a base: '27 of them defenders of Mariupol'."""

    name: Name
    count: Quantity
    within: Name | None = None


class Figures(Value):
    """Every figure one claim states: a total, breakdowns, subsets and a running total."""

    total: Quantity | None = None
    breakdowns: tuple[Breakdown, ...] = ()
    subsets: tuple[Subset, ...] = ()
    cumulative: Quantity | None = None
    """The running total of every stage up to and including this one."""
    qualitative: tuple[Qualitative, ...] = ()

    @model_validator(mode="after")
    def _states_something(self) -> Figures:
        stated = (self.total, self.cumulative)
        if stated == (None, None) and not self.breakdowns and not self.subsets and not self.qualitative:
            raise ValueError("a claim states at least one figure")
        dimensions = [b.dimension for b in self.breakdowns]
        if len(set(dimensions)) != len(dimensions):
            raise ValueError("each breakdown dimension appears once per claim")
        subsets = [subset.name for subset in self.subsets]
        if len(set(subsets)) != len(subsets):
            raise ValueError("each subset name appears once per claim")
        return self

    def values(self) -> dict[str, int | Amount]:
        """Each stated figure under its key: 'total', 'cumulative', 'service:military', 'subset:mariupol'."""
        found: dict[str, int | Amount] = {}
        if self.total is not None:
            found["total"] = self.total
        if self.cumulative is not None:
            found["cumulative"] = self.cumulative
        for breakdown in self.breakdowns:
            for part, count in breakdown.parts.items():
                found[f"{breakdown.dimension}:{part}"] = count
        for subset in self.subsets:
            found[f"subset:{subset.name}"] = subset.count
        for said in self.qualitative:
            # What a statement without counts still says of a part, unless the claim counts that part itself:
            # "only servicemen" makes the military the whole total; "military and civilians", at least one of each.
            if said.only is not None and self.total is not None:
                found.setdefault(f"{said.dimension}:{said.only}", self.total)
            for part in said.includes:
                found.setdefault(f"{said.dimension}:{part}", _ONE_OR_MORE)
        return found


_ONE_OR_MORE = Amount(form="at_least", low=1, stated=1)
