"""A figure of one direction across the stages, and what a change to the ledger changed, as keys checks read."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

from domain.buckets import BucketKey, Reading

Key = Hashable
"""A part of the ledger a check can read: ('bucket', stage, direction), ('stages',), ('dates',)..."""


@dataclass(slots=True)
class Changes:
    """What one change did to the ledger: the keys it changed, where columns moved, and the readings it changed."""

    keys: set[Key] = field(default_factory=set)
    columns: set[tuple[str, str, str, int]] = field(default_factory=set)
    """('column', direction, figure, stage): a column's value changed at a stage, which changes every sum up to a
    later stage."""
    readings: dict[BucketKey, dict[str, Reading]] = field(default_factory=dict)
    """Per bucket, the figures whose accepted reading (value, status or range) changed."""

    def column(self, kind: str, direction: str, figure: str, stage: int) -> None:
        """Note that a column changed at a stage."""
        self.keys.add((kind, direction, figure))
        self.columns.add((kind, direction, figure, stage))


@dataclass(slots=True)
class Column:
    """One figure of one direction across the numbered stages: each stage's value (the claims behind it are the
    stage's bucket's, cited by reference: see domain/citations.py)."""

    values: dict[int, int] = field(default_factory=dict)
    missing: set[int] = field(default_factory=set)
    """The stages with claims that give no value for the figure."""
    total: int = 0

    def set(self, stage: int, value: int | None) -> bool:
        """Record the stage's value, or that it is unknown; True when that changed it."""
        old = self.values.get(stage)
        if old == value:
            return False
        if old is not None:
            self.total -= old
            del self.values[stage]
        if value is not None:
            self.values[stage] = value
            self.total += value
        return True
