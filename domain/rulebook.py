"""Every reconciliation rule, declared once: its stable id, plain statement, severity policy, scopes and check.

The engine (domain/reconciliation/) runs them all in one pass and keeps them up to date as claims arrive.
"""

from __future__ import annotations

from collections.abc import Sequence

from domain import (
    disputed_progress,
    group_rules,
    headcount,
    mediator_rules,
    notes_rules,
    promise_rules,
    reciprocity,
    rules,
    silence_rules,
    source_agreement,
    stage_rules,
    stage_sums,
    terms_rules,
)
from domain.declared import judged_at_declaration
from domain.exchange import Exchange
from domain.findings import Check, Severity
from domain.ledger import Ledger
from domain.reconciliation.engine import reconcile_once
from domain.reconciliation.rule import Rule, SeverityPolicy
from domain.units import reconcile_units

__all__ = ["RULES", "RULES_BY_ID", "Rule", "SeverityPolicy", "reconcile", "reconcile_exchange"]

_DEPENDS = (Severity.WARNING, "it holds for some of a disputed figure's values only")
"""A check that a disputed figure decides: neither a pass nor an error, and it names the values it needs."""

RULES: tuple[Rule, ...] = (
    Rule(
        id=rules.BREAKDOWN_SUM,
        statement="A complete breakdown of the total makes it up exactly; a partial one does not exceed it.",
        severity=SeverityPolicy(Severity.ERROR, (_DEPENDS,)),
        evaluate=rules.breakdown_sum,
        scopes=rules.buckets,
    ),
    Rule(
        id=rules.CATEGORY_BREAKDOWN,
        statement="A breakdown of a category (branches of the military) fits that category's figure.",
        severity=SeverityPolicy(Severity.ERROR, (_DEPENDS,)),
        evaluate=rules.category_breakdown,
        scopes=rules.buckets,
    ),
    Rule(
        id=group_rules.SUBSET_WITHIN_BASE,
        statement="A group ('27 of them defenders of Mariupol') does not exceed the figure it is drawn from, "
        "and sources agree whether it is among that figure or in addition to it.",
        severity=SeverityPolicy(
            Severity.ERROR,
            (_DEPENDS, (Severity.WARNING, "one source counts the group among its base and another in addition")),
        ),
        evaluate=group_rules.subset_within_base,
        scopes=rules.buckets,
    ),
    Rule(
        id=stage_rules.TARGET_PROGRESS,
        statement="Accepted stage totals per direction, less groups handed over in addition to the exchange, up to a "
        "declared completion, count towards the target; going over an exact target is a finding.",
        severity=SeverityPolicy(Severity.ERROR, (_DEPENDS,)),
        evaluate=judged_at_declaration(disputed_progress.target_progress),
        scopes=stage_rules.parties,
    ),
    Rule(
        id=stage_rules.COMPLETION,
        statement="An exchange declared complete has stages that sum to its target, less groups handed over in "
        "addition to the exchange, neither short nor over.",
        severity=SeverityPolicy(
            Severity.ERROR,
            (
                _DEPENDS,
                (Severity.INFO, "a stage's total is unknown and the rest fall short"),
                (Severity.INFO, "nothing but the declaration is on file for the unit"),
            ),
        ),
        evaluate=judged_at_declaration(stage_rules.completion),
        scopes=stage_rules.parties,
    ),
    Rule(
        id=reciprocity.RECIPROCITY,
        statement=(
            "Under symmetric terms both directions of every stage carry the same total, "
            "less the groups each counts in addition."
        ),
        severity=SeverityPolicy(Severity.WARNING),
        evaluate=reciprocity.reciprocity,
        scopes=stage_rules.stages,
    ),
    Rule(
        id=source_agreement.SOURCE_AGREEMENT,
        statement="Sources agree on each figure; where they differ the most reliable tier wins, "
        "or the figure is disputed.",
        severity=SeverityPolicy(Severity.WARNING, ((Severity.ERROR, "the figure is disputed"),)),
        evaluate=source_agreement.source_agreement,
        scopes=rules.buckets,
    ),
    Rule(
        id=stage_rules.CUMULATIVE_SUM,
        statement="A running total equals the accepted stage totals up to and including its stage.",
        severity=SeverityPolicy(Severity.ERROR, (_DEPENDS, (Severity.INFO, "an earlier stage's total is unknown"))),
        evaluate=stage_sums.cumulative_sum,
        scopes=rules.buckets,
    ),
    Rule(
        id=stage_rules.EXCHANGE_TOTAL,
        statement="A figure claimed for the whole exchange equals the same figure summed over its stages.",
        severity=SeverityPolicy(
            Severity.ERROR,
            (
                _DEPENDS,
                (
                    Severity.INFO,
                    "a stage gives no such figure, or the whole figure is ahead of the stages "
                    "before anyone declares the exchange complete",
                ),
            ),
        ),
        evaluate=stage_sums.exchange_total,
        scopes=stage_rules.whole_exchange,
    ),
    Rule(
        id=stage_rules.STAGE_SEQUENCE,
        statement="Stages are numbered 1, 2, 3... without gaps and dated in order.",
        severity=SeverityPolicy(Severity.WARNING),
        evaluate=stage_rules.stage_sequence,
        scopes=stage_rules.everything,
        # Stages are numbered for the exchange, not per unit: bodies handed over in its stage 2 leave no gap.
        every_unit=False,
    ),
    Rule(
        id=rules.COMBINED_DIRECTIONS,
        statement="A figure for both directions combined equals the two directions' figures added together.",
        severity=SeverityPolicy(Severity.ERROR, (_DEPENDS,)),
        evaluate=rules.combined_directions,
        scopes=rules.buckets,
    ),
)
RULES += (
    Rule(
        id=terms_rules.TERMS_AGREEMENT,
        statement="Every source that states the terms of an exchange (in one unit) states the same promise.",
        severity=SeverityPolicy(Severity.WARNING),
        evaluate=terms_rules.terms_agreement,
        scopes=terms_rules.units,
        every_unit=False,
    ),
    Rule(
        id=promise_rules.PROMISED_DELIVERED,
        statement="Figures announced in advance, for a stage or the whole exchange, are delivered as promised, "
        "neither short nor over.",
        severity=SeverityPolicy(Severity.WARNING, ((Severity.INFO, "the stage has not been reported yet"),)),
        evaluate=promise_rules.promised_delivered,
        scopes=promise_rules.planned_keys,
    ),
    Rule(
        id=terms_rules.COMPLETION_AGREEMENT,
        statement="No source denies the completion of a unit that another source declared, "
        "and no stage of it is first reported after the declaration.",
        severity=SeverityPolicy(Severity.WARNING),
        evaluate=terms_rules.completion_agreement,
        scopes=terms_rules.said_units,
        every_unit=False,
    ),
    Rule(
        id=headcount.STAGE_HEADCOUNT,
        statement="Each direction of a stage that took place has a total from at least one source; "
        "a stage reported without one is a finding to chase.",
        severity=SeverityPolicy(Severity.WARNING),
        evaluate=headcount.stage_headcount,
        scopes=rules.buckets,
    ),
)
RULES += (
    Rule(
        id=notes_rules.NOTES_AGREEMENT,
        statement="Notes that count the same thing give the same number, and no number is given as two different "
        "counts.",
        severity=SeverityPolicy(Severity.WARNING),
        evaluate=notes_rules.notes_agreement,
        scopes=stage_rules.everything,
        every_unit=False,
    ),
    Rule(
        id=mediator_rules.MEDIATOR_AGREEMENT,
        statement="A mediator that neither party nor that mediator itself names, against one that they do name, "
        "is a finding.",
        severity=SeverityPolicy(Severity.WARNING),
        evaluate=mediator_rules.mediator_agreement,
        scopes=stage_rules.everything,
        every_unit=False,
    ),
    Rule(
        id=silence_rules.RELAYED_SILENCE,
        statement="A relay that says its origin gave no figure is contradicted by another relay of that origin "
        "carrying one.",
        severity=SeverityPolicy(Severity.WARNING),
        evaluate=silence_rules.relayed_silence,
        scopes=stage_rules.everything,
        every_unit=False,
    ),
)
RULES_BY_ID = {rule.id: rule for rule in RULES}


def reconcile(ledger: Ledger) -> list[Check]:
    """Run every rule over the ledger and return every check, passed or not, in rule order."""
    return reconcile_once(ledger, RULES)


def reconcile_exchange(
    exchange: Exchange, own: Ledger | None = None, units: Sequence[str] | None = None
) -> list[Check]:
    """Run every rule over each unit the exchange counts (people, bodies), its own unit first (from `own`, its
    ledger, when the caller built it already; `units`, as units_of gives them, when the caller has them)."""
    return reconcile_units(exchange, RULES, own, units)
