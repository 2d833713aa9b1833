"""A reconciliation kept up to date event by event: what each event changed, in one pass over the history."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from domain.acceptance import TOTAL, FigureState
from domain.exchange import (
    Claim,
    ClaimCorrected,
    ClaimRetracted,
    ClaimState,
    Exchange,
    ExchangeAgreed,
    ExchangeDeclaredComplete,
    FindingAcknowledged,
)
from domain.findings import Check
from domain.ledger import Ledger
from domain.moments import Event, announcement

__all__ = ["Event", "FigureChange", "Reconciliation", "Standing", "Step", "timeline"]
from domain.rulebook import RULES, Change
from domain.stage_rules import progress_of


@dataclass(frozen=True, slots=True)
class FigureChange:
    """A figure whose accepted reading an event changed."""

    stage: int | None
    direction: str
    figure: str
    before: FigureState | None
    after: FigureState | None


@dataclass(frozen=True, slots=True)
class Standing:
    """How far one party's receipts stood from its target after an event."""

    party: str
    accepted: int
    target: int | None


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
    reopened: tuple[str, ...] = ()
    progress: tuple[Standing, ...] = ()


@dataclass(slots=True)
class Reconciliation:
    """An exchange's reconciliation, advanced one stored event at a time without replaying from the start."""

    exchange: Exchange | None = None
    ledger: Ledger | None = None
    checks: dict[str, dict[Any, list[Check]]] = field(default_factory=lambda: {rule.id: {} for rule in RULES})
    """Per rule, the failing checks of each scope that has any."""
    failing: dict[str, Check] = field(default_factory=dict)
    standings: dict[str, Standing] = field(default_factory=dict)

    def apply(self, event: Event) -> Step:
        """Apply the next event and say what it changed."""
        before = self._claim_before(event)
        extra: dict[str, Any] = {}
        self.exchange = event.mutate(self.exchange)
        if self.exchange is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        if isinstance(event, ExchangeAgreed):
            self.ledger = Ledger(self.exchange.parties, self.exchange.agreement.terms)
            return self._step(event, Change(stages=True), {})
        ledger = self._ledger
        if isinstance(event, FindingAcknowledged):
            return self._step(event, Change(), {})
        if isinstance(event, ExchangeDeclaredComplete):
            ledger.completions = tuple(self.exchange.completions)
            return self._step(event, Change(completions=True), {})
        after = self.exchange.claims[event.claim_id]
        extra["claim"] = (before or after).claim
        stage = after.claim.stage
        shape = self._stage_shape(stage)
        touched = ledger.place(before, after)
        readings = ledger.settle(touched)
        change = Change(
            touched=frozenset(touched),
            revalued=frozenset(readings),
            figures=frozenset(figure for changes in readings.values() for figure in changes),
            stages=shape != self._stage_shape(stage),
            cited=frozenset(_keys(before, after)),
        )
        figures = tuple(
            FigureChange(key[0], key[1], figure, old, new)
            for key, changes in readings.items()
            for figure, (old, new) in changes.items()
        )
        return self._step(event, change, {**extra, "figures": figures})

    def open_findings(self) -> list[Check]:
        """Findings failing now that no reviewer has acknowledged as they stand."""
        acknowledgements = self.exchange.acknowledgements if self.exchange else {}
        return [
            check
            for finding_id, check in self.failing.items()
            if finding_id not in acknowledgements or acknowledgements[finding_id].fingerprint != check.fingerprint
        ]

    @property
    def _ledger(self) -> Ledger:
        if self.ledger is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        return self.ledger

    def _claim_before(self, event: Event) -> ClaimState | None:
        if isinstance(event, ClaimCorrected | ClaimRetracted) and self.exchange is not None:
            return self.exchange.claims.get(event.claim_id)
        return None

    def _stage_shape(self, stage: int | None) -> tuple[bool, date | None]:
        if stage is None:
            return False, None
        ledger = self._ledger
        return bool(ledger.stage_claims.get(stage)), ledger.stage_date(stage)

    def _step(self, event: Event, change: Change, extra: dict[str, Any]) -> Step:
        raised, changed, cleared, reopened = self._recheck(change)
        return Step(
            version=event.originator_version,
            event=type(event).__name__,
            recorded_at=event.timestamp,
            announced_at=announcement(event),
            raised=raised,
            changed=changed,
            cleared=cleared,
            reopened=reopened,
            progress=self._progress(change),
            **extra,
        )

    def _recheck(
        self, change: Change
    ) -> tuple[tuple[Check, ...], tuple[Check, ...], tuple[Check, ...], tuple[str, ...]]:
        """Check again only the scopes the change can reach; compare their findings with the last ones."""
        ledger = self._ledger
        raised: list[Check] = []
        changed: list[Check] = []
        cleared: list[Check] = []
        reopened: list[str] = []
        # A claim that repeats an accepted figure changes no reading, but a finding elsewhere that cites that
        # figure must cite the new claim too: its scopes are checked again while they hold a finding.
        echo: Change | None = None
        for rule in RULES:
            failing = self.checks[rule.id]
            scopes = rule.affected(ledger, change)
            if failing and change.touched:
                echo = echo or Change(revalued=change.touched, figures=change.cited, echo=True)
                scopes = set(scopes) | {scope for scope in rule.affected(ledger, echo) if scope in failing}
            for scope in scopes:
                old = failing.get(scope)
                new = list(rule.evaluate(ledger, scope, passing=False))
                if not new and not old:
                    continue
                if new:
                    failing[scope] = new
                else:
                    del failing[scope]
                before = {check.finding_id: check for check in old} if old else {}
                for check in new:
                    previous = before.pop(check.finding_id, None)
                    if previous is None:
                        raised.append(check)
                    elif (previous.found, previous.message) != (check.found, check.message):
                        changed.append(check)
                        if self._acknowledged(previous) and not self._acknowledged(check):
                            reopened.append(check.finding_id)
                    self.failing[check.finding_id] = check
                for finding_id, check in before.items():
                    cleared.append(check)
                    self.failing.pop(finding_id, None)
        return tuple(raised), tuple(changed), tuple(cleared), tuple(reopened)

    def _acknowledged(self, check: Check) -> bool:
        known = self.exchange.acknowledgements.get(check.finding_id) if self.exchange else None
        return known is not None and known.fingerprint == check.fingerprint

    def _progress(self, change: Change) -> tuple[Standing, ...]:
        ledger = self._ledger
        reached = (
            set(ledger.parties) if change.stages else {p for p in ledger.parties if f"to {p}" in change.directions}
        )
        for party in reached:
            item = progress_of(ledger, party)
            self.standings[party] = Standing(party, item.accepted, item.target)
        return tuple(self.standings[party] for party in ledger.parties if party in self.standings)


def _keys(*states: ClaimState | None) -> set[str]:
    """The figures a claim gives, before and after a change, and the total (which a complete breakdown derives)."""
    found = {TOTAL}
    for state in states:
        if state is not None:
            found.update(state.claim.figures.values())
    return found


def timeline(events: Iterable[Event]) -> Iterator[tuple[Step, Reconciliation]]:
    """Each event's step, with the reconciliation as it stands after it, computed in one pass."""
    reconciliation = Reconciliation()
    for event in events:
        yield reconciliation.apply(event), reconciliation
