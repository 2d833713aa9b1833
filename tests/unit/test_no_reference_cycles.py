"""A report leaves nothing for the cycle collector: the entry points pause it while they replay and reconcile
(adapters/collector.py) on the promise that reference counting frees every object a report makes. An object of the
domain kept in a reference cycle would keep the whole exchange, its ledger and every claim alive until a collection,
which then walks them all (a quarter of an as-of report's time on 10,000 events)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date

import pytest

from domain.exchange import Exchange
from domain.figures import Source, Tier
from domain.report import build_report
from tests.builders import RUSSIA, UKRAINE, agreement, claim, figures

DECLARING = Source(name="TASS", tier=Tier.ESTABLISHED_MEDIA, published=date(2025, 5, 25))


@pytest.fixture
def collector_saving_garbage() -> Iterator[None]:
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        yield
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()


def test_a_report_with_a_declared_completion_leaves_no_domain_object_in_a_cycle(collector_saving_garbage: None) -> None:
    # Completion and progress ask answers worked out once and kept in the view: they must not hold the view again.
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), to=f"to {UKRAINE}", took_place_on=date(2025, 5, 23)))
    exchange.record(claim(1, figures(390), to=f"to {RUSSIA}", took_place_on=date(2025, 5, 23)))
    exchange.declare_complete(DECLARING)
    build_report(exchange)
    gc.collect()
    cycled = sorted({type(found).__module__ for found in gc.garbage if type(found).__module__.startswith("domain")})
    assert cycled == []
