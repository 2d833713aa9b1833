"""When the read models apply an exchange's new events one at a time and when they reconcile it afresh: whichever
costs less, an event costing more on an exchange of many stages."""

from __future__ import annotations

from adapters.readside.projection import STEPWISE_EVENTS, stepwise


def test_a_few_events_are_always_applied_one_at_a_time() -> None:
    assert stepwise(STEPWISE_EVENTS, claims=1, stages=100_000)
    assert not stepwise(STEPWISE_EVENTS + 1, claims=1, stages=1)


def test_a_burst_on_a_large_exchange_of_few_stages_is_applied_one_at_a_time_and_on_a_small_one_afresh() -> None:
    assert stepwise(500, claims=10_000, stages=431)
    assert not stepwise(500, claims=1_000, stages=63)


def test_on_an_exchange_of_one_claim_per_stage_an_event_costs_more_the_more_stages_it_has() -> None:
    assert stepwise(100, claims=13_000, stages=13_000)
    assert not stepwise(500, claims=13_000, stages=13_000), "a page of the catch-up after a burst of writes"
    assert not stepwise(1_250, claims=100_000, stages=100_000), "each event checks again the rules over 100,000 stages"
