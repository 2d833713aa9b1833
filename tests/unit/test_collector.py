"""The cycle collector is held off only while a query runs, and comes back however the queries end or overlap."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from adapters import collector
from adapters.collector import collector_paused
from adapters.persistence.store import open_reconciler
from adapters.readside import projection
from adapters.settings import eventsourcing_env
from domain import application, history
from domain import timeline as steps
from domain.application import Reconciler
from tests.builders import SLUG, agreement


@pytest.fixture(autouse=True)
def no_query_running() -> None:
    """These tests watch the process-wide collector: no query of an earlier test may still hold it."""
    assert collector._PAUSE.holders == 0, "a query still holds the collector paused"
    assert gc.isenabled()


def test_the_collector_is_paused_inside_and_running_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_and_failing_queries_leave_the_collector_running() -> None:
    def failing_query() -> None:
        with collector_paused():
            with collector_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
            raise RuntimeError("the query failed")

    with pytest.raises(RuntimeError, match="the query failed"):
        failing_query()
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_host_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_pause_leaving_many_objects_alive_moves_them_to_the_oldest_generation_as_it_ends() -> None:
    gc.collect()  # every count at zero: without the settling, the next collection would be of the youngest alone
    middle = gc.get_stats()[1]["collections"]
    with collector_paused():
        kept = [[number] for number in range(collector.SETTLE_ABOVE + 1_000)]
    assert gc.get_stats()[1]["collections"] == middle + 1, "the young generations were collected as the pause ended"
    assert any(found is kept for found in gc.get_objects(generation=2)), "what the pause made is in the oldest"


def test_a_short_pause_leaves_the_collections_to_the_collector() -> None:
    gc.collect()
    middle = gc.get_stats()[1]["collections"]
    with collector_paused():
        kept = [[number] for number in range(100)]
    assert gc.get_stats()[1]["collections"] == middle
    assert kept


@contextmanager
def another_query_running() -> Iterator[None]:
    """A query in another thread holds the collector paused for the length of the block."""
    inside, leave = threading.Event(), threading.Event()

    def long_query() -> None:
        with collector_paused():
            inside.set()
            leave.wait(5)

    worker = threading.Thread(target=long_query)
    worker.start()
    inside.wait(5)
    try:
        yield
    finally:
        leave.set()
        worker.join(5)


def test_overlapping_queries_in_threads_share_one_pause() -> None:
    with another_query_running():
        with collector_paused():
            pass
        assert not gc.isenabled(), "the other thread's query is still running"
    assert gc.isenabled()


def test_queries_overlapping_for_long_still_collect_now_and_then(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(collector, "LONGEST_PAUSE", 0.0)
    collections = gc.get_stats()[2]["collections"]
    with another_query_running():
        with collector_paused():
            pass
        assert gc.get_stats()[2]["collections"] > collections, "a full collection ran while the other query held on"
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.parametrize("query", ["report", "exchange", "timeline"])
def test_the_entry_points_reconciler_runs_a_query_paused_where_the_domains_does_not(
    query: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def replay(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return history.replay(*args)

    def timeline(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return steps.timeline(*args, **kwargs)

    class Watched(steps.Reconciliation):
        def apply(self, *args: Any, **kwargs: Any) -> Any:
            seen.append(gc.isenabled())
            return super().apply(*args, **kwargs)

        def advance(self, *args: Any, **kwargs: Any) -> Any:
            seen.append(gc.isenabled())
            return super().advance(*args, **kwargs)

    monkeypatch.setattr(application, "replay", replay)
    monkeypatch.setattr(projection, "replay", replay)
    monkeypatch.setattr(projection, "Reconciliation", Watched)  # the read models' projection applies events with it
    monkeypatch.setattr(application, "timeline", timeline)
    url = f"sqlite:///{tmp_path / 'store.sqlite3'}"
    entry_points, domain_only = open_reconciler(url), Reconciler(env=eventsourcing_env(url))
    try:
        entry_points.agree_exchange(agreement())
        seen.clear()
        getattr(entry_points, query)(SLUG)
        assert seen
        assert not any(seen), "paused while the entry points' reconciler answers"
        seen.clear()
        getattr(domain_only, query)(SLUG)
        assert seen
        assert all(seen), "the domain's own reconciler leaves the collector alone"
        assert gc.isenabled()
    finally:
        entry_points.close()
        domain_only.close()
