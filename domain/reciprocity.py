"""reciprocity: under symmetric terms both directions of a stage carry the same exchange proper, each total less
the groups it counts in addition (the wounded handed over one way are outside what was meant to be alike)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product

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
    besides = [view.besides(stage, f"to {party}") for party in (first, second)]
    values = [value for bucket in buckets if bucket and (value := bucket.value(TOTAL)) is not None]
    if len(values) != 2:
        counted = [found[0] if found and found[1] else None for found in besides]
        yield from _ranged_reciprocity(stage, states, counted, (first, second), passing)
        return
    if besides == [None, None]:
        yield from _plain_reciprocity(stage, (first, second), values, states, passing)
        return
    sides = [_Side(party, value, found) for party, value, found in zip((first, second), values, besides, strict=True)]
    differences = {a - b for a, b in product(sides[0].proper, sides[1].proper)}
    if differences == {0} and not passing:
        return
    evidence = [item for state in states if state for item in state.evidence] if differences != {0} else []
    yield Check(
        rule=RECIPROCITY,
        severity=Severity.WARNING,
        passed=differences == {0},
        subject=Subject(stage=stage, figure=TOTAL),
        message=f"to {first} {sides[0].shown}, to {second} {sides[1].shown}: {_outcome(sides, differences)}",
        expected=f"to {second} {sides[1].shown}",
        found=f"to {first} {sides[0].shown}",
        difference=next(iter(differences)) if len(differences) == 1 else None,
        evidence=unique(evidence),
    )


def _plain_reciprocity(
    stage: int, parties: tuple[str, str], values: list[int], states: list[FigureState | None], passing: bool
) -> Iterator[Check]:
    """Both totals known and neither counting a group in addition (nearly every stage): one reading, the totals
    compared as plain numbers and worded as the general path words them."""
    difference = values[0] - values[1]
    if difference == 0 and not passing:
        return
    shown = [f"{value:,}" for value in values]
    evidence = [item for state in states if state for item in state.evidence] if difference else []
    yield Check(
        rule=RECIPROCITY,
        severity=Severity.WARNING,
        passed=difference == 0,
        subject=Subject(stage=stage, figure=TOTAL),
        message=f"to {parties[0]} {shown[0]}, to {parties[1]} {shown[1]}: "
        + ("reciprocal" if difference == 0 else f"differ by {abs(difference):,}"),
        expected=f"to {parties[1]} {shown[1]}",
        found=f"to {parties[0]} {shown[0]}",
        difference=difference,
        evidence=unique(evidence),
    )


@dataclass(frozen=True, slots=True)
class _Side:
    """One direction's total and the exchange proper it may stand for."""

    party: str
    value: int
    besides: tuple[Additions, bool] | None
    """The groups in addition named for it, and whether the total counts them (else it may or may not)."""

    @property
    def proper(self) -> list[int]:
        """The exchange proper under each reading: the total, the total less the groups, or either."""
        if self.besides is None:
            return [self.value]
        added, counted = self.besides
        return [self.value - added.count] if counted else [self.value, self.value - added.count]

    @property
    def shown(self) -> str:
        """'120', '120 (132 less wounded 12 in addition)', '120 (112 if it counts civilians 8 in addition)'."""
        if self.besides is None:
            return f"{self.value:,}"
        added, counted = self.besides
        if counted:
            return less_additions(f"{self.value - added.count:,}", f"{self.value:,}", added)
        return f"{self.value:,} ({self.value - added.count:,} if it counts {added.label} in addition)"


def _outcome(sides: list[_Side], differences: set[int]) -> str:
    """'reciprocal', 'differ by 7', with the reading it took or the one it needs."""
    proper = " on the exchange proper" if any(side.besides for side in sides) else ""
    if differences == {0}:
        return "reciprocal" + proper
    if 0 not in differences:
        apart = " or ".join(f"{abs(d):,}" for d in sorted(differences, key=abs))
        either = len(differences) > 1
        return f"differ by {apart}" + (", whether or not the totals count the groups in addition" if either else proper)
    first, second = sides
    needed = next((a, b) for a, b in product(first.proper, second.proper) if a == b)
    conditions = [
        f"the {side.value:,} to {side.party} {_reading(side.value, value)} {side.besides[0].label}"
        for side, value in zip(sides, needed, strict=True)
        if side.besides is not None and not side.besides[1]
    ]
    return "reciprocal only if " + " and ".join(conditions)


def _reading(total: int, proper: int) -> str:
    return "leaves out" if proper == total else "counts"


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
