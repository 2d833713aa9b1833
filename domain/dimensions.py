"""A breakdown as the claims of one stage and direction state it: its parts, and whether it is complete."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from domain.figures import Breakdown, Subset
from domain.proper_reading import AMONG

DimensionKey = tuple[str, str | None]
"""A breakdown's name and the category it divides (None: the total). Two claims may split one dimension over
different bases ('rank' of the servicemen, 'rank' of everyone with the civilians as a rank): two breakdowns."""


@dataclass(slots=True)
class Dimension:
    """A breakdown as the claims of one stage and direction state it."""

    name: str
    within: str | None
    complete: bool = False
    parts: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    """The ledger keys of its parts, in the same order: 'service:military', 'service:civilian'."""

    def part_keys(self) -> list[str]:
        """The ledger keys of its parts: 'service:military', 'service:civilian'."""
        return self.keys

    def extend(self, parts: Iterable[str]) -> bool:
        """Add the parts not there yet; True when there were any."""
        new = [part for part in parts if part not in self.parts]
        if not new:
            return False  # most claims repeat the parts the bucket already has
        self.parts.extend(new)
        self.keys.extend(f"{self.name}:{part}" for part in new)
        return bool(new)


def take_breakdowns(dimensions: dict[DimensionKey, Dimension], breakdowns: Iterable[Breakdown]) -> bool:
    """Take a claim's breakdowns into a bucket's dimensions; True when a dimension or part is new, or a dimension
    became complete."""
    shaped = False
    for breakdown in breakdowns:
        key = (breakdown.dimension, breakdown.within)
        dimension = dimensions.get(key)
        if dimension is None:
            dimension = dimensions[key] = Dimension(breakdown.dimension, breakdown.within)
            shaped = True
        if breakdown.complete and not dimension.complete:
            dimension.complete = shaped = True
        shaped = dimension.extend(breakdown.parts) or shaped
    return shaped


def take_subsets(
    within: dict[str, str | None], relations: dict[str, set[str]], same_as: dict[str, str], subsets: Iterable[Subset]
) -> bool:
    """Take a claim's groups into a bucket's: each group's base, how the claim relates it to its base, and the
    breakdown part it is the same people as; True when a group or a relation is new."""
    shaped = False
    for subset in subsets:
        if subset.name not in within:
            within[subset.name] = subset.within
            shaped = True
        stated = relations.setdefault(subset.name, set())
        if subset.relation not in stated:
            stated.add(subset.relation)
            shaped = True
        if subset.same_as is not None:
            same_as[subset.name] = subset.same_as
    return shaped


def same_people(
    dimensions: dict[DimensionKey, Dimension], relations: dict[str, set[str]], same_as: dict[str, str]
) -> bool:
    """A source stating a breakdown part counts the group that is the same people among its base (a part is part of
    what it divides); True when that added a relation."""
    if not same_as:
        return False
    stated = {key for dimension in dimensions.values() for key in dimension.keys}
    among = [relations.setdefault(name, set()) for name, part in same_as.items() if part in stated]
    found = any(AMONG not in stated_relations for stated_relations in among)
    for stated_relations in among:
        stated_relations.add(AMONG)
    return found
