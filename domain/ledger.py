"""The ledger: every claim's figures sorted by stage and direction, kept up to date one claim at a time.

Each change says which parts of the ledger it changed, as keys the reconciliation engine matches against what each
check read (domain/reconciliation/): a bucket, the numbered stages, the stages' dates (or the claims dating one), a
column of one figure across the stages (its values, or only the claims they cite), the declarations of completion.
"""

from __future__ import annotations

from bisect import insort
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from domain.buckets import Bucket, BucketKey, Reading, Restated, evidence_of
from domain.columns import Changes, Column
from domain.exchange import ClaimState, Completion, Denial, Exchange, StatedTerms
from domain.figures import Terms
from domain.findings import Evidence

__all__ = ["Bucket", "BucketKey", "Changes", "Column", "Ledger", "Reading", "build_ledger"]


@dataclass(slots=True)
class Ledger:
    """The reconciled figures of one exchange, ready for the rules, updated claim by claim."""

    parties: tuple[str, str]
    terms: Terms
    unit: str = "people"
    """The unit these figures count, the agreement's by default: claims counting another unit are kept aside."""
    agreed_unit: str | None = None
    """The agreement's unit, when this ledger counts another (a claim that names no unit counts the agreement's)."""
    buckets: dict[BucketKey, Bucket] = field(default_factory=dict)
    completions: tuple[Completion, ...] = ()
    denials: tuple[Denial, ...] = ()
    statements: tuple[StatedTerms, ...] = ()
    """Every statement of the terms, the agreement's own first."""
    aside: dict[UUID, ClaimState] = field(default_factory=dict)
    """Planned figures and claims of another unit: shown and compared, never counted as delivered."""
    remarked: dict[UUID, ClaimState] = field(default_factory=dict)
    """Claims carrying notes, mediators named or an origin's silence: few, so the rules on them need not scan all."""
    dated_by: dict[int, dict[UUID, Evidence]] = field(default_factory=dict)
    stage_claims: Counter[int] = field(default_factory=Counter)
    columns: dict[tuple[str, str], Column] = field(default_factory=dict)
    """Columns asked for so far, kept up to date from then on."""
    _order: list[BucketKey] | None = None
    """The buckets' keys in report order, kept in order as buckets come and go once asked for."""
    _stages: list[int] | None = None
    _dates: dict[int, date | None] = field(default_factory=dict)
    _sides: dict[str, dict[str, Column]] = field(default_factory=dict)
    """The same columns by direction, then figure: a bucket brings its own direction's up to date."""

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
            found = self.columns[(direction, key)] = self._sides.setdefault(direction, {})[key] = Column()
            for bucket in self.buckets.values():
                if bucket.direction == direction and bucket.stage is not None:
                    self._fill(found, bucket, key)
            found.missing = {stage for stage in self.stages if stage not in found.values}
        return found

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
        return [self.buckets[key] for key in self.keys_in_order()]

    def keys_in_order(self) -> tuple[BucketKey, ...]:
        """The keys of `in_order`."""
        if self._order is None:
            self._order = sorted(self.buckets, key=self._rank)
        return tuple(self._order)

    def _rank(self, key: BucketKey) -> tuple[bool, int, int]:
        stage, direction = key
        directions = [f"to {party}" for party in self.parties]
        return stage is None, stage or 0, directions.index(direction) if direction in directions else 2

    def complete(self, completions: tuple[Completion, ...], denials: tuple[Denial, ...] = ()) -> Changes:
        """Take in the declarations of completion, and the denials of it, as they stand."""
        self.completions, self.denials = completions, denials
        return Changes(keys={("completions",)})

    def state_terms(self, statements: tuple[StatedTerms, ...]) -> Changes:
        """Take in the statements of the terms as they stand."""
        self.statements = statements
        return Changes(keys={("terms",)})

    def counts(self, state: ClaimState) -> bool:
        """Whether a claim's figures count as delivered in this ledger's unit."""
        return not state.claim.planned and self.in_unit(state)

    def in_unit(self, state: ClaimState) -> bool:
        """Whether a claim counts this ledger's unit (one that names none counts the agreement's)."""
        return (state.claim.unit or self.agreed_unit or self.unit) == self.unit

    def place(self, before: ClaimState | None, after: ClaimState | None) -> Changes:
        """Move a claim into the ledger, replace it, or take it out; says what that changed."""
        changes = Changes()
        known = after or before
        if known is not None and (remarked(before) or remarked(after)):
            self.remarked.pop(known.claim_id, None)
            if after is not None and after.active and remarked(after):
                self.remarked[after.claim_id] = after
            changes.keys.add(("remarked",))
        either = after or before
        if either is not None and not self.counts(either):
            self.aside.pop(either.claim_id, None)
            if after is not None and after.active:
                self.aside[after.claim_id] = after
            changes.keys.add(("aside",))
            return changes
        was = before is not None and before.active
        now = after is not None and after.active
        either = after or before
        stage = either.claim.stage if either is not None else None
        if stage is not None and (was or now):
            self._date(stage, before if was else None, after if now else None, changes)
            if was != now:
                self._count(stage, +1 if now else -1, changes)
        restated: dict[BucketKey, Restated] = {}
        if was and before is not None:
            for key in self._keys(before):
                if not now or after is None or key not in self._keys(after):
                    restated[key] = self.buckets[key].drop(before.claim_id)
        if now and after is not None:
            for key in self._keys(after):
                bucket = self.buckets.get(key)
                if bucket is None:
                    bucket = self.buckets[key] = Bucket(*key)
                    if self._order is not None:
                        insort(self._order, key, key=self._rank)
                    changes.keys.add(("buckets",))
                restated[key] = bucket.put(after)
        for key, what in restated.items():
            # Who said what changed, even when no accepted reading moved (a source restating figures it gave).
            changes.keys.add(("sources", *key))
            self._restate(self.buckets[key], what, changes)
            if either is not None and either.claim.figures.unstated:
                # A claim that gives no number restates no figure, yet a check naming who reported the stage reads it.
                changes.keys.add(("bucket", *key))
        return changes

    def _restate(self, bucket: Bucket, what: Restated, changes: Changes) -> None:
        if what:
            changes.keys.add(("bucket", *bucket.key))
        readings = {
            key: (old, new)
            for key, (old, new) in what.figures.items()
            if (old is None) != (new is None) or (new is not None and not new.same_reading(old))
        }
        if readings:
            changes.readings[bucket.key] = readings
        if readings or what.shape_changed:
            changes.keys.add(("figures", *bucket.key))
        if not bucket.claims:
            del self.buckets[bucket.key]
            if self._order is not None:
                self._order.remove(bucket.key)
            changes.keys.add(("buckets",))
        stage, direction = bucket.key
        if stage is None:
            return
        columns = self._sides.get(direction, {})
        every = what.shape_changed or not bucket.claims
        for key in columns if every else [key for key in what.figures if key in columns]:
            self._fill(columns[key], bucket, key, changes)

    def _fill(self, column: Column, bucket: Bucket, key: str, changes: Changes | None = None) -> None:
        """Bring one stage of a column up to date with its bucket."""
        stage, direction = bucket.key
        if stage is None:
            return
        value = None if not bucket.claims else bucket.value(key)
        moved = column.set(stage, value)
        unknown = stage not in column.values and self.stage_claims[stage] > 0
        if unknown != (stage in column.missing):
            moved = True
            (column.missing.add if unknown else column.missing.discard)(stage)
        if changes is not None and moved:
            changes.column("column", direction, key, stage)

    def _keys(self, state: ClaimState) -> list[BucketKey]:
        direction = state.claim.direction
        stage = state.claim.stage
        if direction.kind == "each_side":
            return [(stage, f"to {party}") for party in self.parties]
        return [(stage, direction.label)]

    def _count(self, stage: int, step: int, changes: Changes) -> None:
        self.stage_claims[stage] += step
        if self.stage_claims[stage] not in (0, 1) or (step < 0 and self.stage_claims[stage] == 1):
            return
        # The stage appeared or went: every column now misses it, or no longer does.
        self._stages = None
        changes.keys.add(("stages",))
        for (direction, key), column in self.columns.items():
            if stage in column.values:
                continue
            if self.stage_claims[stage]:
                column.missing.add(stage)
            else:
                column.missing.discard(stage)
            changes.column("column", direction, key, stage)

    def _date(self, stage: int, before: ClaimState | None, after: ClaimState | None, changes: Changes) -> None:
        """Keep the claims that date the stage, each at its current version, in the order they were recorded."""
        dated = self.dated_by.setdefault(stage, {})
        earliest = self.stage_date(stage)
        if before is not None and before.claim.stage_day is not None and after is None:
            dated.pop(before.claim_id, None)
        elif after is not None and after.claim.stage_day is not None:
            dated[after.claim_id] = evidence_of(after, "date", after.claim.stage_day)
        else:
            return
        self._dates.pop(stage, None)
        changes.keys.add(("dated", stage))
        if self.stage_date(stage) != earliest:
            changes.keys.add(("dates",))


def build_ledger(exchange: Exchange, unit: str | None = None, terms: Terms | None = None) -> Ledger:
    """Sort every active claim of the exchange into buckets and accept a value for each figure; with `unit`, the
    claims counting that unit instead of the agreement's, against `terms`."""
    ledger = Ledger(
        exchange.parties,
        exchange.agreement.terms if terms is None else terms,
        unit=unit or exchange.agreement.unit,
        agreed_unit=exchange.agreement.unit,
        completions=tuple(exchange.completions),
        denials=tuple(exchange.denials),
        statements=exchange.all_terms(),
    )
    grouped: dict[BucketKey, list[ClaimState]] = {}
    for state in exchange.claims.values():
        if state.active and remarked(state):
            ledger.remarked[state.claim_id] = state
        if state.active and not ledger.counts(state):
            ledger.aside[state.claim_id] = state
        elif state.active:
            for key in ledger._keys(state):
                grouped.setdefault(key, []).append(state)
            stage = state.claim.stage
            if stage is not None:
                ledger.stage_claims[stage] += 1
                if state.claim.stage_day is not None:
                    ledger.dated_by.setdefault(stage, {})[state.claim_id] = evidence_of(
                        state, "date", state.claim.stage_day
                    )
    for key, states in grouped.items():
        bucket = ledger.buckets[key] = Bucket(*key)
        bucket.load(states)
    return ledger


def remarked(state: ClaimState | None) -> bool:
    """True when a claim carries notes, names mediators or says its origin gave no figure."""
    claim = state.claim if state is not None else None
    return claim is not None and bool(claim.notes or claim.mediated_by or claim.origin_gave_no)
