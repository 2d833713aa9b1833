"""What a check reads decides when it runs again: a kept reconciliation whose checks read a figure across the stages,
or one figure of a bucket, holds what reconciling afresh finds after every event, passing checks included."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, cast

import pytest

from domain import declared
from domain.exchange import Claim, ClaimState, Exchange
from domain.figures import Figures, Source, Subset, Tier
from domain.findings import Check
from domain.history import replay
from domain.ledger import build_ledger
from domain.reconciliation.engine import reconcile_once
from domain.reconciliation.view import View
from domain.rulebook import RULES
from domain.stage_rules import completion, target_progress
from domain.stage_sums import cumulative_sum
from domain.timeline import Event, Reconciliation
from tests.builders import RUSSIA, UKRAINE, agreement, claim, figures

ARMY = Source(name="Ukraine's General Staff", tier=Tier.OFFICIAL)
OMBUDSMAN = Source(name="Ukraine's Ombudsman", tier=Tier.OFFICIAL)
MINISTRY = Source(name="Ukraine's Defence Ministry", tier=Tier.OFFICIAL)
DECLARING = Source(name="TASS", tier=Tier.ESTABLISHED_MEDIA, published=date(2025, 5, 25))


def history(*claims: Claim) -> list[Event]:
    exchange = Exchange.agree(agreement())
    for each in claims:
        exchange.record(each)
    return cast(list[Event], exchange.collect_events())


def assert_kept_as_afresh(events: Sequence[Event]) -> None:
    """Kept citing, each check equals a fresh one; kept as a timeline keeps it (citing nothing), each says the same."""
    kept, bare = Reconciliation(passing=True), Reconciliation(passing=True, cites=False)
    for version, event in enumerate(events, start=1):
        kept.apply(event)
        bare.apply(event)
        exchange = replay(None, events[:version])
        assert exchange is not None
        afresh = reconcile_once(build_ledger(exchange), RULES)
        assert kept.checks() == afresh, f"after version {version}"
        assert said(bare.checks()) == said(afresh), f"after version {version}, citing nothing"


def said(checks: list[Check]) -> list[tuple[str, bool, str, str]]:
    return [(check.finding_id, check.passed, check.found, check.message) for check in checks]


def test_a_stage_total_disputed_anew_without_a_value_moves_the_progress_it_is_counted_in() -> None:
    # Stage 2 has no accepted total to Ukraine all along (disputed by two official sources, then by a third): the
    # column of totals does not move, yet the party's progress counts the stage as the range its sources give.
    assert_kept_as_afresh(
        history(
            claim(1, figures(390), to=f"to {UKRAINE}"),
            claim(2, figures(100), to=f"to {RUSSIA}"),
            claim(2, figures(100), source=MINISTRY, to=f"to {UKRAINE}"),
            claim(2, figures(120), source=ARMY, to=f"to {UKRAINE}"),
            claim(2, figures(900), source=OMBUDSMAN, to=f"to {UKRAINE}"),
        )
    )


def test_a_running_total_and_a_whole_exchange_figure_disputed_anew_are_checked_again() -> None:
    assert_kept_as_afresh(
        history(
            claim(1, figures(390, service=(270, 120)), to=f"to {UKRAINE}"),
            claim(2, figures(100, cumulative=490), source=MINISTRY, to=f"to {UKRAINE}"),
            claim(2, figures(100, cumulative=500), source=ARMY, to=f"to {UKRAINE}"),
            claim(None, figures(490), source=MINISTRY, to=f"to {UKRAINE}"),
            claim(None, figures(495), source=ARMY, to=f"to {UKRAINE}"),
            claim(2, figures(100, cumulative=495), source=OMBUDSMAN, to=f"to {UKRAINE}"),
        )
    )


def test_a_check_of_one_figure_is_not_run_again_when_another_figure_of_its_bucket_moves() -> None:
    stage_two: list[object] = []

    def counted(view: View, scope: Any, /, *, passing: bool = True) -> Iterable[Check]:
        if scope == (2, f"to {UKRAINE}"):
            stage_two.append(scope)
        return cumulative_sum(view, scope, passing=passing)

    rules = [replace(rule, evaluate=counted) if rule.id == "cumulative-sum" else rule for rule in RULES]
    kept = Reconciliation(passing=True, rules=rules)
    events = history(
        claim(1, figures(390), to=f"to {UKRAINE}"),
        claim(2, figures(100, service=(80, 20), cumulative=490), source=MINISTRY, to=f"to {UKRAINE}"),
        claim(2, figures(100, service=(70, 30)), source=ARMY, to=f"to {UKRAINE}"),
    )
    for event in events[:-1]:
        kept.apply(event)
    checked = len(stage_two)
    kept.apply(events[-1])  # the split by service is now disputed; the running total and the total stand
    assert len(stage_two) == checked


def test_the_stages_after_a_declared_completion_are_worked_out_once_per_event(monkeypatch: pytest.MonkeyPatch) -> None:
    # Both parties' progress and completion, and completion-agreement, ask which stages came after the declaration:
    # one claim on the last stage walks its claims once, however many checks ask.
    walked: list[int] = []
    first_word = declared._first_word

    def counting(states: Iterable[ClaimState]) -> date | None:
        walked.append(1)
        return first_word(states)

    monkeypatch.setattr(declared, "_first_word", counting)
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), to=f"to {UKRAINE}", took_place_on=date(2025, 5, 23)))
    exchange.record(claim(1, figures(390), to=f"to {RUSSIA}", took_place_on=date(2025, 5, 23)))
    exchange.declare_complete(DECLARING)
    exchange.record(claim(1, figures(390), source=ARMY, to=f"to {UKRAINE}", took_place_on=date(2025, 5, 23)))
    events = cast(list[Event], exchange.collect_events())
    kept = Reconciliation(passing=True)
    for event in events[:-1]:
        kept.apply(event)
    walked.clear()
    kept.apply(events[-1])
    assert len(walked) == 1
    assert_kept_as_afresh(events)


def test_a_claim_that_moves_neither_a_total_nor_the_stages_after_a_declaration_leaves_completion_unchecked() -> None:
    # Completion reads which stages came after the declared completion, worked out from every claim of the last
    # stages; a claim repeating a stage's agreed total changes neither that answer nor a party's total.
    runs: list[object] = []

    def counted(view: View, scope: Any, /, *, passing: bool = True) -> Iterable[Check]:
        runs.append(scope)
        return completion(view, scope, passing=passing)

    rules = [replace(rule, evaluate=counted) if rule.id == "completion" else rule for rule in RULES]
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), to=f"to {UKRAINE}", took_place_on=date(2025, 5, 23)))
    exchange.record(claim(1, figures(390), to=f"to {RUSSIA}", took_place_on=date(2025, 5, 23)))
    exchange.declare_complete(DECLARING)
    exchange.record(claim(1, figures(390), source=ARMY, to=f"to {UKRAINE}", took_place_on=date(2025, 5, 24)))
    events = cast(list[Event], exchange.collect_events())
    kept = Reconciliation(passing=True, rules=rules)
    for event in events[:-1]:
        kept.apply(event)
    checked = len(runs)
    kept.apply(events[-1])
    assert len(runs) == checked
    assert_kept_as_afresh(events)


def besides(total: int, wounded: int) -> Figures:
    """A stage's total that counts a group of wounded handed over in addition to the exchange proper."""
    return Figures(total=total, subsets=(Subset(name="wounded", count=wounded, relation="in_addition"),))


def test_progress_asks_only_the_stages_naming_a_group_in_addition() -> None:
    # Progress leaves groups in addition out of what it holds against the terms. A breakdown given for a stage that
    # names no such group changes that stage's shape, not the party's progress: target-progress is not run again.
    # A group in addition named at another stage later is counted at once, as reconciling afresh counts it.
    runs: list[object] = []

    def counted(view: View, scope: Any, /, *, passing: bool = True) -> Iterable[Check]:
        runs.append(scope)
        return target_progress(view, scope, passing=passing)

    rules = [replace(rule, evaluate=counted) if rule.id == "target-progress" else rule for rule in RULES]
    claims = [claim(stage, figures(100), to=f"to {UKRAINE}") for stage in range(1, 6)]
    claims.append(claim(6, besides(112, 12), to=f"to {UKRAINE}"))
    events = history(*claims, claim(3, figures(100, service=(90, 10)), source=ARMY, to=f"to {UKRAINE}"))
    kept = Reconciliation(passing=True, rules=rules)
    for event in events[:-1]:
        kept.apply(event)
    checked = len(runs)
    kept.apply(events[-1])
    assert len(runs) == checked
    assert_kept_as_afresh(history(*claims, claim(4, besides(108, 8), source=ARMY, to=f"to {UKRAINE}")))
