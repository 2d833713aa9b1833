"""Rules about the figures of one stage and direction: parts make up totals, sources agree."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from domain.acceptance import TOTAL, FigureState
from domain.buckets import Bucket, BucketKey, Dimension
from domain.findings import Check, Evidence, Severity, Subject, signed, unique
from domain.intervals import judge_linear
from domain.readings import Span, Verdict, added, known, span, whichever_of
from domain.reconciliation.view import View

BREAKDOWN_SUM = "breakdown-sum"
CATEGORY_BREAKDOWN = "category-breakdown"
COMBINED_DIRECTIONS = "combined-directions"


def buckets(view: View) -> tuple[BucketKey, ...]:
    """The scopes of the rules about one stage and direction: every bucket, in report order."""
    return view.buckets()


def breakdown_sum(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """breakdown-sum in one stage and direction: each breakdown of the total against it."""
    bucket = view.bucket(*key)
    total = bucket.figures.get(TOTAL) if bucket else None
    if bucket is None or total is None or not total.known:
        return
    for dimension in bucket.dimensions.values():
        if dimension.within is None and set(total.basis) != set(dimension.part_keys()):
            yield from _balance(BREAKDOWN_SUM, bucket, dimension, total, passing)


def category_breakdown(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """category-breakdown in one stage and direction: each breakdown of a category against its figure."""
    for bucket in _bucket(view, key):
        for dimension in bucket.dimensions.values():
            base_key = _base_key(bucket, dimension.within) if dimension.within else None
            base = bucket.figures.get(base_key) if base_key else None
            if base is not None and base.known:
                yield from _balance(CATEGORY_BREAKDOWN, bucket, dimension, base, passing)


def _base_key(bucket: Bucket, within: str) -> str | None:
    """A group of that name wins over a breakdown part of that name."""
    return f"subset:{within}" if within in bucket.subsets else bucket.part_key(within)


def _balance(rule: str, bucket: Bucket, dimension: Dimension, base: FigureState, passing: bool) -> Iterator[Check]:
    states = [bucket.figures[key] for key in dimension.part_keys()]
    values = [state.accepted for state in states]
    if base.accepted is not None and None not in values:
        # Nearly every breakdown: each figure has its accepted value, and the sums are plain numbers.
        yield from _plain_balance(rule, bucket, dimension, base, states, passing)
        return
    if not known(base, *states):
        return
    complete = dimension.complete
    verdict = judge_linear([(-1, base), *((1, state) for state in states)], "=" if complete else "<=")
    if verdict.passed and not passing:
        return
    parts = [span(state) for state in states]
    sums, stated = added(parts), span(base)
    difference = sums - stated
    outcome = _outcome(verdict, difference, [base, *states], "balances")
    yield _balanced(
        rule,
        bucket,
        dimension,
        base,
        states,
        passed=verdict.passed,
        severity=Severity.WARNING if verdict.judgement == "depends" else Severity.ERROR,
        figures=([str(part) for part in parts], str(sums), str(stated)),
        off=difference.low if difference.exact else None,
        outcome=outcome,
    )


def _plain_balance(
    rule: str, bucket: Bucket, dimension: Dimension, base: FigureState, states: list[FigureState], passing: bool
) -> Iterator[Check]:
    """A breakdown whose figures all have their accepted value: one reading, checked and worded in plain numbers."""
    values = [state.accepted or 0 for state in states]
    total, expected = sum(values), base.accepted or 0
    off = total - expected
    passed = off == 0 if dimension.complete else off <= 0
    if passed and not passing:
        return
    yield _balanced(
        rule,
        bucket,
        dimension,
        base,
        states,
        passed=passed,
        severity=Severity.ERROR,
        figures=([f"{value:,}" for value in values], f"{total:,}", f"{expected:,}"),
        off=off,
        outcome="balances" if passed else f"off by {signed(off)}",
    )


def _balanced(
    rule: str,
    bucket: Bucket,
    dimension: Dimension,
    base: FigureState,
    states: list[FigureState],
    *,
    passed: bool,
    severity: Severity,
    figures: tuple[list[str], str, str],
    off: int | None,
    outcome: str,
) -> Check:
    """The check of a breakdown against its base, its figures shown as (parts, their sum, the base)."""
    shown, found, expected = figures
    complete = dimension.complete
    terms = " + ".join(f"{part} {value}" for part, value in zip(dimension.parts, shown, strict=True))
    relation = "makes up" if complete else "does not exceed"
    groups = _groups_above(bucket, base.key)
    return Check(
        rule=rule,
        severity=severity,
        passed=passed,
        subject=Subject(stage=bucket.stage, direction=bucket.direction, figure=dimension.name),
        message=(
            f"{terms} = {found}; {'complete' if complete else 'partial'} {dimension.name} breakdown "
            f"{relation} {base.key.split(':')[-1]} {expected}{groups}: {outcome}"
        ),
        expected=("= " if complete else "<= ") + expected,
        found=found,
        difference=off,
        evidence=_evidence(base, *states),
    )


def _groups_above(bucket: Bucket, key: str) -> str:
    """' (within mariupol_defenders, within exchanged)' for a breakdown of a nested group; '' otherwise."""
    name = key.removeprefix("subset:")
    chain: list[str] = []
    while key.startswith("subset:") and (name := bucket.subsets.get(name) or "") and name not in chain:
        chain.append(name)
    return " (" + ", ".join(f"within {group}" for group in chain) + ")" if chain else ""


def _outcome(verdict: Verdict, difference: Span, states: list[FigureState], holding: str) -> str:
    """'balances', 'off by +3', 'off by -7 to -6, whichever border_guard figure is right', 'balances only if...'."""
    if verdict.judgement == "depends":
        return f"{holding} only if {verdict.condition}"
    if difference.exact and all(len(state.possible) == 1 for state in states):
        return holding if verdict.passed else f"off by {_signed_span(difference)}"
    whichever = whichever_of(states)
    if verdict.passed:
        return f"{holding}, {whichever}"
    return f"off by {_signed_span(difference)}, {whichever}"


def _signed_span(difference: Span) -> str:
    """'+3', '-7 to -6', '+1 or more', '-5 or less'."""
    low, high = difference.low, difference.high
    if low is not None and high is not None:
        return signed(low) if low == high else f"{signed(low)} to {signed(high)}"
    return f"{signed(low)} or more" if low is not None else f"{signed(high or 0)} or less"


def combined_directions(view: View, scope: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """combined-directions at one stage's combined figures (other buckets have none): each against the two
    directions added."""
    for bucket in _bucket(view, scope) if scope[1] == "combined" else []:
        sides = [view.bucket(bucket.stage, f"to {party}") for party in view.parties]
        for key, state in bucket.figures.items():
            side_states = [_side(side, key) for side in sides]
            if any(side is None for side in side_states) or not known(state, *filter(None, side_states)):
                continue
            parts = [side for side in side_states if side is not None]
            names = [f"combined {key}", *(f"{key} to {party}" for party in view.parties)]
            verdict = judge_linear([(-1, state), *((1, part) for part in parts)], "=", names=names)
            if verdict.passed and not passing:
                continue
            found, expected = span(*parts), span(state)
            difference = found - expected
            yield Check(
                rule=COMBINED_DIRECTIONS,
                severity=Severity.WARNING if verdict.judgement == "depends" else Severity.ERROR,
                passed=verdict.passed,
                subject=Subject(stage=bucket.stage, direction="combined", figure=key),
                message=(
                    " + ".join(f"to {p} {span(v)}" for p, v in zip(view.parties, parts, strict=True))
                    + f" = {found}; combined {expected}: "
                    + _outcome(verdict, difference, [state, *parts], "balances")
                ),
                expected=f"= {expected}",
                found=str(found),
                difference=difference.low if difference.exact else None,
                evidence=unique(_evidence(state, *(part for part in parts if part.evidence))),
            )


def _side(side: Bucket | None, key: str) -> FigureState | None:
    """One direction's state of a figure; a part its complete breakdown leaves out is an exact 0."""
    if side is None:
        return None
    if key in side.figures:
        return side.figures[key]
    return FigureState(key, 0, "derived", "left out of a complete breakdown") if side.value(key) == 0 else None


def _bucket(view: View, key: BucketKey) -> list[Bucket]:
    bucket = view.bucket(*key)
    return [] if bucket is None else [bucket]


def _evidence(*states: FigureState) -> tuple[Evidence, ...]:
    return tuple(chain.from_iterable(state.evidence for state in states))
