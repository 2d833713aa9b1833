"""A reconciliation kept up to date event by event: what each event changed, in one pass over the history."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from domain.dating import Dated, datings
from domain.exchange import (
    ClaimCorrected,
    ClaimRetracted,
    ClaimState,
    CompletionDenied,
    Exchange,
    ExchangeAgreed,
    ExchangeDeclaredComplete,
    FindingAcknowledged,
    OriginAttributed,
    TermsStated,
)
from domain.findings import Check
from domain.ledger import Ledger, build_ledger
from domain.moments import Event
from domain.reconciliation.engine import Engine, Rechecked
from domain.reconciliation.rule import Rule
from domain.rulebook import RULES
from domain.timeline_steps import AddedHeads, Applied, FigureChange, Standing, Step, standings, step_of
from domain.unit_engines import OtherUnits, in_turn, merge
from domain.units import units_of

__all__ = ["Event", "FigureChange", "Reconciliation", "Standing", "Step", "timeline"]


@dataclass(slots=True)
class Reconciliation:
    """An exchange's reconciliation, advanced one stored event at a time without replaying from the start."""

    exchange: Exchange | None = None
    ledger: Ledger | None = None
    cites: bool = True
    """Keep every failing finding's evidence up to date. A timeline, which shows no evidence, turns this off: then
    a finding about the stages cites only the claims of its own figure, and a claim that only repeats accepted
    figures is checked again only where a message quotes the sources (see `View.bucket`); what is raised, changed
    and cleared is the same either way."""
    rules: Sequence[Rule] = RULES
    engine: Engine | None = None
    passing: bool = False
    """Keep the checks that pass as well as the findings, as a report lists them (see `checks`)."""
    others: OtherUnits | None = None
    """The units other than the exchange's own (bodies beside people), each with a ledger and engine of its own."""
    dated: Dated | None = field(default=None, repr=False, compare=False)
    """When the event being applied counts as announced, if known: its step is made with it, not copied after."""
    added: AddedHeads = field(default_factory=lambda: AddedHeads(), repr=False, compare=False)
    """The heads in addition each step's progress counts, worked out only where claims name groups in addition."""

    @classmethod
    def of(cls, exchange: Exchange, *, passing: bool = False) -> Reconciliation:
        """The reconciliation of an exchange already replayed, to be advanced from its version on: one pass over its
        claims and every check run once, instead of applying its events one at a time."""
        ledger = build_ledger(exchange)
        engine = Engine(ledger, RULES, passing=passing)
        engine.start()
        others = OtherUnits(RULES, passing=passing)
        for unit in units_of(exchange)[1:]:
            others.start(exchange, unit)
        made = cls(exchange, ledger, engine=engine, passing=passing, others=others)
        for state in exchange.claims.values():
            made.added.placed(None, state.claim, exchange.parties)
        return made

    def checks(self) -> list[Check]:
        """Every check of every unit as it stands, the exchange's own unit first and each in rule order: the
        findings, and with `passing` the checks that pass too (as a fresh reconciliation of every unit lists them)."""
        own = self.engine.all_checks() if self.engine else []
        return own + (self.others.all_checks() if self.others else [])

    def unpassed(self) -> list[Check]:
        """The checks among `checks` that do not pass, in the same order, found without walking those that pass."""
        own = self.engine.unpassed() if self.engine else []
        return own + (self.others.unpassed() if self.others else [])

    def counted(self) -> int:
        """How many checks `checks` lists."""
        return (self.engine.counted if self.engine else 0) + (self.others.counted() if self.others else 0)

    @property
    def failing(self) -> dict[str, Check]:
        """The findings of every unit as they stand, by id."""
        own = self.engine.failing if self.engine else {}
        return self.others.failing(own) if self.others else own

    @property
    def noted(self) -> dict[str, Check]:
        """The checks that cannot run yet, by id: notes, not findings."""
        own = self.engine.noted if self.engine else {}
        return self.others.noted(own) if self.others else own

    def apply(self, event: Event, dated: Dated | None = None) -> Step:
        """Apply the next event and say what it changed; `dated` says when it counts as announced, if known."""
        self.dated = dated
        applied = self._apply(event)
        acknowledgements = self.exchange.acknowledgements if self.exchange else {}
        return step_of(event, applied, acknowledgements, self.rules, dated, progress=self._progress(), cites=self.cites)

    def advance(self, event: Event) -> None:
        """Apply the next event without saying what it changed: the read models keep the reconciliation alone, and
        the step (its findings put in rule order, each party's progress) was a twentieth of taking an event in."""
        self.dated = None
        self._apply(event)

    @contextmanager
    def batched(self) -> Iterator[None]:
        """Within it, the events advanced are checked once, together, at its end (see `Engine.hold`), for a burst whose
        states between its events nobody reads; a unit first met within it is checked event by event."""
        for engine in self._engines():
            engine.hold()
        try:
            yield
        finally:
            for engine in self._engines():  # one replaced within (its unit's terms restated) is dropped unchecked
                engine.release()

    def _engines(self) -> list[Engine]:
        return ([self.engine] if self.engine else []) + (self.others.engines() if self.others else [])

    def _apply(self, event: Event) -> Applied:
        before = self._claim_before(event)
        carried = self._carried(event)
        self.exchange = event.mutate(self.exchange)
        if self.exchange is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        if isinstance(event, ExchangeAgreed):
            agreement = self.exchange.agreement
            self.ledger = Ledger(
                self.exchange.parties, agreement.terms, unit=agreement.unit, statements=self.exchange.all_terms()
            )
            self.engine = Engine(self.ledger, self.rules, passing=self.passing, cites=self.cites)
            self.others = OtherUnits(self.rules, self.cites, passing=self.passing)
            return Applied(self.engine.start())
        ledger, engine, others = self._ledger, self._engine, self.others or OtherUnits(self.rules)
        if isinstance(event, FindingAcknowledged):
            return Applied(Rechecked())
        if isinstance(event, ExchangeDeclaredComplete | CompletionDenied):
            completions, denials = tuple(self.exchange.completions), tuple(self.exchange.denials)
            found = merge(
                engine.update(ledger.complete(completions, denials)), others.update("completions", self.exchange)
            )
            if isinstance(event, ExchangeDeclaredComplete):  # a unit only this declaration names is followed from now
                found = merge(found, others.declared(self.exchange, event.unit))
            return Applied(found)
        if isinstance(event, TermsStated):
            found = merge(
                engine.update(ledger.state_terms(self.exchange.all_terms())), others.update("terms", self.exchange)
            )
            return Applied(merge(found, others.restate(self.exchange, event.statement.unit)))
        if isinstance(event, OriginAttributed):
            return self._attributed(event, carried)
        after = self.exchange.claims[event.claim_id]
        found, figures = self._place(before, after)
        return Applied(found, claim=(before or after).claim, figures=figures)

    def _place(self, before: ClaimState | None, after: ClaimState) -> tuple[Rechecked, tuple[FigureChange, ...]]:
        """Place one claim as it now stands in every unit's ledger: what checking again found, and the figures
        whose reading moved."""
        ledger, engine, others = self._ledger, self._engine, self.others or OtherUnits(self.rules)
        changes = ledger.place(before, after)
        self.added.placed(before.claim if before else None, after.claim, self._exchange.parties)
        others.follow(self._exchange, after.claim.unit)
        found, elsewhere = others.place(before, after)
        figures = tuple(
            FigureChange(key[0], key[1], figure, old, new, unit)
            for unit, changed in [(None, changes), *elsewhere]
            for key, readings in changed.readings.items()
            for figure, (old, new) in readings.items()
        )
        return merge(engine.update(changes), found), figures

    def _attributed(self, event: OriginAttributed, carried: list[ClaimState]) -> Applied:
        """Every claim from the attributed source placed again as it now reads, then the completions and the terms,
        whose sources may be the one attributed."""
        exchange = self._exchange
        found, figures = Rechecked(), tuple[FigureChange, ...]()
        for before in carried:
            rechecked, moved = self._place(before, exchange.claims[before.claim_id])
            found, figures = in_turn(found, rechecked), figures + moved
        completions, denials = tuple(exchange.completions), tuple(exchange.denials)
        others = self.others or OtherUnits(self.rules)
        if (completions, denials) != (self._ledger.completions, self._ledger.denials):
            rechecked = self._engine.update(self._ledger.complete(completions, denials))
            found = in_turn(found, merge(rechecked, others.update("completions", exchange)))
        statements = exchange.all_terms()
        if statements != self._ledger.statements:
            rechecked = self._engine.update(self._ledger.state_terms(statements))
            found = in_turn(found, merge(rechecked, others.update("terms", exchange)))
        # A finding checked again in several rounds is named as it stands now, and not at all if it ended as it began.
        now = self.failing
        found.raised = [now[check.finding_id] for check in found.raised]
        found.replaced = [(old, now[new.finding_id]) for old, new in found.replaced if now[new.finding_id] != old]
        return Applied(found, figures=figures)

    def open_findings(self) -> list[Check]:
        """Findings failing now that no reviewer has acknowledged as they stand."""
        acknowledgements = self.exchange.acknowledgements if self.exchange else {}
        return [
            check
            for finding_id, check in self.failing.items()
            if finding_id not in acknowledgements or acknowledgements[finding_id].fingerprint != check.fingerprint
        ]

    @property
    def _exchange(self) -> Exchange:
        if self.exchange is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        return self.exchange

    @property
    def _ledger(self) -> Ledger:
        if self.ledger is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        return self.ledger

    @property
    def _engine(self) -> Engine:
        if self.engine is None:
            raise TypeError("an exchange's history starts with ExchangeAgreed")
        return self.engine

    def _carried(self, event: Event) -> list[ClaimState]:
        """The claims an attribution of an origin is about, as they stood before it."""
        if not isinstance(event, OriginAttributed) or self.exchange is None:
            return []
        return [state for state in self.exchange.claims.values() if state.claim.source == event.source]

    def _claim_before(self, event: Event) -> ClaimState | None:
        if isinstance(event, ClaimCorrected | ClaimRetracted) and self.exchange is not None:
            return self.exchange.claims.get(event.claim_id)
        return None

    def _progress(self) -> tuple[Standing, ...]:
        """Each party's receipts in the exchange's own unit, then in every other unit followed, in the order met."""
        own = standings(self._ledger, None, self.added.of(self._ledger, None), self._engine.view)
        if self.others is None or not self.others.kept:
            return own
        kept = self.others.kept.items()
        return own + tuple(
            s
            for unit, (ledger, engine) in kept
            for s in standings(ledger, unit, self.added.of(ledger, unit), engine.view)
        )


def timeline(events: Iterable[Event], *, cites: bool = True) -> Iterator[tuple[Step, Reconciliation]]:
    """Each event's step, with the reconciliation as it stands after it, computed in one pass; with `cites` off,
    findings' evidence is not kept up to date (see `Reconciliation.cites`)."""
    reconciliation = Reconciliation(cites=cites)
    history = list(events)
    for event, dated in zip(history, datings(history), strict=True):
        yield reconciliation.apply(event, dated), reconciliation
