"""reciprocity: under symmetric terms both directions of a stage carry the same exchange proper, each total less
the groups it counts in addition (the wounded handed over one way are outside what was meant to be alike)."""

from __future__ import annotations

from collections.abc import Iterator

from domain import stage_ranges
from domain.acceptance import TOTAL, FigureState
from domain.findings import Check, Severity, Subject, unique
from domain.intervals import judge_linear
from domain.proper_reading import Additions, less_additions
from domain.readings import Span
from domain.reconciliation.view import View

RECIPROCITY = "reciprocity"


def reciprocity(view: View, stage: int, *, passing: bool = True) -> Iterator[Check]:
    """reciprocity at one stage: the two directions' exchange proper (totals less the groups counted in addition)
    under symmetric terms."""
    if not view.terms.symmetric:
        return
    first, second = view.parties
    buckets = [view.bucket(stage, f"to {party}") for party in (first, second)]
    states = [bucket.figures.get(TOTAL) if bucket else None for bucket in buckets]
    added = [view.counted_besides(stage, f"to {party}") for party in (first, second)]
    values = [value for bucket in buckets if bucket and (value := bucket.value(TOTAL)) is not None]
    if len(values) != 2:
        yield from _ranged_reciprocity(stage, states, added, (first, second), passing)
        return
    proper = [value - (extra.count if extra else 0) for value, extra in zip(values, added, strict=True)]
    difference = proper[0] - proper[1]
    if difference == 0 and not passing:
        return
    evidence = [item for state in states if state for item in state.evidence] if difference else []
    shown = [less_additions(f"{p:,}", f"{v:,}", a) for p, v, a in zip(proper, values, added, strict=True)]
    yield Check(
        rule=RECIPROCITY,
        severity=Severity.WARNING,
        passed=difference == 0,
        subject=Subject(stage=stage, figure=TOTAL),
        message=f"to {first} {shown[0]}, to {second} {shown[1]}: "
        + ("reciprocal" if difference == 0 else f"differ by {abs(difference):,}")
        + (" on the exchange proper" if any(added) else ""),
        expected=f"to {second} {shown[1]}",
        found=f"to {first} {shown[0]}",
        difference=difference,
        evidence=unique(evidence),
    )


def _ranged_reciprocity(
    stage: int,
    states: list[FigureState | None],
    added: list[Additions | None],
    parties: tuple[str, str],
    passing: bool,
) -> Iterator[Check]:
    """reciprocity when a direction's total is a range or disputed: equal for every value, for none, or for some."""
    first, second = states
    if first is None or second is None or not (first.known and second.known):
        return
    extra = [a.count if a else 0 for a in added]
    names = [f"the total to {party}" for party in parties]
    verdict = judge_linear([(1, first), (-1, second)], "=", extra[1] - extra[0], names)
    if verdict.passed and not passing:
        return
    spans = [stage_ranges.of_state(state) for state in (first, second)]
    propers = [
        Span(s.low - e if s.low is not None else None, s.high - e if s.high is not None else None)
        for s, e in zip(spans, extra, strict=True)
    ]
    if verdict.judgement == "holds":
        outcome = "reciprocal"
    elif verdict.judgement == "fails":
        off = stage_ranges.difference(propers[0], propers[1])
        outcome = f"differ by {stage_ranges.signed_span(off)}"
    else:
        outcome = f"reciprocal only if {verdict.condition}"
    shown = [
        less_additions(stage_ranges.label(p), stage_ranges.stated(s), a)
        for p, s, a in zip(propers, (first, second), added, strict=True)
    ]
    yield stage_ranges.ranged_check(
        rule=RECIPROCITY,
        usual=Severity.WARNING,
        verdict=verdict,
        subject=Subject(stage=stage, figure=TOTAL),
        message=f"to {parties[0]} {shown[0]}, to {parties[1]} {shown[1]}: "
        + outcome
        + (" on the exchange proper" if any(added) else ""),
        expected=f"to {parties[1]} {shown[1]}",
        found=f"to {parties[0]} {shown[0]}",
        evidence=unique([*first.evidence, *second.evidence]),
    )
