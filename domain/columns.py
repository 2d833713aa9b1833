"""A figure of one direction across the stages, and what a change to the ledger changed, as keys checks read."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice

from domain.buckets import Bucket, BucketKey, Reading

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

    def gather(self, changes: Changes) -> None:
        """Add another change to this one: its keys and columns, and its figures whose reading moved (the last move
        of each kept: the engine asks only which moved)."""
        self.keys |= changes.keys
        self.columns |= changes.columns
        for bucket, readings in changes.readings.items():
            self.readings.setdefault(bucket, {}).update(readings)


@dataclass(slots=True)
class Column:
    """One figure of one direction across the numbered stages: each stage's value (the claims behind it are the
    stage's bucket's, cited by reference: see domain/citations.py)."""

    values: dict[int, int] = field(default_factory=dict)
    missing: set[int] = field(default_factory=set)
    """The stages with claims that give no value for the figure."""
    total: int = 0
    _order: list[int] = field(default_factory=list, repr=False, compare=False)
    """The stages with a value, in order: a running total's check finds its stages by bisection, not by a scan."""
    _sums: list[int] = field(default_factory=list, repr=False, compare=False)
    """Sums of the first values in stage order, as far as they are still right: a change cuts them at its stage, and
    they are extended only when asked for, so stages arriving in order cost one addition each."""

    def set(self, stage: int, value: int | None) -> bool:
        """Record the stage's value, or that it is unknown; True when that changed it."""
        old = self.values.get(stage)
        if old == value:
            return False
        position = bisect_left(self._order, stage)
        del self._sums[position:]
        if old is not None:
            self.total -= old
            del self.values[stage]
            if value is None:
                del self._order[position]
        elif value is not None:
            self._order.insert(position, stage)
        if value is not None:
            self.values[stage] = value
            self.total += value
        return True

    def up_to(self, stage: int) -> UpTo:
        """The known values of stages 1 to `stage`, read in place."""
        return UpTo(self, stage, bisect_right(self._order, stage))

    def _sum_of_first(self, count: int) -> int:
        sums, values = self._sums, self.values
        running = sums[-1] if sums else 0
        for stage in islice(self._order, len(sums), count):
            running += values[stage]
            sums.append(running)
        return sums[count - 1] if count else 0


@dataclass(slots=True)
class KeptColumns:
    """The columns asked for so far, by direction then figure, each kept up to date with the buckets from then on."""

    by_direction: dict[str, dict[str, Column]] = field(default_factory=dict)

    def get(self, direction: str, figure: str) -> Column | None:
        """The column, if it was asked for."""
        return self.by_direction.get(direction, {}).get(figure)

    def add(self, direction: str, figure: str) -> Column:
        """A new, empty column, kept from now on."""
        found = self.by_direction.setdefault(direction, {})[figure] = Column()
        return found

    def restate(self, bucket: Bucket, figures: Iterable[str] | None, counted: bool, changes: Changes) -> None:
        """Bring the bucket's stage of its direction's columns up to date: those of `figures`, or None: all."""
        columns = self.by_direction.get(bucket.direction)
        if bucket.stage is None or not columns:
            return
        for figure in columns if figures is None else [figure for figure in figures if figure in columns]:
            fill(columns[figure], bucket, figure, counted, changes)

    def counted(self, stage: int, present: bool, changes: Changes) -> None:
        """A stage appeared (`present`) or went: every column with no value for it now misses it, or no longer does."""
        for direction, columns in self.by_direction.items():
            for figure, column in columns.items():
                if stage in column.values:
                    continue
                (column.missing.add if present else column.missing.discard)(stage)
                # Only the stages missing a value changed: the values, and every sum of them, stand as they were.
                changes.keys.add(("missing", direction, figure))


def fill(column: Column, bucket: Bucket, figure: str, counted: bool, changes: Changes | None = None) -> None:
    """Bring the bucket's stage of a column up to date; `counted`: the stage has claims (else it misses nothing)."""
    stage, direction = bucket.stage, bucket.direction
    if stage is None:
        return
    moved = column.set(stage, bucket.value(figure) if bucket.claims else None)
    unknown = stage not in column.values and counted
    missed = unknown != (stage in column.missing)
    if missed:
        (column.missing.add if unknown else column.missing.discard)(stage)
    if changes is not None:
        if moved:
            changes.column("column", direction, figure, stage)
        if missed:
            changes.keys.add(("missing", direction, figure))


class UpTo(Mapping[int, int]):
    """A column's known values from stage 1 up to a stage, as a mapping that copies nothing: its count, sum and
    gaps come from the column's index, so a running total's check costs no more for a long exchange."""

    __slots__ = ("_column", "_count", "_gaps_found", "stage")

    def __init__(self, column: Column, stage: int, count: int) -> None:
        self._column = column
        self._count = count
        self.stage = stage
        self._gaps_found: list[int] | None = None

    def __getitem__(self, stage: int) -> int:
        if stage > self.stage:
            raise KeyError(stage)
        return self._column.values[stage]

    def __iter__(self) -> Iterator[int]:
        return islice(self._column._order, self._count)

    def __len__(self) -> int:
        return self._count

    @property
    def total(self) -> int:
        """The sum of the known values."""
        return self._column._sum_of_first(self._count)

    def gaps(self) -> list[int]:
        """The stages from 1 up to `stage` with no known value, in order (not to be changed: a check that reads
        them twice, to sum the stages and then to cite them, finds them once)."""
        if self._gaps_found is None:
            self._gaps_found = []
            self._gaps(1, self.stage, 0, self._count, self._gaps_found)
        return self._gaps_found

    def _gaps(self, first: int, last: int, low: int, high: int, found: list[int]) -> None:
        """Gaps among stages first..last, whose known ones are _order[low:high]: halves hold whole runs, so the
        cost follows the gaps, not the stages."""
        if first > last or high - low == last - first + 1:
            return
        if low == high:
            found.extend(range(first, last + 1))
            return
        middle = (first + last) // 2
        split = bisect_right(self._column._order, middle, low, high)
        self._gaps(first, middle, low, split, found)
        self._gaps(middle + 1, last, split, high, found)
