"""The incremental reconciliation agrees with a reconciliation from scratch after every event."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date
from typing import cast

import pytest

from domain.changes import Timeline, entry
from domain.exchange import Claim, Exchange
from domain.figures import Breakdown, Figures, Subset
from domain.findings import Check
from domain.ledger import build_ledger
from domain.report_stages import progress_lines
from domain.rulebook import reconcile_exchange
from domain.timeline import Event, Reconciliation, Step, timeline
from domain.timeline_steps import heads_in, named_besides, standings
from domain.units import unit_ledger
from tests.builders import AGGREGATOR, MINISTRY, RUSSIA, TASS, UKRAINE, agreement, claim, figures, stage_one
from tests.histories import MANY_STAGES, STAGES, random_history


def failing(checks: list[Check], notes: bool = False) -> dict[str, tuple[object, ...]]:
    """Findings (or notes that a check cannot run yet) by id, with what a reader sees of them and the claims they
    cite, in the order cited."""
    return {
        c.finding_id: (
            c.expected,
            c.found,
            c.message,
            [(str(e.claim_id), e.figure, e.version) for e in c.evidence],
        )
        for c in checks
        if (c.note if notes else c.finding)
    }


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
    """After every event, the findings and the notes of checks that cannot run yet kept up to date (with the claims
    they cite) equal a fresh reconciliation's."""
    reconciliation = Reconciliation()
    for event in events:
        reconciliation.apply(event)
        assert reconciliation.exchange is not None
        checks = reconcile_exchange(reconciliation.exchange)
        version = f"after version {event.originator_version}"
        assert failing(list(reconciliation.failing.values())) == failing(checks), version
        assert failing(list(reconciliation.noted.values()), notes=True) == failing(checks, notes=True), version


@pytest.mark.parametrize("seed", range(30))
def test_after_every_event_each_figure_reads_as_a_fresh_ledger_reads_it(seed: int) -> None:
    # Readings are extended rather than weighed again when new claims only repeat them (Bucket._accept): the
    # value, status, reason and cited claims must still be what weighing all the evidence gives.
    rng = random.Random(4_000 + seed)
    reconciliation = Reconciliation()
    for event in random_history(rng, length=rng.randint(20, 80), stages=MANY_STAGES if seed % 4 == 0 else STAGES):
        reconciliation.apply(event)
        assert reconciliation.exchange is not None
        assert reconciliation.ledger is not None
        fresh = build_ledger(reconciliation.exchange)
        kept = {key: bucket.figures for key, bucket in reconciliation.ledger.buckets.items()}
        assert kept == {key: bucket.figures for key, bucket in fresh.buckets.items()}, event.originator_version
        assert reconciliation.others is not None
        for unit, (ledger, _) in reconciliation.others.kept.items():
            again = unit_ledger(reconciliation.exchange, unit)
            kept = {key: bucket.figures for key, bucket in ledger.buckets.items()}
            assert kept == {key: bucket.figures for key, bucket in again.buckets.items()}, (unit, event)


@pytest.mark.parametrize("seed", range(20))
def test_a_timeline_that_keeps_no_evidence_raises_changes_and_clears_what_one_that_does_would(seed: int) -> None:
    rng = random.Random(2_000 + seed)
    events = random_history(rng, length=rng.randint(20, 80), stages=MANY_STAGES if seed % 4 == 0 else STAGES)
    citing, bare = Reconciliation(), Reconciliation(cites=False)
    for event in events:
        full, lean = citing.apply(event), bare.apply(event)
        assert notes(lean) == notes(full), f"at version {event.originator_version}"
        assert lean.figures == full.figures
        assert lean.progress == full.progress
        assert lean.cited_anew == ()
        assert {i: (c.found, c.message) for i, c in bare.failing.items()} == {
            i: (c.found, c.message) for i, c in citing.failing.items()
        }


@pytest.mark.parametrize("seed", range(20))
def test_a_step_names_every_finding_the_event_raised_changed_re_cited_or_cleared(seed: int) -> None:
    rng = random.Random(3_000 + seed)
    events = random_history(rng, length=rng.randint(20, 80), stages=MANY_STAGES if seed % 4 == 0 else STAGES)
    reconciliation = Reconciliation()
    for event in events:
        before = dict(reconciliation.failing)
        step = reconciliation.apply(event)
        after = reconciliation.failing
        assert {c.finding_id for c in step.raised} == after.keys() - before.keys()
        assert {c.finding_id for c in step.cleared} == before.keys() - after.keys()
        differing = {i for i in after.keys() & before.keys() if after[i] != before[i]}
        assert {c.finding_id for c in (*step.changed, *step.cited_anew)} == differing
        assert all(after[c.finding_id] is c for c in (*step.raised, *step.changed, *step.cited_anew))


def notes(step: Step) -> tuple[object, ...]:
    """What a timeline shows of a step's findings."""
    shown = [
        [(c.finding_id, c.severity, c.found, c.message) for c in checks]
        for checks in (step.raised, step.changed, step.cleared)
    ]
    return (*shown, step.reopened)


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


def test_a_part_a_complete_breakdown_leaves_out_counts_as_0_even_when_other_figures_change_with_it() -> None:
    # The whole exchange says 0 civilians; stage 1's total alone leaves them unknown, until a source gives a
    # complete service breakdown without them (so 0) along with a military figure no one gave before.
    whole = Breakdown(dimension="service", parts={"military": 300, "civilian": 0})
    only_military = Breakdown(dimension="service", parts={"military": 300})
    exchange = Exchange.agree(agreement())
    exchange.record(claim(None, Figures(total=300, breakdowns=(whole,))))
    exchange.record(claim(1, Figures(total=300)))
    exchange.record(claim(1, Figures(total=300, breakdowns=(only_military,)), source=TASS))
    assert_incremental_matches_fresh(list(exchange.collect_events()))  # type: ignore[arg-type]


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


@pytest.mark.parametrize("seed", range(3))
def test_a_timeline_built_without_validating_again_is_the_timeline_validation_gives(seed: int) -> None:
    events = random_history(random.Random(seed), length=30)
    entries = [entry(event, step) for event, (step, _) in zip(events, timeline(events), strict=True)]
    built = Timeline.trusted(slug="istanbul", title="1,000 for 1,000", entries=entries)
    assert any(item.changed or item.raised for item in built.entries)
    validated = Timeline.model_validate(built.model_dump())
    assert validated == built
    assert validated.model_dump_json() == built.model_dump_json()


_NOTES_OF_RANDOM_TIMELINES = """
import json, random
from domain.changes import entry
from domain.timeline import timeline
from tests.histories import MANY_STAGES, random_history
histories = [random_history(random.Random(seed), length=60, stages=MANY_STAGES) for seed in range(12)]
rng = random.Random(50_129)  # a step of this one reopens three findings
histories.append(random_history(rng, length=rng.randint(20, 120), stages=MANY_STAGES))
for events in histories:
    for event, (step, _) in zip(events, timeline(events, cites=False)):
        line = entry(event, step)
        shown = [[n.id for n in notes] for notes in (line.raised, line.changed, line.cleared)]
        print(json.dumps([*shown, line.reopened]))
"""


@pytest.mark.integration
def test_a_timeline_lists_an_events_findings_in_the_same_order_whatever_the_hash_seed() -> None:
    outputs = {
        subprocess.run(
            [sys.executable, "-c", _NOTES_OF_RANDOM_TIMELINES],
            capture_output=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "PYTHONPATH": "."},
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(outputs) == 1
    assert b'"' in outputs.pop()  # some step raised, changed or cleared findings


def test_promises_and_stages_without_a_headcount_follow_each_event_as_a_fresh_reconciliation_does() -> None:
    # The cases where a check reads a bucket that does not exist yet, or one whose new claim gives no figure.
    exchange = Exchange.agree(agreement())
    plan = claim(1, figures(500), source=TASS).model_copy(update={"planned": True})
    whole = claim(None, figures(1000), source=TASS, to="each side").model_copy(update={"planned": True})
    unstated = Figures(unstated=True)
    exchange.record(plan)
    exchange.record(whole)
    exchange.record(claim(2, figures(300)))
    exchange.record(claim(1, unstated, source=AGGREGATOR))
    exchange.record(claim(1, unstated, source=TASS))
    told = exchange.record(claim(1, unstated, source=MINISTRY, to=f"to {RUSSIA}"))
    exchange.correct(told, figures(480), "the ministry gave its number", "ana")
    exchange.record(claim(1, figures(500)))
    assert_incremental_matches_fresh(cast(list[Event], exchange.collect_events()))


def test_a_source_stating_a_groups_relation_again_is_named_where_a_fresh_reconciliation_names_it() -> None:
    # TASS's second claim on stage 1 repeats every figure it gave, so no accepted reading moves: yet it now says the
    # wounded are in addition as well, and the disputed relation's message lists TASS on both sides.
    def wounded(relation: str, day: int) -> Claim:
        group = Subset(name="wounded", count=3, relation=relation)
        stated = Figures(total=390, subsets=(group,))
        return claim(1, stated, source=TASS, took_place_on=date(2025, 5, day))

    exchange = Exchange.agree(agreement())
    exchange.record(wounded("among", 23))
    exchange.record(claim(1, Figures(total=390, subsets=(Subset(name="wounded", count=3, relation="in_addition"),))))
    exchange.record(wounded("in_addition", 24))
    assert_incremental_matches_fresh(cast(list[Event], exchange.collect_events()))


@pytest.mark.parametrize("seed", range(12))
def test_after_every_event_each_standing_is_what_a_fresh_ledger_gives(seed: int) -> None:
    rng = random.Random(seed)
    events = random_history(rng, length=rng.randint(20, 60), stages=MANY_STAGES if seed % 4 == 0 else STAGES)
    for version, (step, reconciliation) in enumerate(timeline(events, cites=False), start=1):
        exchange = reconciliation.exchange
        assert exchange is not None
        named = {key for state in exchange.claims.values() for key in named_besides(state.claim, exchange.parties)}
        for standing in step.progress:
            ledger = build_ledger(exchange) if standing.unit is None else unit_ledger(exchange, standing.unit)
            fresh = {item.party: item for item in standings(ledger, standing.unit, heads_in(ledger, named))}
            assert standing == fresh[standing.party], f"after version {version}"


@pytest.mark.parametrize("seed", range(12))
def test_after_every_event_each_standing_counts_what_the_report_counts(seed: int) -> None:
    # The report's progress stops at a declared completion and names the stages after it: the timeline's must too.
    rng = random.Random(seed)
    events = random_history(rng, length=rng.randint(20, 60), stages=MANY_STAGES if seed % 4 == 0 else STAGES)
    for version, (step, reconciliation) in enumerate(timeline(events, cites=False), start=1):
        exchange = reconciliation.exchange
        assert exchange is not None
        for standing in step.progress:
            ledger = build_ledger(exchange) if standing.unit is None else unit_ledger(exchange, standing.unit)
            lines = {line.party: line for line in progress_lines(ledger)}
            line = lines[standing.party]
            reported = (line.accepted, line.in_addition, line.disputed, tuple(line.after_completion))
            shown = (standing.accepted, standing.in_addition, standing.disputed, standing.after_completion)
            assert shown == reported, f"after version {version}"
