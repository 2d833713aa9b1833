"""The units other than the exchange's own (the bodies beside the prisoners), kept up to date event by event.

Each has a ledger and an engine of its own (domain/units.py), advanced by the same changes as the exchange's own
unit's. Only a statement of a unit's terms builds that unit again: its targets may then change, and a statement of
the terms is a rare event, so its checks are compared whole rather than followed read by read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from domain.columns import Changes
from domain.exchange import ClaimState, Exchange
from domain.findings import Check
from domain.ledger import Ledger
from domain.reconciliation.engine import Engine, Rechecked
from domain.reconciliation.rule import Rule
from domain.units import unit_engine, unit_ledger, unit_terms


def merge(into: Rechecked, found: Rechecked) -> Rechecked:
    """Both reports of what checking again found, as one."""
    into.raised += found.raised
    into.replaced += found.replaced
    into.cleared += found.cleared
    return into


def in_turn(first: Rechecked, then: Rechecked) -> Rechecked:
    """What two rounds of checking again found, the second after the first, as one round: a finding raised then
    changed is raised as it ended, one changed twice is changed once, one raised then cleared is nothing."""
    start: dict[str, Check | None] = {}
    end: dict[str, Check | None] = {}
    for found in (first, then):
        for check in found.raised:
            start.setdefault(check.finding_id, None)
            end[check.finding_id] = check
        for previous, check in found.replaced:
            start.setdefault(check.finding_id, previous)
            end[check.finding_id] = check
        for check in found.cleared:
            start.setdefault(check.finding_id, check)
            end[check.finding_id] = None
    net = Rechecked()
    for finding_id, last in end.items():
        earliest = start[finding_id]
        if earliest is None and last is not None:
            net.raised.append(last)
        elif earliest is not None and last is not None:
            net.replaced.append((earliest, last))
        elif earliest is not None:
            net.cleared.append(earliest)
    return net


def compared(before: dict[str, Check], after: dict[str, Check]) -> Rechecked:
    """How the findings of a unit built again differ from those it had."""
    found = Rechecked(cleared=[check for finding_id, check in before.items() if finding_id not in after])
    for finding_id, check in after.items():
        previous = before.get(finding_id)
        if previous is None:
            found.raised.append(check)
        elif previous != check:
            found.replaced.append((previous, check))
    return found


@dataclass(slots=True)
class OtherUnits:
    """The ledgers and engines of every unit the exchange names besides its own."""

    rules: Sequence[Rule]
    cites: bool = True
    passing: bool = False
    """Keep each unit's passing checks too, as a report lists them."""
    kept: dict[str, tuple[Ledger, Engine]] = field(default_factory=dict)
    started: str | None = None
    """The unit the event being applied started, until its claim is placed."""

    def follow(self, exchange: Exchange, unit: str | None) -> None:
        """Start following a unit an event is about to name, unless it is the exchange's own or followed already:
        no claim counted it yet, so its ledger starts empty and the event's claim is placed in it as in any other
        (its figures then show as changed). Only the event's unit is looked at: reading every claim for the units
        they name after each event would make a long history's timeline quadratic."""
        if unit is None or unit == exchange.agreement.unit or unit in self.kept:
            return
        ledger = Ledger(
            exchange.parties,
            unit_terms(exchange, unit),
            unit=unit,
            agreed_unit=exchange.agreement.unit,
            completions=tuple(exchange.completions),
            denials=tuple(exchange.denials),
            statements=exchange.all_terms(),
        )
        self._engine(ledger)
        self.started = unit

    def restate(self, exchange: Exchange, unit: str) -> Rechecked:
        """A statement of a unit's terms: build it again, and say how its findings changed."""
        if unit not in self.kept:
            self.follow(exchange, unit)
            self.started = None  # no claim is placed by a statement of the terms
            return compared({}, self.kept[unit][1].failing) if unit in self.kept else Rechecked()
        before = dict(self.kept.pop(unit)[1].failing)
        self.start(exchange, unit)
        return compared(before, self.kept[unit][1].failing)

    def declared(self, exchange: Exchange, unit: str | None) -> Rechecked:
        """A declaration of completion of a unit nothing else names yet: follow it from now on, as a statement of
        its terms would (its completion check says there is nothing to complete against)."""
        if unit is None or unit == exchange.agreement.unit or unit in self.kept:
            return Rechecked()
        return self.restate(exchange, unit)

    def place(self, before: ClaimState | None, after: ClaimState | None) -> tuple[Rechecked, list[tuple[str, Changes]]]:
        """Move a claim in every unit's ledger (a unit it does not count keeps it aside); each unit's changes."""
        found, changed = Rechecked(), []
        for unit, (ledger, engine) in self.kept.items():
            changes = ledger.place(before, after)
            rechecked = engine.update(changes)
            # A unit started by this event had no findings before it: whatever it holds now was raised by it.
            merge(found, compared({}, engine.failing) if unit == self.started else rechecked)
            changed.append((unit, changes))
        self.started = None
        return found, changed

    def update(self, change: str, exchange: Exchange) -> Rechecked:
        """Take in the declarations of completion ('completions') or the statements of the terms ('terms')."""
        found = Rechecked()
        for ledger, engine in self.kept.values():
            if change == "completions":
                changes = ledger.complete(tuple(exchange.completions), tuple(exchange.denials))
            else:
                changes = ledger.state_terms(exchange.all_terms())
            merge(found, engine.update(changes))
        return found

    def failing(self, own: dict[str, Check]) -> dict[str, Check]:
        """The findings of the exchange's own unit and of every other, by id."""
        if not self.kept:
            return own
        return {**own, **{key: check for _, engine in self.kept.values() for key, check in engine.failing.items()}}

    def noted(self, own: dict[str, Check]) -> dict[str, Check]:
        """The notes of every unit, as `failing`."""
        if not self.kept:
            return own
        return {**own, **{key: check for _, engine in self.kept.values() for key, check in engine.noted.items()}}

    def all_checks(self) -> list[Check]:
        """Every check of every unit followed, unit by unit in the order they were met."""
        return [check for _, engine in self.kept.values() for check in engine.all_checks()]

    def unpassed(self) -> list[Check]:
        """The checks of every unit followed that do not pass, in the order of `all_checks`."""
        return [check for _, engine in self.kept.values() for check in engine.unpassed()]

    def engines(self) -> list[Engine]:
        """The engine of every unit followed."""
        return [engine for _, engine in self.kept.values()]

    def counted(self) -> int:
        """How many checks every unit followed keeps."""
        return sum(engine.counted for _, engine in self.kept.values())

    def start(self, exchange: Exchange, unit: str) -> Rechecked:
        """Follow a unit from the exchange as it stands: its ledger built from every claim, each check run once."""
        return self._engine(unit_ledger(exchange, unit))

    def _engine(self, ledger: Ledger) -> Rechecked:
        engine = unit_engine(ledger, self.rules, False, cites=self.cites, passing=self.passing)
        self.kept[ledger.unit] = (ledger, engine)
        return engine.start()
