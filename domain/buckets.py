"""A bucket: everything claimed about one stage (or the whole exchange) in one direction, and the values accepted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from uuid import UUID

from domain.acceptance import TOTAL, FigureState, accept, agreed_reason, counted_once, derived_total
from domain.claim_evidence import claim_evidence as claim_evidence
from domain.claim_evidence import evidence_of as evidence_of
from domain.dimensions import Dimension as Dimension
from domain.dimensions import DimensionKey, same_people, take_breakdowns, take_subsets
from domain.exchange import ClaimState
from domain.findings import Evidence
from domain.proper_reading import IN_ADDITION, Additions, additions, read_totals, weighed_both_ways
from domain.restated import BucketKey as BucketKey
from domain.restated import Reading as Reading
from domain.restated import Restated


@dataclass(slots=True)
class Bucket:
    """Everything claimed about one stage (None: the whole exchange) in one direction."""

    stage: int | None
    direction: str
    claims: dict[UUID, ClaimState] = field(default_factory=dict)
    evidence: dict[str, dict[UUID, Evidence]] = field(default_factory=dict)
    dimensions: dict[DimensionKey, Dimension] = field(default_factory=dict)
    subsets: dict[str, str | None] = field(default_factory=dict)
    relations: dict[str, set[str]] = field(default_factory=dict)
    """Each group's relation to its base as the claims state it: {'among'}, {'in_addition'}, or both (disputed)."""
    same_as: dict[str, str] = field(default_factory=dict)
    """Each group the dossier says is the same people as a breakdown part: 'foreigners' -> 'citizenship:foreign'."""
    figures: dict[str, FigureState] = field(default_factory=dict)

    @property
    def key(self) -> BucketKey:
        """(stage, direction)."""
        return self.stage, self.direction

    def value(self, key: str) -> int | None:
        """The accepted value, 0 for a part a complete breakdown leaves out, or None when unknown."""
        state = self.figures.get(key)
        if state is not None:
            return state.accepted
        dimension, _, part = key.partition(":")
        known = self.dimensions.get((dimension, None))
        return 0 if known is not None and known.complete and known.within is None and part else None

    def part_key(self, part: str) -> str | None:
        """The key of a part by its name alone ('military' -> 'service:military'), if any breakdown has it."""
        for dimension in self.dimensions.values():
            if part in dimension.parts:
                return f"{dimension.name}:{part}"
        return None

    def put(self, state: ClaimState, given: dict[str, Evidence] | None = None) -> Restated:
        """Add a claim, or replace it with its corrected figures; says what that restated. `given`: the claim's
        evidence, when already read (a claim about each side goes into two buckets)."""
        claim_id = state.claim_id
        known = self.claims.get(claim_id)
        self.claims[claim_id] = state
        if known is not None:
            return self._rebuild([*known.claim.figures.values(), *state.claim.figures.values()])
        restated: dict[str, Reading] = {}
        weigh = []
        evidence = self.evidence
        for key, item in (claim_evidence(state) if given is None else given).items():
            cited = evidence.get(key)
            if cited is None:
                evidence[key] = {claim_id: item}
            else:
                cited[claim_id] = item
            if not self._repeats(key, item, restated):
                weigh.append(key)
        shaped = self._shape(state)
        found = self._accept_again(weigh, None, restated, shaped)
        figures = self.figures
        if TOTAL in figures and next(reversed(figures)) != TOTAL:
            figures[TOTAL] = figures.pop(TOTAL)  # a figure new to the bucket goes before the total
        return found

    def _repeats(self, key: str, item: Evidence, restated: dict[str, Reading]) -> bool:
        """True when a new claim's figure repeats the value every source agrees on, so that its reading is the one
        weighing all the evidence again would give, found without weighing it: the same reading when its source
        already said so (counted once), else the same value with one more source."""
        before = self.figures.get(key)
        if before is None or before.status != "agreed" or item.value != before.accepted:
            return False
        if any(known.source == item.source for known in before.evidence):
            return True
        cited = (*before.evidence, item)
        self._set(key, FigureState(key, before.accepted, "agreed", agreed_reason(cited), cited), restated)
        return True

    def drop(self, claim_id: UUID) -> Restated:
        """Take a retracted claim out; says what that restated."""
        known = self.claims.pop(claim_id)
        return self._rebuild(list(known.claim.figures.values()))

    def load(self, states: Iterable[tuple[ClaimState, dict[str, Evidence]]]) -> None:
        """Fill an empty bucket with many claims at once, each with its evidence (read once by the caller, as a claim
        about each side goes into two buckets), weighing each figure's evidence once."""
        evidence, claims = self.evidence, self.claims
        for state, given in states:
            claim_id = state.claim_id
            claims[claim_id] = state
            for key, item in given.items():
                cited = evidence.get(key)
                if cited is None:
                    evidence[key] = {claim_id: item}
                else:
                    cited[claim_id] = item
            figures = state.claim.figures
            if figures.breakdowns:
                take_breakdowns(self.dimensions, figures.breakdowns)
            if figures.subsets:
                take_subsets(self.subsets, self.relations, self.same_as, figures.subsets)
        # Once all parts are in: it only adds relations to groups the claims named first, so the bucket ends the same.
        same_people(self.dimensions, self.relations, self.same_as)
        weighed = self.figures
        for key, cited in evidence.items():  # an empty bucket: each figure weighed once, in the claims' order
            if key != TOTAL:
                weighed[key] = accept(key, counted_once(cited.values()))
        self._weigh_total(True, {})

    def _rebuild(self, keys: list[str]) -> Restated:
        """Rebuild the evidence of `keys` and the breakdowns' shape in the order the claims were recorded."""
        shape = self._signature()
        rebuilt = dict.fromkeys(keys)
        for key in rebuilt:
            self.evidence[key] = {}
        for claim_id, state in self.claims.items():
            given = state.claim.figures.values()
            for key, item in claim_evidence(state, {key: given[key] for key in rebuilt if key in given}).items():
                self.evidence[key][claim_id] = item
        for key in rebuilt:
            if not self.evidence[key]:
                del self.evidence[key]
        self.dimensions.clear()
        self.subsets.clear()
        self.relations.clear()
        self.same_as.clear()
        for state in self.claims.values():
            self._shape(state)
        found = self._accept_again(keys, shape)
        self._in_claim_order()
        return found

    def _in_claim_order(self) -> None:
        """Order the figures as weighing every claim afresh does (by the first claim giving each, the total last), so
        that a bucket kept up to date through corrections and retractions lists them as a fresh one would."""
        rank = {claim_id: number for number, claim_id in enumerate(self.claims)}

        def first(key: str) -> tuple[int, int]:
            claim_id = next(iter(self.evidence[key]))
            return rank[claim_id], list(self.claims[claim_id].claim.figures.values()).index(key)

        order = sorted(self.evidence, key=first)
        self.evidence = {key: self.evidence[key] for key in order}
        named = [key for key in order if key in self.figures and key != TOTAL]
        rest = [key for key in self.figures if key not in self.evidence or key == TOTAL]
        self.figures = {key: self.figures[key] for key in [*named, *rest]}

    def _signature(self) -> tuple[object, ...]:
        dimensions = tuple((d.name, d.within, d.complete, len(d.parts)) for d in self.dimensions.values())
        relations = tuple((name, tuple(sorted(stated))) for name, stated in self.relations.items())
        return dimensions, tuple(self.subsets.items()), relations

    def _accept_again(
        self,
        keys: list[str],
        shape: tuple[object, ...] | None,
        restated: dict[str, Reading] | None = None,
        shaped: bool = False,
    ) -> Restated:
        """Weigh the evidence of `keys` again, and the derived total, in the order the claims first gave each."""
        restated = {} if restated is None else restated
        for key in self._claim_order(keys):
            if key != TOTAL:
                evidence = self.evidence.get(key)
                self._set(key, accept(key, counted_once(evidence.values())) if evidence else None, restated)
        self._weigh_total(TOTAL in keys, restated)
        return Restated(restated, shaped or (shape is not None and shape != self._signature()))

    def _weigh_total(self, given: bool, restated: dict[str, Reading]) -> None:
        """Weigh the total again when its evidence changed (`given`) or it may read a figure as the exchange proper;
        with no claim giving one, derive it from the parts."""
        if TOTAL in self.evidence:
            if given or self._reads_proper():
                totals = read_totals(counted_once(self.evidence[TOTAL].values()), self.additions())
                totals = weighed_both_ways(totals, self.relations, self.figures, self.claims.values())
                self._set(TOTAL, accept(TOTAL, counted_once(totals)), restated)
        else:
            # Derived from the parts, which may have changed; kept last, as a fresh weighing puts it.
            self._set(TOTAL, self._derived_total(), restated, last=True)

    def _claim_order(self, keys: list[str]) -> list[str]:
        """`keys` once each, in the order the claims first gave them, then those no claim gives any longer."""
        evidence = self.evidence
        if len(keys) == 1:
            return keys
        weighed = set(keys)
        ordered = [key for key in evidence if key in weighed]
        gone = [key for key in dict.fromkeys(keys) if key not in evidence]
        return ordered + gone if gone else ordered

    def additions(self) -> Additions | None:
        """The groups every source naming them counts in addition to the total, each with its one count."""
        return additions(self.relations, self.figures, self.claims.values())

    def _reads_proper(self) -> bool:
        """True when the total may read a figure as the exchange proper, or did: any change may alter that."""
        total = self.figures.get(TOTAL)
        lifted = total is not None and any(item.proper is not None for item in total.evidence)
        return lifted or any(IN_ADDITION in stated for stated in self.relations.values())

    def _set(self, key: str, after: FigureState | None, restated: dict[str, Reading], last: bool = False) -> None:
        before = self.figures.get(key)
        if after is not None and before is not None and after == before:
            after = before  # the same state, weighed again: nothing to restate
        if last and after is not None and key in self.figures and next(reversed(self.figures)) != key:
            del self.figures[key]
        if after is None:
            self.figures.pop(key, None)
        else:
            self.figures[key] = after
        if after is not before:
            restated[key] = (before, after)

    def _shape(self, state: ClaimState) -> bool:
        """Take in a claim's breakdowns and subsets; True when that changed the bucket's shape."""
        figures = state.claim.figures
        shaped = take_breakdowns(self.dimensions, figures.breakdowns) if figures.breakdowns else False
        if figures.subsets:
            shaped = take_subsets(self.subsets, self.relations, self.same_as, figures.subsets) or shaped
        return same_people(self.dimensions, self.relations, self.same_as) or shaped

    def _derived_total(self) -> FigureState | None:
        for dimension in sorted(self.dimensions.values(), key=lambda d: d.name):
            if dimension.within is None and dimension.complete:
                parts = [(key, self.figures.get(key)) for key in dimension.part_keys()]
                derived = derived_total(parts, dimension.name)
                if derived is not None:
                    return derived
        return None
