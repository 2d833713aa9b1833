"""Rules on what was promised: the terms as sources state them, and completion (planned figures: promise_rules)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from domain.declared import after_declaration, declared_on
from domain.exchange import StatedTerms
from domain.findings import Check, Severity, Subject
from domain.progress import Gaps
from domain.reconciliation.view import View
from domain.terms import common_targets

TERMS_AGREEMENT = "terms-agreement"
COMPLETION_AGREEMENT = "completion-agreement"


def units(view: View) -> list[str]:
    """The scopes of terms-agreement: each unit whose terms someone stated."""
    return sorted({stated.statement.unit for stated in view.statements()})


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
        message = f"the terms are stated differently: {shown}; {_read_against(view, unit, stated)}"
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


def said_units(view: View) -> list[str]:
    """The scopes of completion-agreement: each unit some source declared complete or said to continue."""
    return view.said_units()


def completion_agreement(view: View, unit: str, *, passing: bool = True) -> Iterator[Check]:
    """completion-agreement for one unit: no source denies a completion another declared of it, and no stage of it
    was first reported after the last declaration."""
    completions, denials = view.completions(unit), view.denials(unit)
    after = after_declaration(view, unit) if completions else {}
    if not completions or (not denials and not after and not passing):
        return
    declared = ", ".join(sorted({item.source.label for item in completions}))
    denied = "; ".join(
        f"{item.source.label} ({'continues' if item.continuing else 'not complete'})" for item in denials
    )
    message = f"declared complete by {declared}" + (f"; denied by {denied}" if denials else ", denied by nobody")
    found = f"denied by {len(denials)} source{'s' if len(denials) != 1 else ''}"
    if after:
        cut = declared_on(view, unit) or min(after.values())
        message += f"; {Gaps.of(after).label} came after the declared completion ({cut.isoformat()})"
        found += f", {len(after)} stage{'s' if len(after) != 1 else ''} after it"
    yield Check(
        rule=COMPLETION_AGREEMENT,
        severity=Severity.WARNING,
        passed=not denials and not after,
        # The exchange's own unit keeps the id its findings always had, so acknowledgements given still hold.
        subject=Subject(figure="completion", unit=None if unit == view.unit else unit),
        message=message,
        expected="complete, by every source that says",
        found=found,
        difference=len(denials) + len(after),
    )


def _read_against(view: View, unit: str, stated: list[StatedTerms]) -> str:
    """What progress is read against: in the exchange's own unit its first statement; in another, the targets
    every statement gives alike (domain/units.py)."""
    if unit == view.unit:
        return f"progress is read against the first recorded, {stated[0].statement.summary}"
    alike = common_targets([item.statement for item in stated], view.parties).targets
    targets = ", ".join(f"to {party} {target.label}" for party, target in alike.items())
    return f"progress is read against what they all give, {targets}" if targets else "no target is read"


def _said(item: StatedTerms) -> str:
    statement = item.statement
    return f"{statement.summary} ({statement.source.label}, v{item.version})"
