"""The as-of report split into its parts, in processor time, beside the plain library replay it is compared with.

A ratio alone does not say where to look: these figures do. Selecting and decoding the stored events are work the
replay does as well, so making them cheaper lowers both sides of the ratio and leaves it higher; what the report adds
(the ledger, the rules, the report's lines) is what the ratio measures.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar, cast
from uuid import UUID

from adapters.collector import collector_paused
from domain.application import Reconciler
from domain.exchange import Exchange
from domain.history import AsOf, replay
from domain.ledger import build_ledger
from domain.report import report_of
from domain.report_values import ReconciliationReport
from domain.rulebook import reconcile_exchange
from domain.timeline import Event

T = TypeVar("T")

PARTS = ("select", "decode", "apply", "ledger", "rules", "report")
"""In the order the report runs them: reading the stored events, loading each through the mapper (upcasters and the
value types' checks), applying them to an Exchange, then reconciling it and describing the result."""
SHARED = ("select", "decode", "apply")
"""The parts a plain replay runs too (it applies with the library's own projector, which costs more)."""


def split(app: Reconciler, aggregate_id: UUID, version: int, runs: int) -> dict[str, Any]:
    """Median processor milliseconds of each part of the as-of report at `version`, and of the library's replay to
    it, the cycle collector paused for both (as every Reconciler query runs)."""
    samples: dict[str, list[float]] = {part: [] for part in (*PARTS, "replay")}
    for _ in range(max(runs, 1)):
        with collector_paused():
            made = _once(app, aggregate_id, version, samples)
    if made != app.report(aggregate_id, AsOf(version=version)):
        raise AssertionError(f"the parts at version {version} made another report than Reconciler.report")
    ms = {part: statistics.median(times) * 1000 for part, times in samples.items()}
    replay_ms = ms.pop("replay")
    added = sum(ms[part] for part in PARTS if part not in SHARED)
    return {
        "version": version,
        "parts_ms": ms,
        "total_ms": sum(ms.values()),
        "replay_ms": replay_ms,
        "added_ms": added,
        "added_per_replay": added / replay_ms,
    }


def _once(app: Reconciler, aggregate_id: UUID, version: int, samples: dict[str, list[float]]) -> ReconciliationReport:
    clock = partial(_timed, samples)
    stored = clock("select", partial(app.recorder.select_events, aggregate_id, lte=version))
    events = clock("decode", lambda: [cast(Event, app.mapper.to_domain_event(item)) for item in stored])
    exchange = clock("apply", partial(replay, None, events))
    if not isinstance(exchange, Exchange):
        raise TypeError(f"no exchange {aggregate_id} to split the report of")
    ledger = clock("ledger", partial(build_ledger, exchange))
    checks = clock("rules", partial(reconcile_exchange, exchange, ledger))
    report = clock("report", partial(report_of, exchange, ledger, checks, AsOf(version=version).label))
    clock("replay", partial(app.repository.get, aggregate_id, version=version))
    return report


def _timed(samples: dict[str, list[float]], part: str, action: Callable[[], T]) -> T:
    started = time.process_time()
    result = action()
    samples[part].append(time.process_time() - started)
    return result
