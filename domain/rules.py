"""Rules about the figures of one stage and direction: parts make up totals, sources agree."""

from __future__ import annotations

from collections.abc import Iterator

from domain.acceptance import TOTAL, FigureState, count_of
from domain.buckets import Bucket, BucketKey, Dimension
from domain.findings import Check, Evidence, Severity, Subject, signed, unique
from domain.reconciliation.view import View

BREAKDOWN_SUM = "breakdown-sum"
CATEGORY_BREAKDOWN = "category-breakdown"
SUBSET_WITHIN_BASE = "subset-within-base"
SOURCE_AGREEMENT = "source-agreement"
COMBINED_DIRECTIONS = "combined-directions"


def buckets(view: View) -> tuple[BucketKey, ...]:
    """The scopes of the rules about one stage and direction: every bucket, in report order."""
    return view.buckets()


def breakdown_sum(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """breakdown-sum in one stage and direction: each breakdown of the total against it."""
    bucket = view.bucket(*key)
    total = bucket.figures.get(TOTAL) if bucket else None
    if bucket is None or total is None or total.accepted is None:
        return
    for dimension in bucket.dimensions.values():
        if dimension.within is None and set(total.basis) != set(dimension.part_keys()):
            yield from _balance(BREAKDOWN_SUM, bucket, dimension, total, passing)


def category_breakdown(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """category-breakdown in one stage and direction: each breakdown of a category against its figure."""
    for bucket in _bucket(view, key):
        for dimension in bucket.dimensions.values():
            base_key = bucket.part_key(dimension.within) if dimension.within else None
            base = bucket.figures.get(base_key) if base_key else None
            if base is not None and base.accepted is not None:
                yield from _balance(CATEGORY_BREAKDOWN, bucket, dimension, base, passing)


def _balance(rule: str, bucket: Bucket, dimension: Dimension, base: FigureState, passing: bool) -> Iterator[Check]:
    states = [bucket.figures[key] for key in dimension.part_keys()]
    values = [state.accepted for state in states]
    if base.accepted is None or any(value is None for value in values):
        return
    found = sum(value for value in values if value is not None)
    difference = found - base.accepted
    passed = difference == 0 if dimension.complete else difference <= 0
    if passed and not passing:
        return
    terms = " + ".join(f"{part} {value:,}" for part, value in zip(dimension.parts, values, strict=True))
    relation = "makes up" if dimension.complete else "does not exceed"
    outcome = "balances" if passed else f"off by {signed(difference)}"
    yield Check(
        rule=rule,
        severity=Severity.ERROR,
        passed=passed,
        subject=Subject(stage=bucket.stage, direction=bucket.direction, figure=dimension.name),
        message=(
            f"{terms} = {found:,}; {'complete' if dimension.complete else 'partial'} {dimension.name} breakdown "
            f"{relation} {base.key.split(':')[-1]} {base.accepted:,}: {outcome}"
        ),
        expected=("= " if dimension.complete else "<= ") + f"{base.accepted:,}",
        found=f"{found:,}",
        difference=difference,
        evidence=_evidence(base, *states),
    )


def subset_within_base(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """subset-within-base in one stage and direction: each subset against its base."""
    for bucket in _bucket(view, key):
        for name, within in bucket.subsets.items():
            subset = bucket.figures[f"subset:{name}"]
            base_key = bucket.part_key(within) if within else TOTAL
            base = bucket.figures.get(base_key) if base_key else None
            if base is None or base.accepted is None or subset.accepted is None:
                continue
            difference = subset.accepted - base.accepted
            passed = difference <= 0
            if passed and not passing:
                continue
            yield Check(
                rule=SUBSET_WITHIN_BASE,
                severity=Severity.ERROR,
                passed=passed,
                subject=Subject(stage=bucket.stage, direction=bucket.direction, figure=f"subset:{name}"),
                message=(
                    f"{name} {subset.accepted:,} of {base.key.split(':')[-1]} {base.accepted:,}: "
                    + ("within its base" if passed else f"exceeds its base by {difference:,}")
                ),
                expected=f"<= {base.accepted:,}",
                found=f"{subset.accepted:,}",
                difference=difference,
                evidence=_evidence(base, subset),
            )


def source_agreement(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """source-agreement in one stage and direction: each figure that more than one source gives."""
    bucket = view.sources(*key)
    for state in bucket.figures.values() if bucket else ():
        passed = state.status == "agreed"
        if state.status == "derived" or (passed and not passing):
            continue
        sources = {item.source for item in state.evidence}
        if passed and len(sources) < 2:
            continue
        values = "" if passed else "; ".join(f"{e.source} ({e.tier.label}) {e.shown}" for e in state.evidence)
        if passed:
            verdict = f"{len(sources)} sources agree on {state.accepted:,}"
        elif state.accepted is not None:
            verdict = f"{values}: accepted {state.accepted:,} ({state.reason})"
        else:
            verdict = f"{values}: disputed, range {state.low:,} to {state.high:,}"
        yield Check(
            rule=SOURCE_AGREEMENT,
            severity=Severity.ERROR if state.status == "disputed" else Severity.WARNING,
            passed=passed,
            subject=Subject(stage=key[0], direction=key[1], figure=state.key),
            message=verdict,
            expected="one value from every source",
            found=f"{state.accepted:,}"
            if passed
            else " / ".join(f"{v:,}" for v in sorted({count_of(e) for e in state.evidence})),
            difference=None if state.low is None or state.high is None else state.high - state.low,
            evidence=state.evidence,
        )


def combined_directions(view: View, scope: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """combined-directions at one stage's combined figures (other buckets have none): each against the two
    directions added."""
    for bucket in _bucket(view, scope) if scope[1] == "combined" else []:
        sides = [view.bucket(bucket.stage, f"to {party}") for party in view.parties]
        for key, state in bucket.figures.items():
            side_values = [side.value(key) if side else None for side in sides]
            if state.accepted is None or any(value is None for value in side_values):
                continue
            found = sum(value for value in side_values if value is not None)
            difference = found - state.accepted
            if difference == 0 and not passing:
                continue
            side_states = [side.figures[key] for side in sides if side and key in side.figures]
            yield Check(
                rule=COMBINED_DIRECTIONS,
                severity=Severity.ERROR,
                passed=difference == 0,
                subject=Subject(stage=bucket.stage, direction="combined", figure=key),
                message=(
                    " + ".join(f"to {p} {v:,}" for p, v in zip(view.parties, side_values, strict=True))
                    + f" = {found:,}; combined {state.accepted:,}: "
                    + ("balances" if difference == 0 else f"off by {signed(difference)}")
                ),
                expected=f"= {state.accepted:,}",
                found=f"{found:,}",
                difference=difference,
                evidence=unique(_evidence(state, *side_states)),
            )


def _bucket(view: View, key: BucketKey) -> list[Bucket]:
    bucket = view.bucket(*key)
    return [] if bucket is None else [bucket]


def _evidence(*states: FigureState) -> tuple[Evidence, ...]:
    return tuple(item for state in states for item in state.evidence)
