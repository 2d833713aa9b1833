"""What one event changed in a reconciliation: the figures whose reading moved, the findings raised, changed and
cleared, and how far each party's receipts stood from its target."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from domain.acceptance import TOTAL, FigureState
from domain.exchange import Claim
from domain.findings import Check
from domain.ledger import Ledger
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


def standings(ledger: Ledger, unit: str | None) -> tuple[Standing, ...]:
    """Each party's receipts counted in `unit` (None: the exchange's own) against its target."""
    targets = ledger.terms.targets
    return tuple(
        Standing(
            party,
            ledger.column(f"to {party}", TOTAL).total,
            targets[party].count if party in targets else None,
            unit,
        )
        for party in ledger.parties
    )


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
