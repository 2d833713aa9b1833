"""What one event changed in a reconciliation: the figures whose reading moved, the findings raised, changed and
cleared, and how far each party's receipts stood from its target."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from domain.acceptance import TOTAL, FigureState
from domain.exchange import Claim
from domain.findings import Check
from domain.ledger import Ledger
from domain.progress import added_heads
from domain.proper_reading import IN_ADDITION
from domain.reconciliation.rule import Rule


@dataclass(frozen=True, slots=True)
class FigureChange:
    """A figure whose accepted reading an event changed."""

    stage: int | None
    direction: str
    figure: str
    before: FigureState | None
    after: FigureState | None
    unit: str | None = None
    """The unit the figure counts, when not the exchange's own."""


@dataclass(frozen=True, slots=True)
class Standing:
    """How far one party's receipts stood from its target after an event."""

    party: str
    accepted: int
    target: int | None
    unit: str | None = None
    """The unit counted, when not the exchange's own (bodies beside the people)."""
    in_addition: int = 0
    """Of `accepted`, the groups handed over in addition to the exchange proper: the terms do not promise them."""


@dataclass(frozen=True, slots=True)
class Step:
    """One event and what it changed: figures, findings raised, changed and cleared, progress."""

    version: int
    event: str
    recorded_at: datetime
    announced_at: date | datetime
    claim: Claim | None = None
    """The claim the event records, corrects or retracts (as it stood before a correction)."""
    figures: tuple[FigureChange, ...] = ()
    raised: tuple[Check, ...] = ()
    changed: tuple[Check, ...] = ()
    cleared: tuple[Check, ...] = ()
    cited_anew: tuple[Check, ...] = ()
    """Findings whose figures stand as they were but whose evidence changed (kept only when the reconciliation
    cites: see `Reconciliation.cites`)."""
    reopened: tuple[str, ...] = ()
    progress: tuple[Standing, ...] = ()
    dated: str | None = None
    """How `announced_at` was decided when the source did not give the day (see domain/dating.py)."""


def standings(
    ledger: Ledger, unit: str | None, besides: Collection[tuple[int | None, str]] = ()
) -> tuple[Standing, ...]:
    """Each party's receipts counted in `unit` (None: the exchange's own) against its target, with the heads in
    addition that the stages in `besides` (those where a group in addition was ever named) count."""
    targets = ledger.terms.targets
    found = []
    for party in ledger.parties:
        direction = f"to {party}"
        column = ledger.column(direction, TOTAL)
        known = column.values
        added = sum(added_heads(ledger.buckets.get(key)) for key in besides if key[1] == direction and key[0] in known)
        target = targets[party].count if party in targets else None
        found.append(Standing(party, column.total, target, unit, added))
    return tuple(found)


def named_besides(claim: Claim, parties: Sequence[str]) -> tuple[tuple[int | None, str], ...]:
    """The stage and directions of a claim that names a group in addition; none for any other claim."""
    if not any(subset.relation == IN_ADDITION for subset in claim.figures.subsets):
        return ()
    direction = claim.direction
    if direction.kind == "combined":
        return ()
    whom = parties if direction.kind == "each_side" else (direction.party or "",)
    return tuple((claim.stage, f"to {party}") for party in whom)


def in_rule_order(checks: list[Check], rules: Sequence[Rule]) -> tuple[Check, ...]:
    """In rule order, then by stage (the whole exchange last), direction and figure: the same in every run."""
    if len(checks) < 2:
        return tuple(checks)
    rank = {rule.id: number for number, rule in enumerate(rules)}

    def order(check: Check) -> tuple[int, bool, int, str, str, str]:
        subject = check.subject
        return (
            rank[check.rule],
            subject.stage is None,
            subject.stage or 0,
            subject.direction or "",
            subject.figure or "",
            subject.unit or "",
        )

    return tuple(sorted(checks, key=order))
