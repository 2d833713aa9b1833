"""What one event changed in a reconciliation: the figures whose reading moved, the findings raised, changed and
cleared, and how far each party's receipts stood from its target."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from domain.acceptance import TOTAL, FigureState
from domain.dating import Dated
from domain.exchange import Acknowledgement, Claim
from domain.findings import Check
from domain.ledger import Ledger
from domain.moments import Event, announcement
from domain.reconciliation.engine import Rechecked
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


@dataclass(frozen=True, slots=True)
class Applied:
    """What applying one event found, before it is told as a step: the checks that changed, and for a claim's event
    the claim and the figures whose reading moved."""

    found: Rechecked
    claim: Claim | None = None
    figures: tuple[FigureChange, ...] = ()


def step_of(
    event: Event,
    applied: Applied,
    acknowledgements: Mapping[str, Acknowledgement],
    rules: Sequence[Rule],
    dated: Dated | None,
    *,
    progress: tuple[Standing, ...],
    cites: bool,
) -> Step:
    """The step of `event`: what `applied` found told in rule order, a finding reopened when its change undid the
    acknowledgement it had, findings whose evidence alone changed only when the reconciliation `cites`."""

    def acknowledged(check: Check) -> bool:
        known = acknowledgements.get(check.finding_id)
        return known is not None and known.fingerprint == check.fingerprint

    changed, cited_anew, reopened = [], [], []
    for previous, check in applied.found.replaced:
        if (previous.found, previous.message) != (check.found, check.message):
            changed.append(check)
            if acknowledged(previous) and not acknowledged(check):
                reopened.append(check.finding_id)
        elif cites:
            cited_anew.append(check)
    return Step(
        version=event.originator_version,
        event=type(event).__name__,
        recorded_at=event.timestamp,
        announced_at=announcement(event) if dated is None else dated.moment,
        dated=None if dated is None else dated.note,
        claim=applied.claim,
        figures=applied.figures,
        raised=in_rule_order(applied.found.raised, rules),
        changed=in_rule_order(changed, rules),
        cleared=in_rule_order(applied.found.cleared, rules),
        cited_anew=in_rule_order(cited_anew, rules),
        reopened=tuple(check.finding_id for check in in_rule_order(changed, rules) if check.finding_id in reopened),
        progress=progress,
    )


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
