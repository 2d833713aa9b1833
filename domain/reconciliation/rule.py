"""What a reconciliation rule declares: its id, statement, severity policy, scopes and check, and nothing else."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from domain.findings import Check, Severity
from domain.reconciliation.view import View


class Evaluate(Protocol):
    """A rule's check of one scope; with `passing=False` it yields only the checks that fail (a cheaper question)."""

    def __call__(self, view: View, scope: Any, /, *, passing: bool = True) -> Iterable[Check]: ...


@dataclass(frozen=True, slots=True)
class SeverityPolicy:
    """How much a rule's findings matter: its usual severity, and the cases in which it says otherwise."""

    usual: Severity
    otherwise: tuple[tuple[Severity, str], ...] = ()
    """(severity, when) pairs: 'error', 'the figure is disputed'."""

    @property
    def label(self) -> str:
        """'warning (error when the figure is disputed)' in plain words."""
        cases = "; ".join(
            # An info case is a note that the check cannot run yet: said so, so nobody reads it as a finding.
            f"{'a note, not a finding,' if severity is Severity.INFO else severity.value} when {when}"
            for severity, when in self.otherwise
        )
        return f"{self.usual.value} ({cases})" if cases else self.usual.value

    @property
    def possible(self) -> frozenset[Severity]:
        """Every severity the rule's findings can have."""
        return frozenset({self.usual, *(severity for severity, _ in self.otherwise)})


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """A reconciliation rule: a stable id, a statement, a severity policy, the scopes it checks one at a time (a
    stage and direction, a party, a stage...) and its pure check of one scope. What a change makes it check again
    is worked out by the engine from what each check read."""

    id: str
    statement: str
    """The rule in one plain sentence, as `recon rules`, the README and the feature files state it."""
    severity: SeverityPolicy
    scopes: Callable[[View], Iterable[Any]]
    evaluate: Evaluate
    every_unit: bool = True
    """Checks the figures of each unit apart (bodies beside people); False for a rule about the exchange as a whole
    (its terms, its completion, notes, mediators), which runs once."""
