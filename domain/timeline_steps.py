"""What one event changed in a reconciliation: the figures whose reading moved, the findings raised, changed and
cleared, and how far each party's receipts stood from its target."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from domain.acceptance import FigureState
from domain.dating import Dated
from domain.declared import counted_receipts, stages_after
from domain.exchange import Acknowledgement, Claim
from domain.findings import Check
from domain.ledger import Ledger
from domain.moments import Event, announcement
from domain.progress import added_heads, disputed_share
from domain.proper_reading import IN_ADDITION
from domain.reconciliation.engine import Rechecked
from domain.reconciliation.rule import Rule
from domain.reconciliation.view import View

Place = tuple[int | None, str]
"""A stage (None: the whole exchange) and a direction to a party."""


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
    disputed: tuple[int, int | None] | None = None
    """What the stages whose total is disputed or a range add to `accepted`, at least and at most (None: no most);
    None when every stage's total is one value. Progress is then a range, never those stages counted as nothing."""
    after_completion: tuple[int, ...] = ()
    """The stages first known after the declared completion: named, not counted (see domain/declared.py)."""


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


def standings(
    ledger: Ledger, unit: str | None, heads: Mapping[Place, int] | None = None, checked: View | None = None
) -> tuple[Standing, ...]:
    """Each party's receipts counted in `unit` (None: the exchange's own) against its target, up to the declared
    completion as the report counts them, with the heads in addition each stage and direction of `heads` counts
    (those where a group in addition was ever named); `checked` is the view the ledger's checks read, if any."""
    targets = ledger.terms.targets
    after = stages_after(ledger, checked)
    found = []
    for party in ledger.parties:
        accepted, added = counted_receipts(ledger, party, after, heads or {})
        target = targets[party].count if party in targets else None
        disputed = disputed_share(ledger, party, after)
        found.append(Standing(party, accepted, target, unit, added, disputed, after))
    return tuple(found)


def heads_in(ledger: Ledger, places: Iterable[Place]) -> dict[Place, int]:
    """The heads in addition that each stage's accepted total to a party counts in `ledger` (0 where none)."""
    return {place: added_heads(ledger.buckets.get(place)) for place in places}


def places_of(claim: Claim, parties: Sequence[str]) -> tuple[Place, ...]:
    """The stage and directions to a party a claim speaks of (none for a combined figure)."""
    direction = claim.direction
    if direction.kind == "combined":
        return ()
    whom = parties if direction.kind == "each_side" else (direction.party or "",)
    return tuple((claim.stage, f"to {party}") for party in whom)


def named_besides(claim: Claim, parties: Sequence[str]) -> tuple[Place, ...]:
    """The stage and directions of a claim that names a group in addition; none for any other claim."""
    if not any(subset.relation == IN_ADDITION for subset in claim.figures.subsets):
        return ()
    return places_of(claim, parties)


class AddedHeads:
    """The heads in addition a timeline's progress counts after each event. Only the stages and directions where a
    claim ever named a group in addition are asked, so that a step need not walk every stage; each is worked out
    once per unit's ledger, and again once a claim is placed there (or the unit's ledger is built anew)."""

    __slots__ = ("besides", "kept")

    def __init__(self) -> None:
        self.besides: set[Place] = set()
        self.kept: dict[Place, dict[str | None, tuple[Ledger, int]]] = {}

    def placed(self, before: Claim | None, after: Claim, parties: Sequence[str]) -> None:
        """A claim was placed (recorded, corrected, retracted or re-attributed): its places are asked again."""
        self.besides.update(named_besides(after, parties))
        for place in (*places_of(after, parties), *(places_of(before, parties) if before else ())):
            self.kept.pop(place, None)

    def of(self, ledger: Ledger, unit: str | None) -> dict[Place, int]:
        """The heads in addition of each place asked, in one unit's ledger."""
        found = {}
        for place in self.besides:
            kept = self.kept.setdefault(place, {})
            held = kept.get(unit)
            if held is None or held[0] is not ledger:
                held = kept[unit] = (ledger, added_heads(ledger.buckets.get(place)))
            found[place] = held[1]
        return found


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
