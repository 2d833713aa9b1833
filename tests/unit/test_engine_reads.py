"""What a check reads decides when it runs again: a kept reconciliation whose checks read a figure across the stages,
or one figure of a bucket, holds what reconciling afresh finds after every event, passing checks included."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from domain.exchange import Claim, Exchange
from domain.figures import Source, Tier
from domain.history import replay
from domain.ledger import build_ledger
from domain.reconciliation.engine import reconcile_once
from domain.rulebook import RULES
from domain.timeline import Event, Reconciliation
from tests.builders import RUSSIA, UKRAINE, agreement, claim, figures

ARMY = Source(name="Ukraine's General Staff", tier=Tier.OFFICIAL)
OMBUDSMAN = Source(name="Ukraine's Ombudsman", tier=Tier.OFFICIAL)
MINISTRY = Source(name="Ukraine's Defence Ministry", tier=Tier.OFFICIAL)


def history(*claims: Claim) -> list[Event]:
    exchange = Exchange.agree(agreement())
    for each in claims:
        exchange.record(each)
    return cast(list[Event], exchange.collect_events())


def assert_kept_as_afresh(events: Sequence[Event]) -> None:
    kept = Reconciliation(passing=True)
    for version, event in enumerate(events, start=1):
        kept.apply(event)
        exchange = replay(None, events[:version])
        assert exchange is not None
        afresh = reconcile_once(build_ledger(exchange), RULES)
        assert kept.checks() == afresh, f"after version {version}"


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
