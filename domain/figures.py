"""The figures a source announces: a total, breakdowns, groups, a running total, and numbers kept as notes. The
values they are made of (counts, directions, sources, targets) live in modules of their own and are still
importable from here."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, model_validator

from domain.amounts import Amount as Amount
from domain.amounts import Qualitative as Qualitative
from domain.amounts import Quantity as Quantity
from domain.amounts import bounds as bounds
from domain.amounts import shown as shown
from domain.directions import Direction as Direction

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
from domain.targets import Target as Target
from domain.targets import Terms as Terms
from domain.values import Value as Value

_PART = re.compile(r"[^:\s][^:]*:[^:\s][^:]*")


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
