"""The reconciliation engine: every rule's checks of every scope, kept up to date as the ledger changes.

Like a spreadsheet, it notes what each check read (through the view) and, after a change to the ledger, checks again
exactly those whose reads the change reached, and the scopes that appeared; nothing is declared per rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from domain.findings import Check, in_unit
from domain.ledger import Changes, Ledger
from domain.reconciliation.dependencies import Dependencies, Reader
from domain.reconciliation.keys import derived
from domain.reconciliation.rule import Rule
from domain.reconciliation.view import Reads, View
from domain.reconciliation.worked_out import WORKED_OUT, work_again


class _Listing:
    """Stands in the place of a scope for the listing of a rule's scopes."""

    def __repr__(self) -> str:
        return "<scopes>"


LISTING = _Listing()


@dataclass(slots=True)
class Rechecked:
    """What checking again found: findings raised, replaced (before, after) and cleared."""

    raised: list[Check] = field(default_factory=list)
    replaced: list[tuple[Check, Check]] = field(default_factory=list)
    cleared: list[Check] = field(default_factory=list)


Listing = Callable[[View], Iterable[Any]]
"""How a rule lists its scopes; rules that list theirs the same way share one listing."""


class Engine:
    """Every rule's checks over one ledger, kept up to date change by change."""

    def __init__(
        self,
        ledger: Ledger,
        rules: Sequence[Rule],
        *,
        passing: bool = False,
        cites: bool = True,
        track: bool = True,
        unit: str | None = None,
    ) -> None:
        self.view = View(ledger, cites=cites)
        self.unit = unit
        """The unit the checks name, when the ledger counts one other than the exchange's own (domain/units.py)."""
        self.rules = tuple(rules)
        self._by_id: dict[object, Rule] = {rule.id: rule for rule in self.rules}
        self._listers: dict[Listing, list[Rule]] = {}
        for rule in self.rules:
            self._listers.setdefault(rule.scopes, []).append(rule)
        self.passing = passing
        """Keep the checks that pass too (a report lists them), not only the findings."""
        self.track = track
        """Note what each check read, so that `update` can follow changes; off for a reconciliation made once."""
        self._scopes: dict[Listing, Sequence[Any]] = dict.fromkeys(self._listers, ())
        self._rank: dict[object, tuple[int, Listing]] = {rule.id: (n, rule.scopes) for n, rule in enumerate(self.rules)}
        self._places: dict[Listing, dict[Any, int]] = {listing: {} for listing in self._listers}
        """Each scope's place in its listing, so that the checks that do not pass are put in order on their own."""
        self._unpassed: set[Reader] = set()
        self.counted = 0
        """How many checks are kept, passing or not."""
        self._known: dict[Listing, set[Any]] = {listing: set() for listing in self._listers}
        self.checks: dict[Reader, list[Check]] = {}
        self.failing: dict[str, Check] = {}
        self.noted: dict[str, Check] = {}
        """Checks that cannot run yet, by id: kept up to date like the findings, never raised nor cleared."""
        self._dependencies = Dependencies()
        self._held: Changes | None = None
        """The changes gathered while checking is held (see `hold`)."""

    def start(self) -> Rechecked:
        """Check every scope of every rule."""
        return self._run({(listing, LISTING) for listing in self._listers})

    def hold(self) -> None:
        """Gather the changes that follow, checking nothing, until `release`: where nobody reads the checks between
        them (a burst of events whose last state alone is kept), one run over what their union reached finds what
        runs after each would have left, since a check not reached read nothing that moved since its last run."""
        if self._held is None:
            self._held = Changes()

    def release(self) -> Rechecked:
        """Check again, once, what the changes gathered since `hold` reached; what is found is the difference from
        the checks as they stood at `hold`."""
        held, self._held = self._held, None
        return Rechecked() if held is None else self.update(held)

    def update(self, changes: Changes) -> Rechecked:
        """Check again what the change reached, and the scopes it made; while held, only gather it (see `hold`)."""
        if self._held is not None:
            self._held.gather(changes)
            return Rechecked()
        keys = changes.keys | derived(changes)
        reached = self._dependencies.reached(keys, changes.columns)
        if not self.track:
            self.view.worked_out.clear()  # nothing says what its answers rest on: each change starts afresh
        return self._run(reached | self._work_again(reached))

    def _work_again(self, reached: set[Reader]) -> set[Reader]:
        """Work out again the answers the change reached, before any check reads them: the checks that asked one
        that changed are to run again too (see worked_out.py). One nobody asks any longer is dropped."""
        found: set[Reader] = set()
        for reader in [reader for reader in reached if reader[0] is WORKED_OUT]:
            answer = self.view.worked_out.get(reader[1])
            asked = self._dependencies.reached([reader], ())
            if answer is None or not asked:
                self.view.worked_out.pop(reader[1], None)
                self._dependencies.forget(reader)
                continue
            if work_again(self.view, reader[1], answer):
                found |= asked
            if answer.reads is not None:
                self._dependencies.note(reader, answer.reads)
        return found

    def all_checks(self) -> list[Check]:
        """Every check kept, in rule order, then in the order of the rule's scopes."""
        return [
            check
            for rule in self.rules
            for scope in self._scopes[rule.scopes]
            for check in self.checks.get((rule.id, scope), ())
        ]

    def unpassed(self) -> list[Check]:
        """The checks that do not pass (findings, and notes that a check cannot run yet), in the order `all_checks`
        lists them: found among the scopes that hold one, not by walking the thousands that pass."""
        rank, places = self._rank, self._places

        def place(reader: Reader) -> tuple[int, int]:
            number, listing = rank[reader[0]]
            return number, places[listing][reader[1]]

        return [
            check for reader in sorted(self._unpassed, key=place) for check in self.checks[reader] if not check.passed
        ]

    def _run(self, reached: set[Reader]) -> Rechecked:
        found = Rechecked()
        for listing in self._listers:
            if (listing, LISTING) in reached:
                reached |= self._list(listing, found)
        for reader in reached:
            rule_id, scope = reader
            if rule_id is WORKED_OUT:
                continue
            if scope is not LISTING and scope in self._known[self._by_id[rule_id].scopes]:
                self._check(self._by_id[rule_id], scope, found)
        return found

    def _reading(self) -> Reads | None:
        self.view.reads = Reads() if self.track else None
        return self.view.reads

    def _noted(self, reader: Reader, reads: Reads | None) -> None:
        view = self.view
        view.reads = None
        if reads is not None:
            self._dependencies.note(reader, reads)
        for key in view.worked_anew:
            self._dependencies.note((WORKED_OUT, key), view.worked_out[key].reads)
        view.worked_anew.clear()

    def _list(self, listing: Listing, found: Rechecked) -> set[Reader]:
        """List scopes again: those gone take their findings with them; those new are to be checked."""
        reads = self._reading()
        scopes = tuple(listing(self.view))
        self._noted((listing, LISTING), reads)
        known = set(scopes)
        gone, new = self._known[listing] - known, known - self._known[listing]
        self._scopes[listing], self._known[listing] = scopes, known
        self._places[listing] = {scope: place for place, scope in enumerate(scopes)}
        rules = self._listers[listing]
        for scope in gone:
            for rule in rules:
                self._dependencies.forget((rule.id, scope))
                self._replace((rule.id, scope), [], found)
        return {(rule.id, scope) for rule in rules for scope in new}

    def _check(self, rule: Rule, scope: Any, found: Rechecked) -> None:
        reads = self._reading()
        checks = list(rule.evaluate(self.view, scope, passing=self.passing))
        if self.unit is not None:
            checks = [in_unit(check, self.unit) for check in checks]
        if reads is not None and checks:
            reads.keys |= reads.citing  # what it found cites those claims: a change among them changes it
        self._noted((rule.id, scope), reads)
        self._replace((rule.id, scope), checks, found)

    def _replace(self, reader: Reader, checks: list[Check], found: Rechecked) -> None:
        """Keep a scope's new checks, and say how its findings changed."""
        old = self.checks.pop(reader, None)
        self.counted += len(checks) - len(old or ())
        if checks:
            self.checks[reader] = checks
        elif old is None:
            return  # nothing there before, nothing now: the usual case of a scope that passes
        if any(not check.passed for check in checks):
            self._unpassed.add(reader)
        else:
            self._unpassed.discard(reader)
        # A note that a check cannot run yet is no finding: it is kept apart, never raised nor cleared.
        for check in old or ():
            if check.note:
                del self.noted[check.finding_id]
        before = {check.finding_id: check for check in old or () if check.finding}
        for check in checks:
            if check.note:
                self.noted[check.finding_id] = check
            if not check.finding:
                continue
            previous = before.pop(check.finding_id, None)
            if previous is None:
                found.raised.append(check)
            elif previous != check:
                found.replaced.append((previous, check))
            self.failing[check.finding_id] = check
        for finding_id, check in before.items():
            found.cleared.append(check)
            del self.failing[finding_id]


def reconcile_once(ledger: Ledger, rules: Iterable[Rule], unit: str | None = None) -> list[Check]:
    """Every check, passed or not, of a ledger reconciled once from scratch, in rule order: what `Engine.start` then
    `all_checks` give, without the bookkeeping that only keeping the checks up to date needs (what each read, which
    findings were raised), which cost as much as a long exchange's checks themselves. With `unit`, the checks name
    it, as an engine's given one."""
    view = View(ledger)
    listed: dict[Listing, tuple[Any, ...]] = {}
    checks: list[Check] = []
    for rule in rules:
        scopes = listed.get(rule.scopes)
        if scopes is None:
            scopes = listed[rule.scopes] = tuple(rule.scopes(view))
        for scope in scopes:
            checks.extend(rule.evaluate(view, scope, passing=True))
    return checks if unit is None else [in_unit(check, unit) for check in checks]
