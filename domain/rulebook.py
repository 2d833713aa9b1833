"""Every reconciliation rule with its stable id, plain statement and severity, evaluated in one pass.

A rule checks one scope at a time (a stage and direction, a party, a stage...), so that after an event only
the scopes that event can have changed are checked again: see `affected` and domain/timeline.py.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from domain import rules, stage_rules
from domain.findings import Check, Severity
from domain.ledger import BucketKey, Ledger


@dataclass(frozen=True, slots=True)
class Change:
    """What one event changed in the ledger."""

    touched: frozenset[BucketKey] = frozenset()
    """Buckets whose claims changed."""
    revalued: frozenset[BucketKey] = frozenset()
    """Buckets in which an accepted figure changed."""
    figures: frozenset[str] = frozenset()
    """The figures (keys such as 'total') whose accepted reading changed, in any of those buckets."""
    stages: bool = False
    """Stage numbers or stage dates changed."""
    completions: bool = False
    """A source declared the exchange complete."""
    echo: bool = False
    """Claims changed without changing a reading: only findings that cite them need checking again."""
    cited: frozenset[str] = frozenset()
    """The figures (keys) whose evidence changed in the touched buckets, whether or not their reading did."""
    moved: frozenset[tuple[str, str]] = frozenset()
    """Columns (direction, figure) in which a stage's value changed or became unknown or known: a figure's reading,
    or a part left out of a breakdown that became complete (now 0)."""
    directions: frozenset[str] = field(init=False)
    """Directions in which an accepted figure changed: the rules across stages depend on nothing else."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "directions", frozenset(direction for _, direction in self.revalued))


class Evaluate(Protocol):
    """A rule's check of one scope; with `passing=False` it yields only the checks that fail (a cheaper question)."""

    def __call__(self, ledger: Ledger, scope: Any, /, *, passing: bool = True) -> Iterable[Check]: ...


Recite = Callable[[Ledger, Any, Check], Check]
"""A failing check of a scope, citing the claims as they stand after claims that repeat figures it cites."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A reconciliation rule: a stable id, a severity, its pure check of one scope, and the scopes there are."""

    id: str
    severity: Severity
    evaluate: Evaluate
    scopes: Callable[[Ledger], Iterable[Any]]
    affected: Callable[[Ledger, Change], Iterable[Any]]
    recite: Recite | None = None
    """A cheaper way than `evaluate` to bring a failing check's evidence up to date when its figures cannot have
    changed (see `Change.echo`); without one, the scope is evaluated again."""
    quotes: bool = False
    """Its messages quote what each source said, so a claim that only repeats a figure changes them too."""

    @property
    def statement(self) -> str:
        """The rule in one plain sentence: the first line of its function's docstring."""
        return (self.evaluate.__doc__ or "").strip().splitlines()[0]

    def check(self, ledger: Ledger) -> list[Check]:
        """Every check of this rule over the whole ledger, in report order."""
        return [check for scope in self.scopes(ledger) for check in self.evaluate(ledger, scope)]


def _buckets(ledger: Ledger, change: Change) -> Iterable[BucketKey]:
    # A claim that only repeats accepted figures leaves every outcome of its bucket as it was: the findings there
    # that cite it are checked again as echoes (domain/timeline.py).
    return change.revalued


def _stages(ledger: Ledger, change: Change) -> Iterable[int | None]:
    return {stage for stage, _ in change.revalued}


def _numbered_stages(ledger: Ledger, change: Change) -> Iterable[int]:
    return {stage for stage, _ in change.revalued if stage is not None}


def _parties(ledger: Ledger, change: Change) -> Iterable[str]:
    if change.stages or change.completions:
        return ledger.parties
    return [party for party in ledger.parties if f"to {party}" in change.directions]


def _running_totals(ledger: Ledger, change: Change) -> Iterable[BucketKey]:
    # A running total rests on its own figure and the stage totals up to it, not on stage numbers or dates.
    # The whole exchange's figures play no part.
    found = set(change.revalued)
    for stage, direction in change.revalued:
        if stage is not None:
            running = ledger.running.get(direction, [])
            found.update((number, direction) for number in running[bisect_left(running, stage) :])
    return found


def _whole(ledger: Ledger, change: Change) -> Iterable[tuple[str, str]]:
    if change.stages or change.completions:
        return {(d, key) for d in change.directions for key in change.figures} | _whole_figures(ledger, None)
    found: set[tuple[str, str]] = set()
    for stage, direction in change.revalued:
        if stage is None:
            # The claimed figures themselves changed: those gone are checked again so that their findings clear.
            found |= {(direction, key) for key in change.figures} | _whole_figures(ledger, direction)
        else:
            # What a stage changed in the columns (`moved`: values, parts a breakdown now leaves out as 0), and the
            # figures whose readings changed or, in an echo, whose evidence did.
            moved = {(direction, key) for key in change.figures} | change.moved
            found |= moved & _whole_figures(ledger, direction)
    return found


def _whole_figures(ledger: Ledger, direction: str | None) -> set[tuple[str, str]]:
    """The whole exchange's figures in one direction, or in every direction."""
    directions = [direction] if direction else [f"to {party}" for party in ledger.parties] + ["combined"]
    found = set()
    for name in directions:
        whole = ledger.buckets.get((None, name))
        if whole is not None:
            found |= {(name, key) for key in whole.figures}
    return found


def _sequence(ledger: Ledger, change: Change) -> Iterable[None]:
    return [None] if change.stages or (change.echo and change.revalued) else []


RULES: tuple[Rule, ...] = (
    Rule(rules.BREAKDOWN_SUM, Severity.ERROR, rules.breakdown_sum, rules.buckets, _buckets),
    Rule(rules.CATEGORY_BREAKDOWN, Severity.ERROR, rules.category_breakdown, rules.buckets, _buckets),
    Rule(rules.SUBSET_WITHIN_BASE, Severity.ERROR, rules.subset_within_base, rules.buckets, _buckets),
    Rule(stage_rules.TARGET_PROGRESS, Severity.ERROR, stage_rules.target_progress, stage_rules.parties, _parties),
    Rule(stage_rules.COMPLETION, Severity.ERROR, stage_rules.completion, stage_rules.parties, _parties),
    Rule(stage_rules.RECIPROCITY, Severity.WARNING, stage_rules.reciprocity, stage_rules.stages, _numbered_stages),
    Rule(rules.SOURCE_AGREEMENT, Severity.WARNING, rules.source_agreement, rules.buckets, _buckets, quotes=True),
    Rule(
        stage_rules.CUMULATIVE_SUM,
        Severity.ERROR,
        stage_rules.cumulative_sum,
        stage_rules.running_totals,
        _running_totals,
        stage_rules.cumulative_sum_cites,
    ),
    Rule(
        stage_rules.EXCHANGE_TOTAL,
        Severity.ERROR,
        stage_rules.exchange_total,
        stage_rules.whole_exchange,
        _whole,
        stage_rules.exchange_total_cites,
    ),
    Rule(stage_rules.STAGE_SEQUENCE, Severity.WARNING, stage_rules.stage_sequence, stage_rules.everything, _sequence),
    Rule(rules.COMBINED_DIRECTIONS, Severity.ERROR, rules.combined_directions, rules.combined_stages, _stages),
)
RULES_BY_ID = {rule.id: rule for rule in RULES}


def reconcile(ledger: Ledger) -> list[Check]:
    """Run every rule over the ledger and return every check, passed or not, in rule order."""
    return [check for rule in RULES for check in rule.check(ledger)]
