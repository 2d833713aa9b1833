"""A bucket: everything claimed about one stage (or the whole exchange) in one direction, and the values accepted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from domain.acceptance import TOTAL, FigureState, accept, counted_once, derived_total
from domain.exchange import ClaimState
from domain.findings import Evidence

BucketKey = tuple[int | None, str]
Reading = tuple[FigureState | None, FigureState | None]
"""A figure's reading before and after a change."""


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
        self.parts.extend(new)
        self.keys.extend(f"{self.name}:{part}" for part in new)
        return bool(new)


@dataclass(slots=True)
class Bucket:
    """Everything claimed about one stage (None: the whole exchange) in one direction."""

    stage: int | None
    direction: str
    claims: dict[UUID, ClaimState] = field(default_factory=dict)
    evidence: dict[str, dict[UUID, Evidence]] = field(default_factory=dict)
    dimensions: dict[str, Dimension] = field(default_factory=dict)
    subsets: dict[str, str | None] = field(default_factory=dict)
    figures: dict[str, FigureState] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)
    reshaped: bool = False
    """A breakdown became complete or gained a part: parts left out may now count as 0 elsewhere."""
    added: dict[str, list[Evidence]] = field(default_factory=dict)
    """Since the last settling, evidence added by new claims, per figure (see `_accept`)."""
    rebuilt: set[str] = field(default_factory=set)
    """Since the last settling, figures whose evidence was rebuilt by a correction or retraction."""
    quoted: dict[str, set[tuple[str, int | date]]] = field(default_factory=dict)
    """Per figure, the (source, value) pairs its accepted reading cites, once asked for."""
    restated: set[str] = field(default_factory=set)
    """The figures whose reading the last settling replaced (their evidence may have changed; the others'
    did not)."""

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
        known = self.dimensions.get(dimension)
        return 0 if known is not None and known.complete and known.within is None and part else None

    def part_key(self, part: str) -> str | None:
        """The key of a part by its name alone ('military' -> 'service:military'), if any breakdown has it."""
        for dimension in self.dimensions.values():
            if part in dimension.parts:
                return f"{dimension.name}:{part}"
        return None

    def put(self, state: ClaimState) -> None:
        """Add a claim, or replace it with its corrected figures."""
        known = self.claims.get(state.claim_id)
        self.claims[state.claim_id] = state
        if known is None:
            for key, value in state.claim.figures.values().items():
                item = self.evidence.setdefault(key, {})[state.claim_id] = evidence_of(state, key, value)
                self.added.setdefault(key, []).append(item)
                self.dirty.add(key)
            if self._shape(state):
                self.reshaped = True
        else:
            shape = self._signature()
            self._reindex(set(known.claim.figures.values()) | set(state.claim.figures.values()))
            self.reshaped = self.reshaped or shape != self._signature()

    def drop(self, claim_id: UUID) -> None:
        """Take a retracted claim out."""
        shape = self._signature()
        known = self.claims.pop(claim_id)
        self._reindex(set(known.claim.figures.values()))
        self.reshaped = self.reshaped or shape != self._signature()

    def _signature(self) -> tuple[object, ...]:
        dimensions = tuple((d.name, d.within, d.complete, len(d.parts)) for d in self.dimensions.values())
        return dimensions, len(self.subsets)

    def settle(self) -> dict[str, Reading]:
        """Accept a value for every figure the last changes touched; returns the figures whose reading changed."""
        changed: dict[str, Reading] = {}
        self.restated = set()
        if not self.dirty:
            return changed
        # In the order the claims first gave each figure, so that reports list them as sources do.
        keys = [key for key in self.evidence if key in self.dirty]
        keys += sorted(key for key in self.dirty if key not in self.evidence)
        for key in keys:
            if key != TOTAL:
                self._set(key, self._accept(key), changed)
        if TOTAL not in self.evidence:
            self.dirty.add(TOTAL)  # derived from parts, which may have changed
            self._set(TOTAL, self._derived_total(), changed)
        elif TOTAL in self.dirty:  # else no claim of the total changed, and it stands as it was
            self._set(TOTAL, self._accept(TOTAL), changed)
        self.dirty = set()
        self.added.clear()
        self.rebuilt.clear()
        return changed

    def _accept(self, key: str) -> FigureState | None:
        """The figure's reading from its evidence; when new claims only added sources repeating the value all
        sources agree on, or repeated what their source already said, the last reading extended rather than all
        the evidence weighed again (the same result: see `accept` and `counted_once`)."""
        before = self.figures.get(key)
        if before is not None and before.status != "derived" and key not in self.rebuilt:
            quoted = self.quoted.get(key)
            if quoted is None:
                quoted = self.quoted[key] = {(item.source, item.value) for item in before.evidence}
            fresh = []
            for item in self.added.get(key, ()):
                if (item.source, item.value) not in quoted:  # else its source said so already: counted once
                    quoted.add((item.source, item.value))
                    fresh.append(item)
            if not fresh:
                return before
            if before.status == "agreed" and all(item.value == before.accepted for item in fresh):
                cited = before.evidence + tuple(fresh)
                return FigureState(key, before.accepted, "agreed", f"{len(cited)} sources agree", cited)
        self.quoted.pop(key, None)  # weighed again below: what it cites is asked for afresh next time
        evidence = self.evidence.get(key)
        return accept(key, counted_once(evidence.values())) if evidence else None

    def _set(self, key: str, after: FigureState | None, changed: dict[str, Reading]) -> None:
        before = self.figures.get(key)
        if after is not before:
            self.restated.add(key)
        if after is None:
            self.figures.pop(key, None)
        else:
            self.figures[key] = after
        if (before is None) != (after is None) or (after is not None and not after.same_reading(before)):
            changed[key] = (before, after)

    def _shape(self, state: ClaimState) -> bool:
        """Take in a claim's breakdowns and subsets; True when that changed the bucket's shape."""
        reshaped = False
        for breakdown in state.claim.figures.breakdowns:
            dimension = self.dimensions.get(breakdown.dimension)
            if dimension is None:
                dimension = self.dimensions[breakdown.dimension] = Dimension(breakdown.dimension, breakdown.within)
                reshaped = True
            if breakdown.complete and not dimension.complete:
                dimension.complete = reshaped = True
            reshaped = dimension.extend(breakdown.parts) or reshaped
        for subset in state.claim.figures.subsets:
            if subset.name not in self.subsets:
                self.subsets[subset.name] = subset.within
                reshaped = True
        return reshaped

    def _reindex(self, keys: set[str]) -> None:
        """Rebuild the evidence of `keys` and the breakdowns' shape in the order the claims were recorded."""
        self.rebuilt |= keys
        for key in keys:
            self.evidence[key] = {
                claim_id: evidence_of(state, key, state.claim.figures.values()[key])
                for claim_id, state in self.claims.items()
                if key in state.claim.figures.values()
            }
            if not self.evidence[key]:
                del self.evidence[key]
        self.dimensions.clear()
        self.subsets.clear()
        for state in self.claims.values():
            self._shape(state)
        # Any figure may now be derived differently (a part left out of a complete breakdown counts as 0).
        self.dirty |= keys | set(self.figures)

    def _derived_total(self) -> FigureState | None:
        for dimension in sorted(self.dimensions.values(), key=lambda d: d.name):
            if dimension.within is None and dimension.complete:
                parts = [(key, self.figures.get(key)) for key in dimension.part_keys()]
                derived = derived_total(parts, dimension.name)
                if derived is not None:
                    return derived
        return None


def evidence_of(state: ClaimState, figure: str, value: int | date) -> Evidence:
    """One claim's value for one figure, as the rules cite it."""
    source = state.claim.source
    return Evidence(
        source=source.label,
        tier=source.tier,
        claim_id=state.claim_id,
        version=state.version,
        figure=figure,
        value=value,
    )
