"""A reconciliation kept up to date event by event, passing checks included, reports what reconciling afresh does,
whether it started from the first event or from an exchange replayed part of the way."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

import pytest

from domain.history import replay
from domain.remembered import Remembered
from domain.report import build_report, report_of
from domain.report_values import ReconciliationReport
from domain.timeline import Event, Reconciliation
from tests.histories import MANY_STAGES, STAGES, random_history


def report_kept(reconciliation: Reconciliation, remembered: Remembered | None = None) -> ReconciliationReport:
    assert reconciliation.exchange is not None
    assert reconciliation.ledger is not None
    return report_of(reconciliation.exchange, reconciliation.ledger, reconciliation.checks(), remembered=remembered)


def report_afresh(events: Sequence[Event]) -> ReconciliationReport:
    exchange = replay(None, events)
    assert exchange is not None
    return build_report(exchange)


@pytest.mark.parametrize("seed", range(15))
def test_a_kept_reconciliation_reports_as_a_fresh_one_after_every_event(seed: int) -> None:
    rng = random.Random(seed)
    events = random_history(rng, length=rng.choice([10, 30]))
    kept, lines = Reconciliation(passing=True), Remembered()
    for version, event in enumerate(events, start=1):
        kept.apply(event)
        assert report_kept(kept, lines) == report_afresh(events[:version]), f"after version {version}"


@pytest.mark.parametrize("seed", range(20))
def test_a_reconciliation_started_part_of_the_way_reports_as_a_fresh_one(seed: int) -> None:
    rng = random.Random(seed)
    events = random_history(rng, length=40)
    cut = rng.randrange(1, len(events))
    earlier = replay(None, events[:cut])
    assert earlier is not None
    kept = Reconciliation.of(earlier, passing=True)
    for event in events[cut:]:
        kept.apply(event)
    assert report_kept(kept) == report_afresh(events)


def test_a_kept_reconciliation_holds_passing_checks_only_when_asked() -> None:
    events = random_history(random.Random(1), length=20)
    findings_only, every_check = Reconciliation(), Reconciliation(passing=True)
    for event in events:
        findings_only.apply(event)
        every_check.apply(event)
    assert all(not check.passed for check in findings_only.checks())
    assert any(check.passed for check in every_check.checks())


def test_a_line_is_remembered_for_the_very_object_it_describes_and_for_one_report_only() -> None:
    remembered = Remembered()
    one, equal = [1], [1]
    first = remembered.line(lambda: object(), one)
    assert remembered.line(lambda: object(), one) is first, "the same object, within one report"
    remembered.done()
    assert remembered.line(lambda: object(), one) is first, "the same object, in the next report"
    assert remembered.line(lambda: object(), equal) is not first, "an equal object is described anew"
    remembered.done()
    remembered.done()
    assert remembered.line(lambda: object(), one) is not first, "forgotten once a report did not describe it"


@pytest.mark.parametrize("seed", range(10))
def test_the_checks_that_do_not_pass_are_found_in_report_order_without_walking_those_that_do(seed: int) -> None:
    # The page lists only the findings and notes, and counts the rest: kept apart, they need no walk of every check.
    rng = random.Random(300 + seed)
    events = random_history(rng, length=rng.choice([20, 60]), stages=rng.choice([STAGES, MANY_STAGES]))
    kept, earlier = Reconciliation(passing=True), replay(None, events[:5])
    assert earlier is not None
    started = Reconciliation.of(earlier, passing=True)
    for version, event in enumerate(events, start=1):
        kept.apply(event)
        every = kept.checks()
        assert kept.unpassed() == [check for check in every if not check.passed], f"after version {version}"
        assert kept.counted() == len(every), f"after version {version}"
        if version > 5:
            started.apply(event)
            assert started.unpassed() == [check for check in started.checks() if not check.passed]
            assert started.counted() == len(started.checks())


def advanced_in_bursts(kept: Reconciliation, events: Sequence[Event], rng: random.Random) -> Iterator[int]:
    """Advance `kept` through `events` in bursts of random length, each checked once at its end; yields how many
    events it has taken in after each burst."""
    position = 0
    while position < len(events):
        burst = events[position : position + rng.choice([1, 2, 3, 5, 8, 20])]
        with kept.batched():
            for event in burst:
                kept.advance(event)
        position += len(burst)
        yield position


@pytest.mark.parametrize("seed", range(25))
def test_a_kept_reconciliation_advanced_in_bursts_reports_as_a_fresh_one_after_each(seed: int) -> None:
    # The read models take a burst of events in as one batch: every event applied to the ledger, then the checks its
    # union of changes reached run once.
    rng = random.Random(500 + seed)
    events = random_history(rng, length=rng.choice([20, 40, 60]), stages=rng.choice([STAGES, MANY_STAGES]))
    cut = rng.randrange(1, 6)
    earlier = replay(None, events[:cut])
    assert earlier is not None
    for kept, first in ((Reconciliation(passing=True), 0), (Reconciliation.of(earlier, passing=True), cut)):
        lines = Remembered()
        for taken in advanced_in_bursts(kept, events[first:], random.Random(seed)):
            version = first + taken
            assert report_kept(kept, lines) == report_afresh(events[:version]), f"after version {version}"
            assert kept.unpassed() == [check for check in kept.checks() if not check.passed]
            assert kept.counted() == len(kept.checks())
