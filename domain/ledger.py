"""The ledger: every claim's figures sorted by stage and direction, kept up to date one claim at a time.

Each change says which parts of the ledger it changed, as keys the reconciliation engine matches against what each
check read (domain/reconciliation/): a bucket, the numbered stages, the stages' dates (or the claims dating one), a
column of one figure across the stages (its values, or only the claims they cite), the declarations of completion.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from domain.added_index import AddedIndex
from domain.buckets import Bucket, BucketKey, Reading, claim_evidence
from domain.columns import Changes, Column, KeptColumns, fill
from domain.exchange import ClaimState, Completion, Denial, Exchange, StatedTerms
from domain.figures import Terms
from domain.findings import Evidence
from domain.ledger_load import bucket_keys, load_claims, remarked
from domain.restated import Restated
from domain.stage_index import StageIndex

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
    index: StageIndex = field(default_factory=StageIndex)
    """The numbered stages with claims, and the claims dating each."""
    columns: KeptColumns = field(default_factory=KeptColumns)
    """Columns asked for so far, kept up to date from then on."""
    _order: list[BucketKey] | None = None
    """The buckets' keys in report order, kept in order as buckets come and go once asked for."""
    added: AddedIndex = field(default_factory=AddedIndex, repr=False, compare=False)
    """The stages of each direction naming a group in addition (see domain/added_index.py)."""

    @property
    def sides(self) -> tuple[str, str]:
        """The directions the parties receive in: 'to Ukraine', 'to Russia'."""
        first, second = self.parties
        return f"to {first}", f"to {second}"

    @property
    def stages(self) -> list[int]:
        """Stage numbers that have at least one claim, in order."""
        return self.index.numbers

    @property
    def dated_by(self) -> dict[int, dict[UUID, Evidence]]:
        """Per stage, the claims giving its day, in the order they were recorded."""
        return self.index.dated_by

    def column(self, direction: str, key: str) -> Column:
        """A figure of one direction across the stages, kept up to date from now on."""
        found = self.columns.get(direction, key)
        if found is None:
            found = self.columns.add(direction, key)
            for bucket in self.buckets.values():
                if bucket.direction == direction and bucket.stage is not None:
                    fill(found, bucket, key, True)
            found.missing = {stage for stage in self.stages if stage not in found.values}
        return found

    def stage_date(self, stage: int) -> date | None:
        """The earliest date a claim gives for the stage."""
        return self.index.date(stage)

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
        either = after or before
        if either is None:
            return changes
        if remarked(before) or remarked(after):
            self.remarked.pop(either.claim_id, None)
            if after is not None and after.active and remarked(after):
                self.remarked[after.claim_id] = after
            changes.keys.add(("remarked",))
        if not self.counts(either):
            self.aside.pop(either.claim_id, None)
            if after is not None and after.active:
                self.aside[after.claim_id] = after
            changes.keys.add(("aside",))
            return changes
        was = before if before is not None and before.active else None
        now = after if after is not None and after.active else None
        stage = either.claim.stage
        step = 0 if stage is None or (was is None) == (now is None) else +1 if now else -1
        if stage is not None and (was or now):
            self._date(stage, was, now, changes)
        if step < 0 and stage is not None:
            self._count(stage, step, changes)  # before the columns lose the stage's values, which then go unmissed
        restated: dict[BucketKey, Restated] = {}
        keys = self._keys(now) if now is not None else ()
        if was is not None:
            for key in self._keys(was):
                if key not in keys:
                    restated[key] = self.buckets[key].drop(was.claim_id)
        if now is not None:
            given = claim_evidence(now) if len(keys) > 1 else None
            for key in keys:
                restated[key] = self._bucket_of(key, changes).put(now, given)
        unstated = either.claim.figures.unstated
        for key, what in restated.items():
            # Who said what changed, even when no accepted reading moved (a source restating figures it gave).
            changes.keys.add(("sources", *key))
            self._restate(self.buckets[key], what, changes)
            if unstated:
                # A claim that gives no number restates no figure, yet a check naming who reported the stage reads it.
                changes.keys.add(("bucket", *key))
        if step > 0 and stage is not None:
            self._count(stage, step, changes)  # after the columns took the stage's values: only the others miss it
        return changes

    def _bucket_of(self, key: BucketKey, changes: Changes) -> Bucket:
        """The bucket of a key, made (and put in order) when the first claim comes to it."""
        bucket = self.buckets.get(key)
        if bucket is None:
            bucket = self.buckets[key] = Bucket(*key)
            if self._order is not None:
                insort(self._order, key, key=self._rank)
            changes.keys.add(("buckets",))
        return bucket

    def _restate(self, bucket: Bucket, what: Restated, changes: Changes) -> None:
        stage, direction = key = bucket.stage, bucket.direction
        if what:
            changes.keys.add(("bucket", stage, direction))
        readings = {
            figure: (old, new)
            for figure, (old, new) in what.figures.items()
            if (old is not None if new is None else not new.same_reading(old))
        }
        if readings:
            changes.readings[key] = readings
        if readings or what.shape_changed:
            changes.keys.add(("figures", stage, direction))
        if what.shape_changed:
            changes.keys.add(("shape", stage, direction))  # what a check of one figure reads besides it
        changes.keys.update(("restated", stage, direction, figure) for figure in what.figures)  # and cites
        self.added.note(bucket, changes)
        if not bucket.claims:
            del self.buckets[key]
            if self._order is not None:
                self._order.remove(key)
            changes.keys.add(("buckets",))
        every = what.shape_changed or not bucket.claims
        counted = stage is not None and self.index.claims[stage] > 0
        self.columns.restate(bucket, None if every else what.figures, counted, changes)

    def _keys(self, state: ClaimState) -> tuple[BucketKey, ...]:
        return bucket_keys(state.claim.stage, state.claim.direction, self.sides)

    def _count(self, stage: int, step: int, changes: Changes) -> None:
        if not self.index.count(stage, step):
            return
        changes.keys.add(("stages",))
        self.columns.counted(stage, self.index.claims[stage] > 0, changes)

    def _date(self, stage: int, before: ClaimState | None, after: ClaimState | None, changes: Changes) -> None:
        dated, moved = self.index.redate(stage, before, after)
        if dated:
            changes.keys.add(("dated", stage))
        if moved:
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
    load_claims(ledger, exchange.claims.values())
    return ledger
