"""Rules on what was promised: the terms as sources state them, planned figures, and completion."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations, groupby

from domain.acceptance import TOTAL
from domain.buckets import BucketKey, evidence_of
from domain.exchange import ClaimState, StatedTerms
from domain.findings import Check, Evidence, Severity, Subject, unique
from domain.proper_reading import IN_ADDITION, Additions
from domain.reconciliation.view import View

TERMS_AGREEMENT = "terms-agreement"
PROMISED_DELIVERED = "promised-delivered"
COMPLETION_AGREEMENT = "completion-agreement"


def units(view: View) -> list[str]:
    """The scopes of terms-agreement: each unit whose terms someone stated."""
    return sorted({stated.statement.unit for stated in view.statements()})


def planned_keys(view: View) -> list[BucketKey]:
    """The scopes of promised-delivered: each stage and direction with planned figures in the agreement's unit."""
    keys = {key for state in _planned(view) for key in _keys(view, state)}
    return sorted(keys, key=lambda key: (key[0] is None, key[0] or 0, key[1]))


def terms_agreement(view: View, unit: str, *, passing: bool = True) -> Iterator[Check]:
    """terms-agreement for one unit: every source that states the terms states the same promise."""
    stated = [item for item in view.statements() if item.statement.unit == unit and item.statement.announced]
    at_odds = sum(1 for first, second in combinations(stated, 2) if not first.statement.agrees_with(second.statement))
    # One statement (the agreement's, usually) has nothing to agree with: no check, not even a passing one.
    if len(stated) < 2 or (not at_odds and not passing):
        return
    shown = "; ".join(_said(item) for item in stated)
    message = f"the terms are stated alike: {shown}"
    if at_odds:
        first = stated[0].statement
        message = f"the terms are stated differently: {shown}; progress is read against the first recorded, "
        message += f"{first.summary}"
    yield Check(
        rule=TERMS_AGREEMENT,
        severity=Severity.WARNING,
        passed=not at_odds,
        subject=Subject(figure=f"{unit} terms"),
        message=message,
        expected="statements that agree",
        found=f"{len(stated)} statements, {at_odds} pair{'s' if at_odds != 1 else ''} at odds",
        difference=at_odds,
    )


def promised_delivered(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """promised-delivered for one stage and direction: each planned figure against the delivered one."""
    stage, direction = key
    planned = [state for state in _planned(view) if key in _keys(view, state)]
    bucket = view.bucket(stage, direction)
    for figure in sorted({figure for state in planned for figure in state.claim.figures.values()}):
        promised = _promised(planned, figure)
        delivered = bucket.value(figure) if bucket else None
        if promised is None or delivered is None or bucket is None:
            continue
        # A plan that names no group in addition promised the exchange proper: the groups besides are outside it.
        added = _besides(view, planned, figure, key)
        reading = ""
        if added is not None:
            reading = f", in the exchange proper ({delivered:,} less {added.label} in addition)"
            delivered -= added.count
        difference = delivered - promised[0]
        if difference == 0 and not passing:
            continue
        evidence = [*promised[1], *(bucket.figures[figure].evidence if figure in bucket.figures else ())]
        yield Check(
            rule=PROMISED_DELIVERED,
            severity=Severity.WARNING,
            passed=difference == 0,
            subject=Subject(stage=stage, direction=direction, figure=figure),
            message=_promise_text(figure, promised[0], delivered) + reading,
            expected=f"{promised[0]:,} as promised",
            found=f"{delivered:,} delivered",
            difference=difference,
            evidence=unique(evidence) if difference else (),
        )


def _besides(view: View, planned: list[ClaimState], figure: str, key: BucketKey) -> Additions | None:
    """The groups in addition that the delivered total counts and the plan of it leaves out; None otherwise."""
    stating = [state for state in planned if figure in state.claim.figures.values()]
    if figure != TOTAL or any(s.relation == IN_ADDITION for st in stating for s in st.claim.figures.subsets):
        return None
    found = view.besides(*key)
    return found[0] if found is not None and found[1] else None


def completion_agreement(view: View, scope: None, *, passing: bool = True) -> Iterator[Check]:
    """completion-agreement: no source denies a completion another declared."""
    completions, denials = view.completions(), view.denials()
    if not completions or (not denials and not passing):
        return
    declared = ", ".join(sorted({item.source.label for item in completions}))
    denied = "; ".join(
        f"{item.source.label} ({'continues' if item.continuing else 'not complete'})" for item in denials
    )
    yield Check(
        rule=COMPLETION_AGREEMENT,
        severity=Severity.WARNING,
        passed=not denials,
        subject=Subject(figure="completion"),
        message=f"declared complete by {declared}" + (f"; denied by {denied}" if denials else ", denied by nobody"),
        expected="complete, by every source that says",
        found=f"denied by {len(denials)} source{'s' if len(denials) != 1 else ''}",
        difference=len(denials),
    )


def _said(item: StatedTerms) -> str:
    statement = item.statement
    return f"{statement.summary} ({statement.source.label}, v{item.version})"


def _planned(view: View) -> list[ClaimState]:
    return [s for s in view.aside() if s.claim.planned and (s.claim.unit is None or s.claim.unit == view.unit)]


def _keys(view: View, state: ClaimState) -> list[BucketKey]:
    direction, stage = state.claim.direction, state.claim.stage
    if direction.kind == "each_side":
        return [(stage, f"to {party}") for party in view.parties]
    return [(stage, direction.label)]


def _promised(planned: list[ClaimState], figure: str) -> tuple[int, tuple[Evidence, ...]] | None:
    """The promised value from the most reliable sources that gave one; None when they differ."""
    stating = [
        (state, state.claim.figures.values()[figure]) for state in planned if figure in state.claim.figures.values()
    ]
    stating.sort(key=lambda item: item[0].claim.source.tier.rank)
    best = next(groupby(stating, key=lambda item: item[0].claim.source.tier.rank))[1]
    values = list(best)
    promised = values[0][1]
    # A promise said as a range ("up to 250") is shown with the plans, not weighed against the delivery yet.
    if len({value for _, value in values}) != 1 or not isinstance(promised, int):
        return None
    return promised, tuple(evidence_of(state, figure, value) for state, value in values)


def _promise_text(figure: str, promised: int, delivered: int) -> str:
    name = figure.partition(":")[2].replace("_", " ") if ":" in figure else figure
    if delivered == promised:
        return f"{delivered:,} {name} delivered, as promised"
    if delivered < promised:
        return f"{delivered:,} of the {promised:,} {name} promised: short by {promised - delivered:,}"
    return f"{delivered:,} {name} delivered against {promised:,} promised: {delivered - promised:,} more"
