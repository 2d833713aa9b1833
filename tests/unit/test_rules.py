"""Each rule over a ledger built in memory: what it accepts, what it flags, and the evidence it names."""

from __future__ import annotations

import re
from datetime import date

from domain.citations import StagesCited
from domain.exchange import Exchange
from domain.figures import Breakdown, Figures, Subset, Target, Tier
from domain.findings import Check, Severity
from domain.ledger import build_ledger
from domain.rulebook import RULES, reconcile
from tests.builders import AGGREGATOR, MINISTRY, PRAVDA, RUSSIA, TASS, UKRAINE, agreement, claim, figures, stage_one


def checks_of(exchange: Exchange, rule: str) -> list[Check]:
    """Every check one rule makes of the exchange as it stands."""
    return [check for check in reconcile(build_ledger(exchange)) if check.rule == rule]


def findings_of(exchange: Exchange) -> list[Check]:
    """Every failed check, whatever the rule."""
    return [check for check in reconcile(build_ledger(exchange)) if not check.passed]


def seed() -> Exchange:
    exchange = Exchange.agree(agreement())
    exchange.record(stage_one())
    return exchange


def test_every_rule_has_a_distinct_id_and_a_one_sentence_statement() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids)) == 18
    assert all(rule.statement.endswith(".") and not re.search(r"\.\s+[A-Z]", rule.statement) for rule in RULES)


def test_the_seed_announcement_balances_both_ways() -> None:
    checks = checks_of(seed(), "breakdown-sum")
    assert [(c.subject.figure, c.passed, c.found) for c in checks] == [("service", True, "390"), ("sex", True, "390")]


def test_a_complete_breakdown_that_misses_the_total_is_an_error_with_the_difference() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390, service=(270, 121))))
    (check,) = checks_of(exchange, "breakdown-sum")
    assert not check.passed
    assert check.severity == Severity.ERROR
    assert (check.expected, check.found, check.difference) == ("= 390", "391", 1)
    assert {item.figure for item in check.evidence} == {"total", "service:military", "service:civilian"}
    assert {item.version for item in check.evidence} == {2}


def test_a_partial_breakdown_may_fall_short_but_not_exceed() -> None:
    exchange = Exchange.agree(agreement())
    short = Breakdown(dimension="service", parts={"military": 200}, complete=False)
    exchange.record(claim(1, Figures(total=390, breakdowns=(short,))))
    assert [c.passed for c in checks_of(exchange, "breakdown-sum")] == [True]
    over = Breakdown(dimension="service", parts={"military": 400}, complete=False)
    exchange.record(claim(2, Figures(total=390, breakdowns=(over,))))
    assert [c.passed for c in checks_of(exchange, "breakdown-sum")] == [True, False]


def test_a_complete_breakdown_without_a_total_gives_a_derived_total() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(service=(270, 120)), source=TASS, to="each side"))
    ledger = build_ledger(exchange)
    for party in (UKRAINE, RUSSIA):
        bucket = ledger.bucket(1, f"to {party}")
        assert bucket is not None
        assert (bucket.figures["total"].accepted, bucket.figures["total"].status) == (390, "derived")
    assert checks_of(exchange, "breakdown-sum") == []


def test_a_breakdown_of_the_military_must_fit_the_military_figure() -> None:
    exchange = seed()
    branches = Breakdown(dimension="branch", within="military", parts={"navy": 100, "army": 180})
    exchange.record(claim(1, Figures(breakdowns=(branches,)), source=PRAVDA))
    (check,) = checks_of(exchange, "category-breakdown")
    assert (check.passed, check.expected, check.found, check.difference) == (False, "= 270", "280", 10)


def test_a_subset_larger_than_its_base_is_flagged() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(2, Figures(total=307, subsets=(Subset(name="mariupol_defenders", count=400),))))
    (check,) = checks_of(exchange, "subset-within-base")
    assert (check.passed, check.difference) == (False, 93)


def test_progress_shows_what_remains_and_flags_going_over_an_exact_target() -> None:
    exchange = seed()
    (ukraine, _russia) = checks_of(exchange, "target-progress")
    assert ukraine.passed
    assert "390 of 1,000: 610 to go" in ukraine.message
    exchange.record(claim(2, figures(700)))
    (over, _) = checks_of(exchange, "target-progress")
    assert (over.passed, over.difference) == (False, 90)


def test_an_at_least_target_is_not_flagged_for_going_over() -> None:
    exchange = Exchange.agree(agreement(targets={UKRAINE: Target(kind="at_least", count=100)}))
    exchange.record(stage_one())
    assert [c.passed for c in checks_of(exchange, "target-progress")] == [True]


def test_completion_with_a_shortfall_states_the_delta() -> None:
    exchange = seed()
    exchange.record(claim(1, figures(390), source=TASS, to=f"to {RUSSIA}"))
    exchange.declare_complete(AGGREGATOR)
    checks = checks_of(exchange, "completion")
    assert [(c.subject.direction, c.passed, c.difference) for c in checks] == [
        ("to Ukraine", False, -610),
        ("to Russia", False, -610),
    ]
    assert "shortfall of 610" in checks[0].message


def test_reciprocity_is_checked_only_under_symmetric_terms() -> None:
    exchange = seed()
    exchange.record(claim(1, figures(389), source=TASS, to=f"to {RUSSIA}"))
    (check,) = checks_of(exchange, "reciprocity")
    assert (check.passed, check.severity, check.difference) == (False, Severity.WARNING, 1)
    asymmetric = Exchange.agree(
        agreement("asym", targets={UKRAINE: Target(kind="exactly", count=84), RUSSIA: Target(kind="exactly", count=90)})
    )
    asymmetric.record(stage_one())
    asymmetric.record(claim(1, figures(389), source=TASS, to=f"to {RUSSIA}"))
    assert checks_of(asymmetric, "reciprocity") == []


def test_the_more_reliable_source_wins_and_the_conflict_is_still_reported() -> None:
    exchange = seed()
    exchange.record(claim(1, figures(391), source=AGGREGATOR))
    ledger = build_ledger(exchange)
    bucket = ledger.bucket(1, "to Ukraine")
    assert bucket is not None
    assert (bucket.figures["total"].accepted, bucket.figures["total"].status) == (390, "resolved")
    (conflict,) = [c for c in checks_of(exchange, "source-agreement") if not c.passed]
    assert conflict.severity == Severity.WARNING
    # The finding rests on the claim that stands apart; the ministry's 390 is named as what was accepted.
    assert {(e.source, e.value) for e in conflict.evidence} == {(AGGREGATOR.name, 391)}
    assert f"accepted 390, stated by {MINISTRY.name}" in conflict.message


def test_equally_reliable_sources_that_differ_leave_the_figure_disputed_with_its_range() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), source=PRAVDA))
    exchange.record(claim(1, figures(392), source=TASS, to=f"to {UKRAINE}"))
    bucket = build_ledger(exchange).bucket(1, "to Ukraine")
    assert bucket is not None
    state = bucket.figures["total"]
    assert (state.accepted, state.status, state.low, state.high) == (None, "disputed", 390, 392)
    (conflict,) = checks_of(exchange, "source-agreement")
    assert (conflict.severity, conflict.difference) == (Severity.ERROR, 2)
    assert PRAVDA.tier == TASS.tier == Tier.ESTABLISHED_MEDIA


def test_a_running_total_equals_the_stages_so_far() -> None:
    exchange = seed()
    exchange.record(claim(2, figures(307, cumulative=697), source=PRAVDA))
    assert [c.passed for c in checks_of(exchange, "cumulative-sum")] == [True]
    exchange.record(claim(3, figures(303, cumulative=1001), source=PRAVDA))
    assert [(c.passed, c.difference) for c in checks_of(exchange, "cumulative-sum")] == [(True, 0), (False, 1)]


def test_a_whole_exchange_figure_equals_the_sum_over_stages_or_says_why_it_cannot_be_checked() -> None:
    exchange = seed()
    exchange.record(claim(None, figures(1000), source=AGGREGATOR))
    (unverifiable,) = checks_of(exchange, "exchange-total")
    assert (unverifiable.passed, unverifiable.severity) == (False, Severity.INFO)
    exchange.record(claim(2, figures(307)))
    exchange.record(claim(3, figures(300)))
    (pending,) = checks_of(exchange, "exchange-total")
    assert (pending.passed, pending.severity, pending.difference) == (False, Severity.INFO, 3)
    assert "3 not yet accounted for" in pending.message
    exchange.declare_complete(AGGREGATOR)
    (check,) = checks_of(exchange, "exchange-total")
    assert (check.passed, check.severity, check.difference) == (False, Severity.ERROR, 3)


def test_a_whole_exchange_figure_below_the_stages_is_an_error_at_once() -> None:
    exchange = seed()
    exchange.record(claim(None, figures(300), source=AGGREGATOR))
    (check,) = checks_of(exchange, "exchange-total")
    assert (check.passed, check.severity, check.difference) == (False, Severity.ERROR, -90)


def test_a_missing_stage_and_stages_out_of_date_order_are_flagged() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), took_place_on=date(2025, 5, 23)))
    exchange.record(claim(3, figures(303), took_place_on=date(2025, 5, 22)))
    failed = {(c.subject.figure, c.subject.stage) for c in checks_of(exchange, "stage-sequence") if not c.passed}
    assert failed == {("numbering", None), ("date", 3)}


def test_the_same_source_repeating_a_figure_is_counted_once() -> None:
    exchange = seed()
    exchange.record(claim(1, figures(390), took_place_on=None))
    bucket = build_ledger(exchange).bucket(1, "to Ukraine")
    assert bucket is not None
    assert len(bucket.figures["total"].evidence) == 1


def test_a_combined_figure_equals_both_directions_added() -> None:
    exchange = seed()
    exchange.record(claim(1, figures(390), source=TASS, to=f"to {RUSSIA}"))
    exchange.record(claim(1, figures(780), source=PRAVDA, to="combined"))
    assert [c.passed for c in checks_of(exchange, "combined-directions")] == [True]


def test_all_findings_come_out_of_one_pass() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390, service=(270, 121), sex=(380, 3))))
    exchange.record(claim(1, figures(391), source=AGGREGATOR))
    exchange.record(claim(3, figures(1000)))
    rules = {c.rule for c in findings_of(exchange)}
    assert rules == {"breakdown-sum", "source-agreement", "stage-sequence", "target-progress"}


def test_over_many_stages_a_reason_names_the_first_stages_and_counts_the_rest() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(None, figures(1000, service=(800, 200)), source=AGGREGATOR))
    for stage in range(1, 41):
        # Only every third stage gives its service breakdown; stage 17 is never announced.
        given = figures(25, service=(20, 5)) if stage % 3 == 0 else figures(25)
        if stage != 17:
            exchange.record(claim(stage, given, took_place_on=None))
    checks = {c.finding_id: c for c in findings_of(exchange)}
    military = checks["exchange-total/all/to Ukraine/service:military"]
    assert military.found == "stage 1, 2, 4, 5, 7, 8, 10, 11, 13, 14 and 16 more has no service:military figure"
    assert military.message == f"800 cannot be checked yet: {military.found}"
    assert checks["stage-sequence/all/-/numbering"].message == "39 stages, 1 to 40: stage 17 missing"
    total = checks["exchange-total/all/to Ukraine/total"]
    assert total.message == (
        "the 39 stage figures = 975 over 39 stages; "
        "whole exchange 1,000: 25 not yet accounted for by the stages recorded"
    )
    assert [item.value for item in total.evidence] == [1000], "the whole figure's own claim"
    assert total.stages_cited == (StagesCited("to Ukraine", "total", ((1, 16), (18, 40))),), "every stage by reference"


def test_a_running_total_far_along_is_checked_against_every_stage_before_it() -> None:
    exchange = Exchange.agree(agreement())
    for stage in range(1, 151):
        exchange.record(
            claim(stage, figures(10, cumulative=stage * 10 + (1 if stage == 150 else 0)), took_place_on=None)
        )
    checks = [c for c in checks_of(exchange, "cumulative-sum") if c.subject.stage in (99, 150)]
    assert [(c.subject.stage, c.passed, c.difference) for c in checks] == [(99, True, 0), (150, False, 1)]
    assert checks[1].message == "the 150 stage figures = 1,500; running total 1,501: off by +1"
    assert [item.value for item in checks[1].evidence] == [1501], "its own claim; the stages' claims by reference"
    assert checks[1].stages_cited == (StagesCited("to Ukraine", "total", ((1, 150),)),)
