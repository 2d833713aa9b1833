"""A total that leaves out the groups counted in addition reads as the exchange proper, and the incremental
reconciliation keeps that reading as a fresh one makes it, whichever claim settles it."""

from __future__ import annotations

from domain.exchange import Exchange
from domain.figures import Figures, Subset
from domain.ledger import build_ledger
from domain.timeline import Event
from tests.builders import AGGREGATOR, MINISTRY, RUSSIA, TASS, UKRAINE, agreement, claim
from tests.unit.test_timeline import assert_incremental_matches_fresh

WOUNDED = Subset(name="wounded", count=3, relation="in_addition")


def events_of(exchange: Exchange) -> list[Event]:
    return list(exchange.collect_events())  # type: ignore[arg-type]


def test_a_sources_own_group_in_addition_makes_its_lower_total_the_exchange_proper() -> None:
    exchange = Exchange.agree(agreement(each_side=390))
    exchange.record(claim(1, Figures(total=390), source=TASS))
    exchange.record(claim(1, Figures(total=393, subsets=(WOUNDED,)), source=MINISTRY))
    before = build_ledger(exchange).buckets[(1, f"to {UKRAINE}")].figures["total"]
    # TASS has not set the wounded apart yet: its 390 may mean everyone, a rival of the 393.
    assert (before.accepted, before.status) == (393, "resolved")
    exchange.record(claim(1, Figures(subsets=(WOUNDED,)), source=TASS))
    after = build_ledger(exchange).buckets[(1, f"to {UKRAINE}")].figures["total"]
    assert (after.accepted, after.status) == (393, "agreed")
    assert [item.proper for item in after.evidence] == [(390, "wounded 3"), None]
    assert_incremental_matches_fresh(events_of(exchange))


def test_reciprocity_reads_again_when_the_claim_counting_the_group_stops_giving_the_total() -> None:
    exchange = Exchange.agree(agreement(each_side=390))
    exchange.record(claim(1, Figures(total=393), source=AGGREGATOR))
    counting = claim(1, Figures(total=393, subsets=(WOUNDED,)), source=MINISTRY)
    exchange.record(counting)
    exchange.record(claim(1, Figures(total=390), source=MINISTRY, to=f"to {RUSSIA}"))
    # The 393 is still agreed, but no claim counting the wounded gives it: it may hold them or not.
    exchange.correct(counting.claim_id, Figures(subsets=(WOUNDED,)), reason="recount", by="desk")
    assert_incremental_matches_fresh(events_of(exchange))
