"""The units an exchange counts (people, and the bodies of the dead beside them): the rules check each apart.

Each unit has a ledger of its own, holding only the figures that count it, and the rules that check figures run
over each; the rules about the exchange as a whole (its terms, its completion, notes) run once, in the exchange's
own unit. A figure of bodies is never added to a target of people, nor the other way round.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from domain.exchange import Exchange
from domain.figures import Terms
from domain.findings import Check
from domain.ledger import Ledger, build_ledger
from domain.reconciliation.engine import Engine, reconcile_once
from domain.reconciliation.rule import Rule
from domain.terms import common_targets


def units_of(exchange: Exchange, claimed: Collection[str] | None = None) -> tuple[str, ...]:
    """The exchange's own unit first, then every other unit a claim (even one retracted since), a statement of the
    terms or a declaration of completion names: a unit once named keeps its checks, as a stage once reported keeps
    its place, and a unit only declared complete is checked too (the completion rule says there is nothing to
    complete against). `claimed`: the units the claims name, when the caller gathered them on its own walk over
    the claims (a long exchange has them by the thousand)."""
    agreed = exchange.agreement.unit
    if claimed is None:
        claimed = {state.claim.unit for state in exchange.claims.values() if state.claim.unit is not None}
    named = set(claimed)
    named |= {item.statement.unit for item in exchange.all_terms()}
    named |= {item.unit for item in exchange.completions if item.unit is not None}
    return (agreed, *sorted(named - {agreed}))


def unit_terms(exchange: Exchange, unit: str) -> Terms:
    """The targets the rules read in a unit: the agreement's in its own unit; in another, each party's target that
    every statement of the terms in that unit gives alike. Where they differ the party has no target there (the
    dispute is terms-agreement's finding), rather than the first statement's target chosen over the others."""
    if unit == exchange.agreement.unit:
        return exchange.agreement.terms
    stated = [item.statement for item in exchange.all_terms() if item.statement.unit == unit]
    return common_targets(stated, exchange.parties)


def unit_ledger(exchange: Exchange, unit: str) -> Ledger:
    """The ledger of the figures counting `unit`, against that unit's terms."""
    return build_ledger(exchange, unit, unit_terms(exchange, unit))


def unit_rules(rules: Sequence[Rule], own: bool) -> tuple[Rule, ...]:
    """Every rule in the exchange's own unit; in another, the rules that check its figures apart."""
    return tuple(rules) if own else tuple(rule for rule in rules if rule.every_unit)


def unit_engine(ledger: Ledger, rules: Sequence[Rule], own: bool, **options: bool) -> Engine:
    """An engine over one unit's ledger; in a unit other than the exchange's own, its checks name that unit."""
    return Engine(ledger, unit_rules(rules, own), unit=None if own else ledger.unit, **options)


def reconcile_units(
    exchange: Exchange, rules: Sequence[Rule], own: Ledger | None = None, units: Sequence[str] | None = None
) -> list[Check]:
    """Every check of every unit, passed or not, reconciled once from scratch: the exchange's own unit first (from
    `own`, its ledger, when the caller built it already); `units`, as units_of gives them, when the caller has."""
    checks: list[Check] = []
    for number, unit in enumerate(units_of(exchange) if units is None else units):
        ledger = (own or build_ledger(exchange)) if number == 0 else unit_ledger(exchange, unit)
        checks += reconcile_once(ledger, unit_rules(rules, number == 0), None if number == 0 else ledger.unit)
    return checks
