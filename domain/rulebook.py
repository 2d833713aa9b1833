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
class SeverityPolicy:
    """How much a rule's findings matter: its usual severity, and the cases in which it says otherwise."""

    usual: Severity
    otherwise: tuple[tuple[Severity, str], ...] = ()
    """(severity, when) pairs: 'error', 'the figure is disputed'."""

    @property
    def label(self) -> str:
        """'warning (error when the figure is disputed)' in plain words."""
        cases = "; ".join(f"{severity.value} when {when}" for severity, when in self.otherwise)
        return f"{self.usual.value} ({cases})" if cases else self.usual.value

    @property
    def possible(self) -> frozenset[Severity]:
        """Every severity the rule's findings can have."""
        return frozenset({self.usual, *(severity for severity, _ in self.otherwise)})


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """A reconciliation rule: a stable id, a statement, a severity policy, its pure check of one scope, and the
    scopes there are."""

    id: str
    statement: str
    """The rule in one plain sentence, as `recon rules`, the README and the feature files state it."""
    severity: SeverityPolicy
    evaluate: Evaluate
    scopes: Callable[[Ledger], Iterable[Any]]
    affected: Callable[[Ledger, Change], Iterable[Any]]
    recite: Recite | None = None
    """A cheaper way than `evaluate` to bring a failing check's evidence up to date when its figures cannot have
    changed (see `Change.echo`); without one, the scope is evaluated again."""
    quotes: bool = False
    """Its messages quote what each source said, so a claim that only repeats a figure changes them too."""

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
    Rule(
        id=rules.BREAKDOWN_SUM,
        statement="A complete breakdown of the total makes it up exactly; a partial one does not exceed it.",
        severity=SeverityPolicy(Severity.ERROR),
        evaluate=rules.breakdown_sum,
        scopes=rules.buckets,
        affected=_buckets,
    ),
    Rule(
        id=rules.CATEGORY_BREAKDOWN,
        statement="A breakdown of a category (branches of the military) fits that category's figure.",
        severity=SeverityPolicy(Severity.ERROR),
        evaluate=rules.category_breakdown,
        scopes=rules.buckets,
        affected=_buckets,
    ),
    Rule(
        id=rules.SUBSET_WITHIN_BASE,
        statement="A subset ('27 of them defenders of Mariupol') does not exceed the figure it is drawn from.",
        severity=SeverityPolicy(Severity.ERROR),
        evaluate=rules.subset_within_base,
        scopes=rules.buckets,
        affected=_buckets,
    ),
    Rule(
        id=stage_rules.TARGET_PROGRESS,
        statement="Accepted stage totals per direction count towards the target; "
        "going over an exact target is a finding.",
        severity=SeverityPolicy(Severity.ERROR),
        evaluate=stage_rules.target_progress,
        scopes=stage_rules.parties,
        affected=_parties,
    ),
    Rule(
        id=stage_rules.COMPLETION,
        statement="An exchange declared complete has stages that sum to its target, neither short nor over.",
        severity=SeverityPolicy(
            Severity.ERROR, ((Severity.INFO, "a stage's total is unknown and the rest fall short"),)
        ),
        evaluate=stage_rules.completion,
        scopes=stage_rules.parties,
        affected=_parties,
    ),
    Rule(
        id=stage_rules.RECIPROCITY,
        statement="Under symmetric terms both directions of every stage carry the same total.",
        severity=SeverityPolicy(Severity.WARNING),
        evaluate=stage_rules.reciprocity,
        scopes=stage_rules.stages,
        affected=_numbered_stages,
    ),
    Rule(
        id=rules.SOURCE_AGREEMENT,
        statement="Sources agree on each figure; where they differ the most reliable tier wins, "
        "or the figure is disputed.",
        severity=SeverityPolicy(Severity.WARNING, ((Severity.ERROR, "the figure is disputed"),)),
        evaluate=rules.source_agreement,
        scopes=rules.buckets,
        affected=_buckets,
        quotes=True,
    ),
    Rule(
        id=stage_rules.CUMULATIVE_SUM,
        statement="A running total equals the accepted stage totals up to and including its stage.",
        severity=SeverityPolicy(Severity.ERROR, ((Severity.INFO, "an earlier stage's total is unknown"),)),
        evaluate=stage_rules.cumulative_sum,
        scopes=stage_rules.running_totals,
        affected=_running_totals,
        recite=stage_rules.cumulative_sum_cites,
    ),
    Rule(
        id=stage_rules.EXCHANGE_TOTAL,
        statement="A figure claimed for the whole exchange equals the same figure summed over its stages.",
        severity=SeverityPolicy(
            Severity.ERROR,
            (
                (
                    Severity.INFO,
                    "a stage gives no such figure, or the whole figure is ahead of the stages "
                    "before anyone declares the exchange complete",
                ),
            ),
        ),
        evaluate=stage_rules.exchange_total,
        scopes=stage_rules.whole_exchange,
        affected=_whole,
        recite=stage_rules.exchange_total_cites,
    ),
    Rule(
        id=stage_rules.STAGE_SEQUENCE,
        statement="Stages are numbered 1, 2, 3... without gaps and dated in order.",
        severity=SeverityPolicy(Severity.WARNING),
        evaluate=stage_rules.stage_sequence,
        scopes=stage_rules.everything,
        affected=_sequence,
    ),
    Rule(
        id=rules.COMBINED_DIRECTIONS,
        statement="A figure for both directions combined equals the two directions' figures added together.",
        severity=SeverityPolicy(Severity.ERROR),
        evaluate=rules.combined_directions,
        scopes=rules.combined_stages,
        affected=_stages,
    ),
)
RULES_BY_ID = {rule.id: rule for rule in RULES}


def reconcile(ledger: Ledger) -> list[Check]:
    """Run every rule over the ledger and return every check, passed or not, in rule order."""
    return [check for rule in RULES for check in rule.check(ledger)]
