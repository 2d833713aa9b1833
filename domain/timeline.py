"""A reconciliation kept up to date event by event: what each event changed, in one pass over the history."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from domain.acceptance import FigureState
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

__all__ = ["Event", "FigureChange", "Rechecked", "Reconciliation", "Standing", "Step", "timeline"]
from domain.progress import progress_of
from domain.rulebook import RULES, Change


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
    recited: tuple[Check, ...] = ()
    """Findings whose figures stand as they were but whose evidence changed (kept only when the reconciliation
    cites: see `Reconciliation.cites`)."""
    reopened: tuple[str, ...] = ()
    progress: tuple[Standing, ...] = ()


@dataclass(slots=True)
class Rechecked:
    """What checking again found: findings raised, changed, cleared, citing other claims, and reopened."""

    raised: list[Check] = field(default_factory=list)
    changed: list[Check] = field(default_factory=list)
    cleared: list[Check] = field(default_factory=list)
    recited: list[Check] = field(default_factory=list)
    reopened: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Reconciliation:
    """An exchange's reconciliation, advanced one stored event at a time without replaying from the start."""

    exchange: Exchange | None = None
    ledger: Ledger | None = None
    checks: dict[str, dict[Any, list[Check]]] = field(default_factory=lambda: {rule.id: {} for rule in RULES})
    """Per rule, the failing checks of each scope that has any."""
    failing: dict[str, Check] = field(default_factory=dict)
    standings: dict[str, Standing] = field(default_factory=dict)
    cites: bool = True
    """Keep every failing finding's evidence up to date. A timeline, which shows no evidence, turns this off: then
    a finding cites the claims it cited when its figures last changed, and a claim that only repeats figures
    (most claims of a long exchange) is not checked against the findings that cite them; what is raised, changed
    and cleared is the same either way."""

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
            cited=frozenset(_cited(ledger, before, after)),
            moved=frozenset(ledger.moved),
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
        found = self._recheck(change)
        changed = _ordered(found.changed)
        reopened = set(found.reopened)
        return Step(
            version=event.originator_version,
            event=type(event).__name__,
            recorded_at=event.timestamp,
            announced_at=announcement(event),
            raised=_ordered(found.raised),
            changed=changed,
            cleared=_ordered(found.cleared),
            recited=_ordered(found.recited),
            reopened=tuple(check.finding_id for check in changed if check.finding_id in reopened),
            progress=self._progress(change),
            **extra,
        )

    def _recheck(self, change: Change) -> Rechecked:
        """Check again only the scopes the change can reach; compare their findings with the last ones."""
        ledger = self._ledger
        found = Rechecked()
        # A claim that repeats an accepted figure changes no reading, but a finding elsewhere that cites that
        # figure must cite the new claim too: its scopes are checked again while they hold a finding (unless the
        # reconciliation does not keep evidence up to date, and the finding does not quote its sources).
        echo: Change | None = None
        # A change that moved no reading, stage or completion reaches no scope but as an echo.
        quiet = not (change.revalued or change.stages or change.completions)
        for rule in RULES:
            failing = self.checks[rule.id]
            if quiet and not failing:
                continue
            scopes = () if quiet else rule.affected(ledger, change)
            if failing and change.cited and (self.cites or rule.quotes):
                echo = echo or Change(revalued=change.touched, figures=change.cited, echo=True)
                scopes = set(scopes)
                echoed = [s for s in rule.affected(ledger, echo) if s in failing and s not in scopes]
                if rule.recite is None or rule.quotes:
                    scopes.update(echoed)
                else:
                    for scope in echoed:
                        self._recite(found, failing, scope, [rule.recite(ledger, scope, c) for c in failing[scope]])
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
                        found.raised.append(check)
                    elif (previous.found, previous.message) != (check.found, check.message):
                        found.changed.append(check)
                        if self._acknowledged(previous) and not self._acknowledged(check):
                            found.reopened.append(check.finding_id)
                    elif self.cites and previous != check:
                        found.recited.append(check)
                    self.failing[check.finding_id] = check
                for finding_id, check in before.items():
                    found.cleared.append(check)
                    self.failing.pop(finding_id, None)
        return found

    def _recite(self, found: Rechecked, failing: dict[Any, list[Check]], scope: Any, new: list[Check]) -> None:
        """Keep a scope's findings citing the claims as they stand, their figures as they were."""
        for old, check in zip(failing[scope], new, strict=True):
            if check is not old and check != old:
                found.recited.append(check)
            self.failing[check.finding_id] = check
        failing[scope] = new

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


_RANK = {rule.id: rank for rank, rule in enumerate(RULES)}


def _ordered(checks: list[Check]) -> tuple[Check, ...]:
    """In rule order, then by stage (the whole exchange last), direction and figure: the same in every run."""
    if len(checks) > 1:
        checks.sort(key=_order)
    return tuple(checks)


def _order(check: Check) -> tuple[int, bool, int, str, str]:
    subject = check.subject
    return _RANK[check.rule], subject.stage is None, subject.stage or 0, subject.direction or "", subject.figure or ""


def _cited(ledger: Ledger, *states: ClaimState | None) -> set[str]:
    """The figures whose evidence the change can have changed: those whose reading the ledger replaced, and the
    stage's date when the claim gives one ('date', as date evidence names its figure)."""
    if any(state is not None and state.claim.took_place_on is not None for state in states):
        return {*ledger.restated, "date"}
    return ledger.restated


def timeline(events: Iterable[Event], *, cites: bool = True) -> Iterator[tuple[Step, Reconciliation]]:
    """Each event's step, with the reconciliation as it stands after it, computed in one pass; with `cites` off,
    findings' evidence is not kept up to date (see `Reconciliation.cites`)."""
    reconciliation = Reconciliation(cites=cites)
    for event in events:
        yield reconciliation.apply(event), reconciliation
