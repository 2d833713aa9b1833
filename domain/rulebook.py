"""Every reconciliation rule with its stable id, plain statement and severity, evaluated in one pass."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from domain import rules, stage_rules
from domain.findings import Check, Severity
from domain.ledger import Ledger


@dataclass(frozen=True, slots=True)
class Rule:
    """A reconciliation rule: a stable id, a one-sentence statement, a severity, and its pure function."""

    id: str
    severity: Severity
    evaluate: Callable[[Ledger], Iterable[Check]]

    @property
    def statement(self) -> str:
        """The rule in one plain sentence: the first line of its function's docstring."""
        return (self.evaluate.__doc__ or "").strip().splitlines()[0]


RULES: tuple[Rule, ...] = (
    Rule(rules.BREAKDOWN_SUM, Severity.ERROR, rules.breakdown_sum),
    Rule(rules.CATEGORY_BREAKDOWN, Severity.ERROR, rules.category_breakdown),
    Rule(rules.SUBSET_WITHIN_BASE, Severity.ERROR, rules.subset_within_base),
    Rule(stage_rules.TARGET_PROGRESS, Severity.ERROR, stage_rules.target_progress),
    Rule(stage_rules.COMPLETION, Severity.ERROR, stage_rules.completion),
    Rule(stage_rules.RECIPROCITY, Severity.WARNING, stage_rules.reciprocity),
    Rule(rules.SOURCE_AGREEMENT, Severity.WARNING, rules.source_agreement),
    Rule(stage_rules.CUMULATIVE_SUM, Severity.ERROR, stage_rules.cumulative_sum),
    Rule(stage_rules.EXCHANGE_TOTAL, Severity.ERROR, stage_rules.exchange_total),
    Rule(stage_rules.STAGE_SEQUENCE, Severity.WARNING, stage_rules.stage_sequence),
    Rule(rules.COMBINED_DIRECTIONS, Severity.ERROR, rules.combined_directions),
)
RULES_BY_ID = {rule.id: rule for rule in RULES}


def reconcile(ledger: Ledger) -> list[Check]:
    """Run every rule over the ledger and return every check, passed or not, in rule order."""
    return [check for rule in RULES for check in rule.evaluate(ledger)]
