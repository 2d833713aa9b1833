"""The incremental reconciliation agrees with a reconciliation from scratch after every event."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from domain.exchange import Exchange
from domain.figures import Breakdown, Figures, Source, Subset, Target, Tier
from domain.findings import Check
from domain.ledger import build_ledger
from domain.rulebook import reconcile
from domain.timeline import Event, Reconciliation
from tests.builders import AGGREGATOR, MINISTRY, PRAVDA, RUSSIA, TASS, UKRAINE, agreement, claim, figures, stage_one

SOURCES = (MINISTRY, PRAVDA, TASS, AGGREGATOR, Source(name="Censor.NET", tier=Tier.ESTABLISHED_MEDIA))
DIRECTIONS = (f"to {UKRAINE}", f"to {RUSSIA}", "each side", "combined")
STAGES = (None, 1, 1, 2, 2, 3, 5)
MANY_STAGES = (None, *range(1, 151))
"""Enough stages for running totals far along an exchange (their sums are kept in a tree that grows)."""


def failing(checks: list[Check]) -> dict[str, tuple[object, ...]]:
    """Failing checks by id, with what a reader sees of them and the claims they cite."""
    return {
        c.finding_id: (
            c.expected,
            c.found,
            c.message,
            sorted((str(e.claim_id), e.figure, e.version) for e in c.evidence),
        )
        for c in checks
        if not c.passed
    }


def random_figures(rng: random.Random) -> Figures:
    total = rng.choice([None, 300, 303, 307, 390, 391])
    breakdowns = []
    if rng.random() < 0.5:
        military = rng.choice([270, 300, 307])
        breakdowns.append(
            Breakdown(
                dimension="service",
                parts={"military": military, "civilian": rng.choice([0, 3, 120])},
                complete=rng.random() < 0.7,
            )
        )
    if rng.random() < 0.3:
        breakdowns.append(Breakdown(dimension="branch", within="military", parts={"navy": rng.choice([10, 400])}))
    subsets = (Subset(name="mariupol_defenders", count=rng.choice([27, 70, 500])),) if rng.random() < 0.3 else ()
    cumulative = rng.choice([None, None, 697, 1000])
    if total is None and not breakdowns and not subsets and cumulative is None:
        total = 390
    return Figures(total=total, breakdowns=tuple(breakdowns), subsets=subsets, cumulative=cumulative)


def random_history(rng: random.Random, length: int, stages: tuple[int | None, ...] = STAGES) -> list[Event]:
    """An exchange's events: claims of every kind, some corrected, retracted, completed or acknowledged."""
    targets = rng.choice([None, {UKRAINE: Target(kind="at_least", count=500)}])
    exchange = Exchange.agree(agreement(targets=targets))
    for _ in range(length):
        roll = rng.random()
        states = [s for s in exchange.claims.values() if s.active]
        if roll < 0.1 and states:
            exchange.correct(rng.choice(states).claim_id, random_figures(rng), reason="recount", by="desk")
        elif roll < 0.15 and states:
            exchange.retract(rng.choice(states).claim_id, reason="withdrawn", by="desk")
        elif roll < 0.18:
            exchange.declare_complete(rng.choice(SOURCES))
        elif roll < 0.22:
            checks = [c for c in reconcile(build_ledger(exchange)) if not c.passed]
            if checks:
                chosen = rng.choice(checks)
                exchange.acknowledge(chosen.finding_id, chosen.fingerprint, reviewer="desk", note="seen")
        else:
            stage = rng.choice(stages)
            day = date(2025, 5, 22) + timedelta(days=rng.randint(0, 4))
            exchange.record(
                claim(
                    stage,
                    random_figures(rng),
                    source=rng.choice(SOURCES),
                    to=rng.choice(DIRECTIONS),
                    took_place_on=day if stage and rng.random() < 0.5 else None,
                )
            )
    return list(exchange.collect_events())  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", range(60))
def test_after_every_event_the_timeline_finds_what_a_fresh_reconciliation_finds(seed: int) -> None:
    rng = random.Random(seed)
    events = random_history(rng, length=rng.randint(5, 40))
    assert_incremental_matches_fresh(events)


@pytest.mark.parametrize("seed", range(5))
def test_over_many_stages_the_timeline_finds_what_a_fresh_reconciliation_finds(seed: int) -> None:
    rng = random.Random(1_000 + seed)
    assert_incremental_matches_fresh(random_history(rng, length=300, stages=MANY_STAGES))


def assert_incremental_matches_fresh(events: list[Event]) -> None:
    """After every event, the findings kept up to date (with the claims they cite) equal a fresh reconciliation's."""
    reconciliation = Reconciliation()
    for event in events:
        reconciliation.apply(event)
        assert reconciliation.exchange is not None
        fresh = failing(reconcile(build_ledger(reconciliation.exchange)))
        assert failing(list(reconciliation.failing.values())) == fresh, f"after version {event.originator_version}"


def test_the_seed_stage_raises_nothing_and_moves_progress_to_390() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(stage_one())
    reconciliation = Reconciliation()
    agreed, recorded = [reconciliation.apply(event) for event in exchange.collect_events()]  # type: ignore[arg-type]
    assert agreed.event == "ExchangeAgreed"
    assert (recorded.event, recorded.raised, recorded.cleared) == ("ClaimRecorded", (), ())
    assert {(c.figure, c.after.accepted if c.after else None) for c in recorded.figures} >= {
        ("total", 390),
        ("service:military", 270),
        ("sex:women", 3),
    }
    assert [(s.party, s.accepted, s.target) for s in recorded.progress] == [(UKRAINE, 390, 1000), (RUSSIA, 0, 1000)]


def test_a_conflicting_claim_raises_a_finding_and_its_retraction_clears_it() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(stage_one())
    wrong = exchange.record(claim(1, figures(391), source=AGGREGATOR))
    exchange.retract(wrong, reason="the aggregator misread the ministry", by="desk")
    reconciliation = Reconciliation()
    steps = [reconciliation.apply(event) for event in exchange.collect_events()]  # type: ignore[arg-type]
    assert [c.finding_id for c in steps[2].raised] == ["source-agreement/1/to Ukraine/total"]
    assert [c.finding_id for c in steps[3].cleared] == ["source-agreement/1/to Ukraine/total"]
    assert reconciliation.failing == {}
