"""When the read models apply an exchange's new events to its kept reconciliation as a batch and when they reconcile
it afresh: whichever costs less, an event costing more on an exchange of many stages."""

from __future__ import annotations

from adapters.readside.projection import STEPWISE_EVENTS, stepwise


def test_a_few_events_are_always_applied_to_the_kept_reconciliation() -> None:
    assert stepwise(STEPWISE_EVENTS, claims=1, stages=100_000)
    assert not stepwise(STEPWISE_EVENTS + 1, claims=1, stages=1)


def test_a_burst_of_half_the_exchange_is_applied_as_a_batch_on_a_large_exchange_and_a_small_one() -> None:
    assert stepwise(500, claims=10_000, stages=431)
    assert stepwise(500, claims=1_000, stages=63)


def test_a_burst_larger_than_the_exchange_it_lands_on_is_reconciled_afresh() -> None:
    assert not stepwise(1_000, claims=100, stages=10)


def test_on_an_exchange_of_one_claim_per_stage_an_event_costs_more_the_more_stages_it_has() -> None:
    assert stepwise(500, claims=13_000, stages=13_000), "a page of the catch-up after a burst of writes"
    assert not stepwise(5_000, claims=10_000, stages=100_000), "each event places a claim among 100,000 stages"
