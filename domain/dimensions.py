"""A breakdown as the claims of one stage and direction state it: its parts, and whether it is complete."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

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
