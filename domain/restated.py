"""What one change did to a bucket, as the ledger passes it on to the columns and the reconciliation."""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.acceptance import FigureState

BucketKey = tuple[int | None, str]
Reading = tuple[FigureState | None, FigureState | None]
"""A figure's reading before and after a change."""


@dataclass(frozen=True, slots=True)
class Restated:
    """What one change did to a bucket: the figures whose state it replaced, and whether its shape changed."""

    figures: dict[str, Reading] = field(default_factory=dict)
    """Every figure whose state was replaced (its value, or only the claims it cites), before and after."""
    shape_changed: bool = False
    """A breakdown or subset appeared, gained a part or became complete (or the reverse): a part left out of a
    complete breakdown may now count as 0, or no longer."""

    def __bool__(self) -> bool:
        return bool(self.figures) or self.shape_changed
