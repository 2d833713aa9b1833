"""One figure of one direction across the stages, as the rules read it through the view: a read of the whole
column, of the stages without a value, or of a prefix up to a stage is noted apart (see view.py)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import chain
from typing import TYPE_CHECKING

from domain.citations import StagesCited
from domain.columns import UpTo
from domain.ledger import Column

if TYPE_CHECKING:  # the view makes its columns: imported by it at run time, not the other way round
    from domain.reconciliation.view import View


class ColumnView:
    """One figure of one direction across the stages, as a rule reads it."""

    __slots__ = ("_column", "_view", "direction", "figure")

    def __init__(self, view: View, direction: str, figure: str, column: Column) -> None:
        self._view = view
        self._column = column
        self.direction = direction
        self.figure = figure

    def _whole(self) -> Column:
        self._view._read(("column", self.direction, self.figure))
        return self._column

    @property
    def total(self) -> int:
        """The sum of the known stage values."""
        return self._whole().total

    @property
    def values(self) -> Mapping[int, int]:
        """Each stage's known value."""
        return self._whole().values

    @property
    def missing(self) -> set[int]:
        """The stages with claims that give no value for the figure: read apart from the values, so that a check
        that stops at a stage with no value is not checked again for every value given elsewhere."""
        self._view._read(("missing", self.direction, self.figure))
        return self._column.missing

    def up_to(self, stage: int) -> UpTo:
        """The known values of stages 1 to `stage` (with their count, sum and gaps, found without a scan)."""
        self._prefix("column", stage)
        return self._column.up_to(stage)

    def cited(self, summed: Iterable[int], ranged: Iterable[int] = ()) -> tuple[StagesCited, ...]:
        """The stages a check summed (their known values, as `values` or `up_to` gave them, and the `ranged` ones
        counted as their range), by reference to their figures; none when the view cites none. The reference rests
        on what the check already read: a claim repeating a stage's figure changes nothing it says."""
        if not self._view.cites:
            return ()
        counted = set(ranged)
        if isinstance(summed, UpTo) and all(stage <= summed.stage for stage in counted):
            # Stages 1 to k less the gaps not counted as their range: found from the gaps, without a sort of them all.
            left_out = [stage for stage in summed.gaps() if stage not in counted]
            cited = StagesCited.all_but(self.direction, self.figure, summed.stage, left_out)
        else:
            cited = StagesCited.of(self.direction, self.figure, chain(summed, counted))
        return () if cited is None else (cited,)

    def _prefix(self, kind: str, stage: int) -> None:
        reads = self._view.reads
        if reads is not None:
            reads.prefixes.add((kind, self.direction, self.figure, stage))
