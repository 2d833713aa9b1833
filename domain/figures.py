"""Value objects: counts, directions, sources, targets and the figures a source announces."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import Field, model_validator

from domain.amounts import Amount as Amount
from domain.amounts import Qualitative as Qualitative
from domain.amounts import Quantity as Quantity
from domain.amounts import bounds as bounds
from domain.amounts import range_label
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
from domain.sources import MEDIA as MEDIA
from domain.sources import Origin as Origin
from domain.sources import Precision as Precision
from domain.sources import Source as Source
from domain.sources import Tier as Tier
from domain.values import Value as Value

_PART = re.compile(r"[^:\s][^:]*:[^:\s][^:]*")
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
    """What the agreement promises one direction: exactly N, at least N, a range ('about 1,200', '1,100 to 1,300')
    met by any number within it, or no number."""

    kind: Literal["exactly", "at_least", "range", "unspecified"]
    count: Count | None = None
    """The number, or a range's lowest value."""
    high: Count | None = None
    """A range's highest value."""
    stated: Count | None = None
    """For 'about N', the N said; the range is then what it allows."""

    @model_validator(mode="after")
    def _count_only_when_numeric(self) -> Target:
        if (self.kind == "unspecified") != (self.count is None):
            raise ValueError("a target has a count exactly when it is 'exactly', 'at_least' or a 'range'")
        if (self.kind == "range") != (self.high is not None) or (self.stated is not None and self.kind != "range"):
            raise ValueError("a target has a high (and perhaps the number stated) exactly when it is a 'range'")
        if self.high is not None and self.count is not None and self.count > self.high:
            raise ValueError(f"the low {self.count:,} is above the high {self.high:,}")
        return self

    @property
    def ceiling(self) -> int | None:
        """The most the target allows: an exact number, a range's highest; None when it sets no most."""
        return self.count if self.kind == "exactly" else self.high

    @property
    def label(self) -> str:
        """'1,000', 'at least 50', 'about 1,200 (1,140-1,260)', '1,100-1,300', 'at most 250' (the range from 0) or
        'no numeric target'."""
        if self.count is None:
            return "no numeric target"
        if self.kind == "range" and self.count == 0 and self.stated is None and self.high:
            return f"at most {self.high:,}"
        if self.kind == "range":
            span = range_label(self.count, self.high)
            return span if self.stated is None else f"about {self.stated:,} ({span})"
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
    """A group singled out: '27 of them defenders of Mariupol' (among its base), or '8 civilians besides' (in
    addition to it: counted in the total in all, outside the figure the other groups are drawn from)."""

    name: Name
    count: Quantity | None = None
    """None: the group was named without a number (it exists; no figure)."""
    within: Name | None = None
    """The group or breakdown part it is drawn from ('mariupol_defenders', 'military'); None means the total."""
    # Left out of stored events at its default, so that a group among its base is stored as it always was.
    relation: Literal["among", "in_addition"] = Field("among", exclude_if=lambda relation: relation == "among")
    same_as: Name | None = Field(None, exclude_if=lambda part: part is None)
    """A breakdown part of the same stage and direction that is these same people ('citizenship:foreign'), as the
    dossier's writer states: a source stating that part counts the group among its base. Never guessed."""

    @model_validator(mode="after")
    def _in_addition_to_the_whole(self) -> Subset:
        if self.relation == "in_addition" and self.within is not None:
            raise ValueError("a group in addition adds to the stage's total: it lies within no other group")
        if self.within == self.name:
            raise ValueError(f"the group {self.name} cannot lie within itself")
        if self.same_as is not None and not _PART.fullmatch(self.same_as):
            raise ValueError(
                f"same_as names a breakdown part as dimension:part, like service:civilian, not {self.same_as!r}"
            )
        return self


class NumberNote(Value):
    """A number a source gives that is not a headcount of this exchange (an ordinal, a total since the war began,
    an earlier exchange): kept beside the claim and never counted."""

    value: Count | Text
    meaning: Text
    counts: Name | None = Field(None, exclude_if=lambda counts: counts is None)
    """What the number counts, a short name shared by notes counting the same thing ('exchanges_since_2022'), so
    that notes can be read against each other; None: not said, compared with nothing."""


class Figures(Value):
    """Every figure one claim states: a total, breakdowns, subsets and a running total."""

    total: Quantity | None = None
    breakdowns: tuple[Breakdown, ...] = ()
    subsets: tuple[Subset, ...] = ()
    cumulative: Quantity | None = None
    """The running total of every stage up to and including this one."""
    qualitative: tuple[Qualitative, ...] = ()
    unstated: bool = False
    """True when the source says a stage took place and gives no headcount: nothing to count, nothing is zero."""

    @model_validator(mode="after")
    def _states_something(self) -> Figures:
        empty = self.total is None and self.cumulative is None and not self.breakdowns and not self.subsets
        empty = empty and not self.qualitative
        if empty != self.unstated:
            raise ValueError(
                "a claim states at least one figure" if empty else "figures marked unstated give no figure"
            )
        dimensions = [b.dimension for b in self.breakdowns]
        if len(set(dimensions)) != len(dimensions):
            raise ValueError("each breakdown dimension appears once per claim")
        subsets = [subset.name for subset in self.subsets]
        if len(set(subsets)) != len(subsets):
            raise ValueError("each subset name appears once per claim")
        _refuse_cycles({subset.name: subset.within for subset in self.subsets})
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
            if subset.count is not None:
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


def _refuse_cycles(within: dict[str, str | None]) -> None:
    """A group may lie within another group of the claim, never (through others) within itself."""
    for name in within:
        chain = [name]
        while (base := within.get(chain[-1])) is not None and base in within:
            if base in chain:
                raise ValueError(f"the groups {' within '.join([*chain[chain.index(base) :], base])} form a cycle")
            chain.append(base)
