"""The ledger: every claim's figures sorted by stage and direction, and the value accepted for each."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from domain.exchange import ClaimState, Completion, Exchange
from domain.figures import Terms, Tier
from domain.findings import Evidence

Status = Literal["agreed", "resolved", "disputed", "derived"]
TOTAL = "total"
CUMULATIVE = "cumulative"


@dataclass(frozen=True, slots=True)
class FigureState:
    """One figure of one stage and direction: the value accepted, why, and every claim's value."""

    key: str
    accepted: int | None
    status: Status
    reason: str
    evidence: tuple[Evidence, ...] = ()
    low: int | None = None
    high: int | None = None
    basis: tuple[str, ...] = ()
    """For a derived value, the keys it was computed from."""


@dataclass(slots=True)
class Dimension:
    """A breakdown as the claims of one stage and direction state it."""

    name: str
    within: str | None
    complete: bool = False
    parts: list[str] = field(default_factory=list)

    def part_keys(self) -> list[str]:
        """The ledger keys of its parts: 'service:military', 'service:civilian'."""
        return [f"{self.name}:{part}" for part in self.parts]


@dataclass(slots=True)
class Bucket:
    """Everything claimed about one stage (None: the whole exchange) in one direction."""

    stage: int | None
    direction: str
    evidence: dict[str, list[Evidence]] = field(default_factory=lambda: defaultdict(list))
    dimensions: dict[str, Dimension] = field(default_factory=dict)
    subsets: dict[str, str | None] = field(default_factory=dict)
    figures: dict[str, FigureState] = field(default_factory=dict)

    def value(self, key: str) -> int | None:
        """The accepted value, 0 for a part a complete breakdown leaves out, or None when unknown."""
        state = self.figures.get(key)
        if state is not None:
            return state.accepted
        dimension, _, _part = key.partition(":")
        known = self.dimensions.get(dimension)
        return 0 if known is not None and known.complete and known.within is None and _part else None

    def part_key(self, part: str) -> str | None:
        """The key of a part by its name alone ('military' -> 'service:military'), if any breakdown has it."""
        for dimension in self.dimensions.values():
            if part in dimension.parts:
                return f"{dimension.name}:{part}"
        return None


@dataclass(frozen=True, slots=True)
class Ledger:
    """The reconciled figures of one exchange, ready for the rules."""

    parties: tuple[str, str]
    terms: Terms
    buckets: dict[tuple[int | None, str], Bucket]
    stage_dates: dict[int, date | None]
    completions: tuple[Completion, ...]
    dated_by: dict[int, tuple[Evidence, ...]]
    """For each stage, the claims that give its date."""

    @property
    def stages(self) -> list[int]:
        """Stage numbers that have at least one claim, in order."""
        return sorted(self.stage_dates)

    def bucket(self, stage: int | None, direction: str) -> Bucket | None:
        """The bucket of a stage and direction, if anything was claimed there."""
        return self.buckets.get((stage, direction))


def build_ledger(exchange: Exchange) -> Ledger:
    """Sort every active claim of the exchange into buckets and accept a value for each figure."""
    buckets: dict[tuple[int | None, str], Bucket] = {}
    stage_dates: dict[int, date | None] = {}
    dated_by: dict[int, list[Evidence]] = defaultdict(list)
    for state in exchange.claims.values():
        if not state.active:
            continue
        claim = state.claim
        if claim.stage is not None:
            stage_dates.setdefault(claim.stage, None)
            if claim.took_place_on is not None:
                dated_by[claim.stage].append(_evidence(state, "date", claim.took_place_on))
        for direction in _directions(state, exchange.parties):
            bucket = buckets.setdefault((claim.stage, direction), Bucket(claim.stage, direction))
            _add_claim(bucket, state)
    for bucket in buckets.values():
        _accept(bucket)
    directions = [f"to {party}" for party in exchange.parties] + ["combined"]
    # Stages in order, the whole exchange last; directions in the order the agreement names the parties.
    ordered = dict(
        sorted(buckets.items(), key=lambda item: (item[0][0] is None, item[0][0] or 0, directions.index(item[0][1])))
    )
    for stage, evidence in dated_by.items():
        stage_dates[stage] = min(item.value for item in evidence if isinstance(item.value, date))
    return Ledger(
        exchange.parties,
        exchange.agreement.terms,
        ordered,
        stage_dates,
        tuple(exchange.completions),
        {stage: tuple(evidence) for stage, evidence in dated_by.items()},
    )


def _evidence(state: ClaimState, figure: str, value: int | date) -> Evidence:
    source = state.claim.source
    return Evidence(
        source=source.label,
        tier=source.tier,
        claim_id=state.claim_id,
        version=state.version,
        figure=figure,
        value=value,
    )


def _directions(state: ClaimState, parties: tuple[str, str]) -> Iterable[str]:
    direction = state.claim.direction
    if direction.kind == "each_side":
        return [f"to {party}" for party in parties]
    return [direction.label]


def _add_claim(bucket: Bucket, state: ClaimState) -> None:
    claim = state.claim
    for key, value in claim.figures.values().items():
        bucket.evidence[key].append(_evidence(state, key, value))
    for breakdown in claim.figures.breakdowns:
        dimension = bucket.dimensions.setdefault(breakdown.dimension, Dimension(breakdown.dimension, breakdown.within))
        dimension.complete = dimension.complete or breakdown.complete
        dimension.parts.extend(part for part in breakdown.parts if part not in dimension.parts)
    for subset in claim.figures.subsets:
        bucket.subsets.setdefault(subset.name, subset.within)


def _accept(bucket: Bucket) -> None:
    for key, evidence in bucket.evidence.items():
        bucket.figures[key] = accept(key, _counted_once(evidence))
    if TOTAL not in bucket.figures:
        derived = _derived_total(bucket)
        if derived is not None:
            bucket.figures[TOTAL] = derived


def _counted_once(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """The same source saying the same value twice is one piece of evidence, not two."""
    seen: dict[tuple[str, int | date], Evidence] = {}
    for item in evidence:
        seen.setdefault((item.source, item.value), item)
    return tuple(seen.values())


def count_of(item: Evidence) -> int:
    """The count a piece of figure evidence carries."""
    if isinstance(item.value, int):
        return item.value
    raise TypeError(f"{item.figure} evidence carries a date, not a count")


def accept(key: str, evidence: tuple[Evidence, ...]) -> FigureState:
    """Accept the value all sources give, else the most reliable tier's, else show the figure as disputed."""
    values = sorted({count_of(item) for item in evidence})
    if len(values) == 1:
        names = len({item.source for item in evidence})
        reason = "one source" if names == 1 else f"{names} sources agree"
        return FigureState(key, values[0], "agreed", reason, evidence)
    best = min(item.tier.rank for item in evidence)
    top = sorted({count_of(item) for item in evidence if item.tier.rank == best})
    tier = list(Tier)[best].label
    if len(top) == 1:
        reason = f"sources differ; accepted the {tier} value"
        return FigureState(key, top[0], "resolved", reason, evidence, values[0], values[-1])
    reason = f"{tier} sources differ ({top[0]:,} to {top[-1]:,}); disputed"
    return FigureState(key, None, "disputed", reason, evidence, values[0], values[-1])


def _derived_total(bucket: Bucket) -> FigureState | None:
    for dimension in sorted(bucket.dimensions.values(), key=lambda d: d.name):
        if dimension.within is not None or not dimension.complete:
            continue
        values = [bucket.figures[key].accepted for key in dimension.part_keys()]
        if all(value is not None for value in values):
            parts = " + ".join(dimension.parts)
            reason = f"derived: {parts} (a complete {dimension.name} breakdown)"
            total = sum(v for v in values if v is not None)
            evidence = tuple(item for key in dimension.part_keys() for item in bucket.figures[key].evidence)
            return FigureState(TOTAL, total, "derived", reason, evidence, basis=tuple(dimension.part_keys()))
    return None
