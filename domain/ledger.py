"""The ledger: every claim's figures sorted by stage and direction, kept up to date one claim at a time."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from domain.acceptance import CUMULATIVE
from domain.buckets import Bucket, BucketKey, Reading, evidence_of
from domain.exchange import ClaimState, Completion, Exchange
from domain.figures import Terms
from domain.findings import Evidence, StageCitations

__all__ = ["Bucket", "BucketKey", "Column", "Ledger", "Reading", "build_ledger"]


@dataclass(slots=True)
class Column:
    """One figure of one direction across the numbered stages: each stage's value and sources, and their sums.

    Sums up to a stage (what a running total is checked against) come from a Fenwick tree, so that checking a
    running total costs the logarithm of the stage number rather than the stage number.
    """

    values: dict[int, int] = field(default_factory=dict)
    cited: StageCitations = field(default_factory=StageCitations)
    """The claims behind each stage's value."""
    missing: set[int] = field(default_factory=set)
    """The stages with claims that give no value for the figure (kept by the ledger)."""
    total: int = 0
    _sums: list[int] = field(default_factory=lambda: [0] * 65)
    _counts: list[int] = field(default_factory=lambda: [0] * 65)

    def set(self, stage: int, value: int | None, cited: tuple[Evidence, ...] = ()) -> None:
        """Record the stage's value and the evidence behind it, or that it is unknown."""
        if value is not None and self.values.get(stage) == value:
            self.cited.put(stage, cited)
            return
        old = self.values.pop(stage, None)
        self.cited.put(stage, None)
        if old is not None:
            self.total -= old
            self._add(stage, -old, -1)
        if value is not None:
            self.values[stage] = value
            self.cited.put(stage, cited)
            self.total += value
            self._add(stage, value, 1)

    def through(self, stage: int) -> tuple[int, int]:
        """The sum of the known values of stages 1 to `stage`, and how many of those stages are known."""
        found = known = 0
        index = min(stage, len(self._sums) - 1)
        while index > 0:
            found += self._sums[index]
            known += self._counts[index]
            index -= index & -index
        return found, known

    def _add(self, stage: int, value: int, count: int) -> None:
        if stage >= len(self._sums):
            self._grow(stage)
            if count > 0:
                return  # the value is already in `values`, which the tree was just rebuilt from
        index = stage
        while index < len(self._sums):
            self._sums[index] += value
            self._counts[index] += count
            index += index & -index

    def _grow(self, stage: int) -> None:
        size = len(self._sums) - 1
        while size < stage:
            size *= 2
        self._sums, self._counts = [0] * (size + 1), [0] * (size + 1)
        for number, value in self.values.items():
            index = number
            while index <= size:
                self._sums[index] += value
                self._counts[index] += 1
                index += index & -index


@dataclass(slots=True)
class Ledger:
    """The reconciled figures of one exchange, ready for the rules, updated claim by claim."""

    parties: tuple[str, str]
    terms: Terms
    buckets: dict[BucketKey, Bucket] = field(default_factory=dict)
    completions: tuple[Completion, ...] = ()
    dated_by: dict[int, dict[UUID, Evidence]] = field(default_factory=dict)
    stage_claims: Counter[int] = field(default_factory=Counter)
    columns: dict[tuple[str, str], Column] = field(default_factory=dict)
    running: dict[str, list[int]] = field(default_factory=dict)
    """For each direction, the stages that have a running total, in order."""
    restated: set[str] = field(default_factory=set)
    """The figures whose reading the last settling replaced in any bucket: only their evidence can have changed."""
    moved: set[tuple[str, str]] = field(default_factory=set)
    """The columns (direction, figure) in which the last settling changed a stage's value or made it unknown."""
    _order: list[Bucket] | None = None
    _stages: list[int] | None = None
    _dates: dict[int, date | None] = field(default_factory=dict)

    @property
    def stages(self) -> list[int]:
        """Stage numbers that have at least one claim, in order."""
        if self._stages is None:
            self._stages = sorted(stage for stage, count in self.stage_claims.items() if count)
        return self._stages

    def column(self, direction: str, key: str) -> Column:
        """A figure of one direction across the stages, kept up to date from now on."""
        found = self.columns.get((direction, key))
        if found is None:
            found = self.columns[(direction, key)] = Column()
            for bucket in self.buckets.values():
                if bucket.direction == direction and bucket.stage is not None:
                    state = bucket.figures.get(key)
                    found.set(bucket.stage, bucket.value(key), state.evidence if state else ())
            found.missing = {stage for stage in self.stages if stage not in found.values}
        return found

    @property
    def stage_dates(self) -> dict[int, date | None]:
        """Each stage's date: the earliest a claim gives, or None."""
        return {stage: self.stage_date(stage) for stage in self.stages}

    def stage_date(self, stage: int) -> date | None:
        """The earliest date a claim gives for the stage."""
        if stage not in self._dates:
            days = [item.value for item in self.dated_by.get(stage, {}).values() if isinstance(item.value, date)]
            self._dates[stage] = min(days) if days else None
        return self._dates[stage]

    def bucket(self, stage: int | None, direction: str) -> Bucket | None:
        """The bucket of a stage and direction, if anything was claimed there."""
        return self.buckets.get((stage, direction))

    def in_order(self) -> list[Bucket]:
        """Buckets by stage (the whole exchange last), then in the order the agreement names the parties."""
        if self._order is None:
            directions = [f"to {party}" for party in self.parties] + ["combined"]
            self._order = sorted(
                self.buckets.values(),
                key=lambda b: (b.stage is None, b.stage or 0, directions.index(b.direction)),
            )
        return self._order

    def place(self, before: ClaimState | None, after: ClaimState | None) -> set[BucketKey]:
        """Move a claim into the ledger, replace it, or take it out; returns the buckets it touched."""
        touched: set[BucketKey] = set()
        corrected = before is not None and after is not None and before.active and after.active
        if corrected and after is not None:
            self._redate(after)
        if before is not None and before.active:
            if not corrected:
                self._count(before, -1)
            for key in self._keys(before):
                if after is None or not after.active or key not in self._keys(after):
                    self._leave(key, before.claim_id)
                    touched.add(key)
        if after is not None and after.active:
            if not corrected:
                self._count(after, +1)
            for key in self._keys(after):
                bucket = self.buckets.get(key)
                if bucket is None:
                    bucket = self.buckets[key] = Bucket(*key)
                    self._order = None
                bucket.put(after)
                touched.add(key)
        return touched

    def settle(self, touched: set[BucketKey]) -> dict[BucketKey, dict[str, Reading]]:
        """Accept values in the touched buckets; returns, per bucket, the figures whose reading changed."""
        changed = {}
        self.restated = set()
        self.moved = set()
        for key in touched:
            bucket = self.buckets.get(key)
            if bucket is not None:
                readings = bucket.settle()
                self.restated |= bucket.restated
                if readings or bucket.reshaped:
                    changed[key] = readings
                # The figures whose reading was replaced, not only those whose value changed: a claim repeating a
                # value changes the evidence a column cites. The others stand as the columns hold them.
                self._refresh(bucket, None if bucket.reshaped or not bucket.claims else bucket.restated)
                bucket.reshaped = False
                if not bucket.claims:
                    del self.buckets[key]
                    self._order = None
        return changed

    def _refresh(self, bucket: Bucket, keys: set[str] | None) -> None:
        """Bring the columns of `keys` (None: all of them) and the index of running totals up to date."""
        stage, direction = bucket.key
        if stage is None:
            return
        gone = not bucket.claims
        if keys is None:
            columns = [(key, column) for (side, key), column in self.columns.items() if side == direction]
        else:
            columns = [(key, self.columns[direction, key]) for key in keys if (direction, key) in self.columns]
        for key, column in columns:
            state = None if gone else bucket.figures.get(key)
            value = None if gone else bucket.value(key)
            unknown = value is None and self.stage_claims[stage] > 0
            if column.values.get(stage) != value or (stage in column.missing) != unknown:
                self.moved.add((direction, key))
            column.set(stage, value, state.evidence if state else ())
            if unknown:
                column.missing.add(stage)
            else:
                column.missing.discard(stage)
        running = self.running.setdefault(direction, [])
        at = bisect_left(running, stage)
        present = at < len(running) and running[at] == stage
        if not gone and CUMULATIVE in bucket.figures:
            if not present:
                running.insert(at, stage)
        elif present:
            del running[at]

    def _keys(self, state: ClaimState) -> list[BucketKey]:
        direction = state.claim.direction
        stage = state.claim.stage
        if direction.kind == "each_side":
            return [(stage, f"to {party}") for party in self.parties]
        return [(stage, direction.label)]

    def _leave(self, key: BucketKey, claim_id: UUID) -> None:
        self.buckets[key].drop(claim_id)

    def _count(self, state: ClaimState, step: int) -> None:
        stage = state.claim.stage
        if stage is None:
            return
        self.stage_claims[stage] += step
        if self.stage_claims[stage] in (0, 1):
            self._stages = None
        if step > 0 and self.stage_claims[stage] == 1:
            for column in self.columns.values():
                if stage not in column.values:
                    column.missing.add(stage)
        elif step < 0 and self.stage_claims[stage] == 0:
            for column in self.columns.values():
                column.missing.discard(stage)
        dated = self.dated_by.setdefault(stage, {})
        self._dates.pop(stage, None)
        if step < 0:
            dated.pop(state.claim_id, None)
        elif state.claim.took_place_on is not None:
            dated[state.claim_id] = evidence_of(state, "date", state.claim.took_place_on)

    def _redate(self, state: ClaimState) -> None:
        """A corrected claim (its stage and date as they were, its figures at a new version) cites its date at the
        new version, in its place among the stage's dates."""
        stage = state.claim.stage
        if stage is not None and state.claim.took_place_on is not None:
            self.dated_by[stage][state.claim_id] = evidence_of(state, "date", state.claim.took_place_on)
            self._dates.pop(stage, None)


def build_ledger(exchange: Exchange) -> Ledger:
    """Sort every active claim of the exchange into buckets and accept a value for each figure."""
    ledger = Ledger(exchange.parties, exchange.agreement.terms, completions=tuple(exchange.completions))
    touched: set[BucketKey] = set()
    for state in exchange.claims.values():
        touched |= ledger.place(None, state)
    ledger.settle(touched)
    return ledger
