"""Terms, plans and completion as statements by sources: the values, the events and the rules that read them."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from domain.amounts import Amount
from domain.errors import InvalidInputError
from domain.exchange import Claim, CompletionDenied, Exchange, TermsStated, claim_id_of
from domain.figures import Direction, Figures, Target, Terms
from domain.ledger import build_ledger
from domain.report import build_report
from domain.rulebook import reconcile
from domain.terms import TermsStatement, agreed_statement
from domain.timeline import timeline
from tests.builders import AGGREGATOR, MINISTRY, PRAVDA, RUSSIA, TASS, UKRAINE, agreement, claim, figures

AT_LEAST_1000 = {party: Target(kind="at_least", count=1000) for party in (UKRAINE, RUSSIA)}


def findings(exchange: Exchange, rule: str) -> list[str]:
    """The messages of one rule's findings (not its notes), as a full reconciliation gives them."""
    return [check.message for check in reconcile(build_ledger(exchange)) if check.rule == rule and check.finding]


def test_not_announced_terms_are_not_all_for_all() -> None:
    none = agreed_statement(Terms(targets={}), TASS, "people")
    everyone = agreed_statement(
        agreement(each_side=None, targets={UKRAINE: Target(kind="unspecified")}).terms, TASS, "people"
    )
    assert (none.form, none.announced) == ("not_announced", False)
    assert (everyone.form, everyone.announced) == ("all_for_all", True)


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"form": "all_for_all", "combined": 10}, "give no numbers"),
        ({"form": "each_side"}, "give a number"),
        ({"form": "composite"}, "name their parts"),
        (
            {
                "form": "each_side",
                "targets": {UKRAINE: Target(kind="exactly", count=1)} | {RUSSIA: Target(kind="exactly", count=2)},
            },
            "same target",
        ),
    ],
)
def test_a_statement_that_does_not_fit_its_form_is_refused(fields: dict[str, object], problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        TermsStatement.model_validate({"source": TASS} | fields)


def test_a_statement_naming_a_party_outside_the_exchange_is_refused() -> None:
    exchange = Exchange.agree(agreement())
    outsider = TermsStatement(source=TASS, form="per_direction", targets={"Belarus": Target(kind="exactly", count=5)})
    with pytest.raises(InvalidInputError, match="Belarus"):
        exchange.state_terms(outsider)


def test_competing_statements_are_a_finding_naming_each_source_and_the_terms_progress_runs_against() -> None:
    exchange = Exchange.agree(agreement())
    exchange.state_terms(TermsStatement(source=PRAVDA, form="each_side", targets=AT_LEAST_1000))
    exchange.state_terms(TermsStatement(source=PRAVDA, form="each_side", targets=AT_LEAST_1000))
    assert len(exchange.terms_statements) == 1
    [message] = findings(exchange, "terms-agreement")
    assert "each side 1,000 (TASS" in message
    assert "each side at least 1,000 (Ukrainska Pravda" in message
    assert message.endswith("progress is read against the first recorded, each side 1,000")


def test_terms_of_another_unit_do_not_compete_with_the_agreements() -> None:
    exchange = Exchange.agree(agreement())
    bodies = {UKRAINE: Target(kind="exactly", count=6000), RUSSIA: Target(kind="exactly", count=6000)}
    exchange.state_terms(TermsStatement(source=PRAVDA, form="each_side", unit="bodies", targets=bodies))
    assert findings(exchange, "terms-agreement") == []


def test_planned_figures_never_count_and_are_held_against_the_delivered_ones() -> None:
    exchange = Exchange.agree(agreement())
    promise = claim(1, figures(192), source=TASS, to="each side").model_copy(update={"planned": True})
    exchange.record(promise)
    assert build_ledger(exchange).buckets == {}
    exchange.record(claim(1, figures(195)))
    assert findings(exchange, "promised-delivered") == ["195 total delivered against 192 promised: 3 more"]


def test_planned_figures_differing_within_the_best_tier_are_each_a_reading_of_the_promise() -> None:
    exchange = Exchange.agree(agreement())
    for source, total in ((TASS, 192), (PRAVDA, 190)):
        exchange.record(claim(1, figures(total), source=source).model_copy(update={"planned": True}))
    delivered = exchange.record(claim(1, figures(195), source=AGGREGATOR))
    assert findings(exchange, "promised-delivered") == ["195 total delivered against 190 or 192 promised: 3 to 5 more"]
    exchange.correct(delivered, figures(192), "a second count", "ana")
    assert findings(exchange, "promised-delivered") == [
        "192 total delivered against 190 or 192 promised: as promised for some of the values only"
    ]


def test_a_claim_of_another_unit_is_kept_apart_from_the_agreements_figures() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390)))
    exchange.record(claim(1, figures(1212), source=TASS).model_copy(update={"unit": "bodies"}))
    ledger = build_ledger(exchange)
    assert ledger.bucket(1, f"to {UKRAINE}").value("total") == 390  # type: ignore[union-attr]
    assert len(ledger.aside) == 1


def test_completion_declared_and_denied_is_a_finding_naming_both_and_each_source_denies_once() -> None:
    exchange = Exchange.agree(agreement())
    exchange.declare_complete(TASS)
    exchange.deny_completion(MINISTRY, continuing=True)
    exchange.deny_completion(MINISTRY, continuing=True)
    assert len(exchange.denials) == 1
    assert findings(exchange, "completion-agreement") == [
        "declared complete by TASS (citing Russia's Defence Ministry); denied by Ukraine's Defence Ministry (continues)"
    ]


def test_a_stage_without_a_headcount_is_a_stage_and_no_figure() -> None:
    exchange = Exchange.agree(agreement())
    unstated = Claim(stage=2, direction=Direction.to(UKRAINE), source=MINISTRY, figures=Figures(unstated=True))
    exchange.record(unstated.model_copy(update={"took_place_on": date(2025, 5, 24)}))
    ledger = build_ledger(exchange)
    assert ledger.stages == [2]
    assert ledger.bucket(2, f"to {UKRAINE}").value("total") is None  # type: ignore[union-attr]


def test_only_a_stage_may_go_without_a_headcount() -> None:
    with pytest.raises(ValidationError, match="only a stage that took place"):
        Claim(stage=None, direction=Direction.to(UKRAINE), source=MINISTRY, figures=Figures(unstated=True))
    with pytest.raises(ValidationError, match="unstated give no figure"):
        Figures(total=3, unstated=True)
    exchange = Exchange.agree(agreement())
    whole = exchange.record(claim(None, figures(1000)))
    with pytest.raises(InvalidInputError, match="without a headcount"):
        exchange.correct(whole, Figures(unstated=True), "no number after all", "ana")


def test_new_claim_fields_at_their_defaults_keep_every_claims_id() -> None:
    recorded = claim(1, figures(390))
    assert claim_id_of(recorded) == claim_id_of(recorded.model_copy(update={"planned": False, "unit": None}))
    assert claim_id_of(recorded) != claim_id_of(recorded.model_copy(update={"planned": True}))


def test_the_timeline_follows_terms_and_denials_as_a_full_reconciliation_does() -> None:
    exchange = Exchange.agree(agreement())
    exchange.declare_complete(TASS)
    exchange.state_terms(TermsStatement(source=PRAVDA, form="all_for_all"))
    exchange.deny_completion(MINISTRY)
    events = exchange.collect_events()
    assert [type(event) for event in events][-2:] == [TermsStated, CompletionDenied]
    steps = [step for step, _ in timeline(events)]  # type: ignore[arg-type]
    raised = {check.finding_id for step in steps for check in step.raised}
    assert {"terms-agreement/all/-/people terms", "completion-agreement/all/-/completion"} <= raised
    assert {check.finding_id for check in steps[-1].raised} == {"completion-agreement/all/-/completion"}


def test_the_timeline_raises_and_clears_a_promise_finding_as_a_full_reconciliation_does() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(192), source=TASS, to="each side").model_copy(update={"planned": True}))
    delivered = exchange.record(claim(1, figures(190)))
    exchange.correct(delivered, figures(192), "the ministry's second count", "ana")
    steps = [step for step, _ in timeline(exchange.collect_events())]  # type: ignore[arg-type]
    assert [check.finding_id for check in steps[2].raised] == ["promised-delivered/1/to Ukraine/total"]
    assert [check.finding_id for check in steps[3].cleared] == ["promised-delivered/1/to Ukraine/total"]
    assert findings(exchange, "promised-delivered") == []


def test_a_plan_said_with_its_uncertainty_is_shown_as_it_was_said() -> None:
    # Medinsky on 23 July 2025: another swap of at least 1,200 each (Anadolu Agency).
    exchange = Exchange.agree(agreement())
    plan = Figures(total=Amount(form="at_least", low=1200, high=None, stated=1200))
    exchange.record(claim(1, plan, source=TASS, to="each side").model_copy(update={"planned": True}))
    [line] = build_report(exchange).exchange.set_aside
    assert line.startswith(f"planned, stage 1, each side: total {plan.total.label} (")  # type: ignore[union-attr]
