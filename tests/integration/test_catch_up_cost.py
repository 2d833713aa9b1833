"""What a catch-up costs in real stores: the new events of an exchange the read models keep are taken in at a cost
set by what they changed, not by the exchange's size, and the rows still read as a fresh reconciliation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from adapters.persistence.store import open_reconciler
from adapters.readside.projection import EVENT_CLAIMS
from adapters.readside.reconciler import ReadModelReconciler
from adapters.settings import eventsourcing_env
from domain import promises, report_stages
from domain.application import ExchangePlan, Reconciler
from domain.figures import Figures
from domain.reconciliation.engine import Engine
from domain.timeline import Reconciliation
from tests.bench.dossiers import Shape, generate
from tests.integration.test_read_models import assert_reads_as_fresh
from tests.integration.test_reading_room_read_models import assert_pages_as_fresh

pytestmark = pytest.mark.integration

KEPT = 180
"""Claims of the exchange when the reading process first meets it."""
BURST = 20
"""New claims recorded at once: more than are always applied one at a time, far fewer than the exchange holds."""
LARGE = 2 * BURST * EVENT_CLAIMS
"""Claims of an exchange on which a burst of BURST is still applied one event at a time (its stages are few)."""


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


def exchange_plan(claims: int) -> ExchangePlan:
    """The bench's generated exchange of `claims` claims: many sources and stages, with inconsistencies."""
    plans = generate(Shape(exchanges=2, claims=2 * claims, largest=claims))
    return max(plans, key=lambda each: len(each.claims))


@contextmanager
def counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> Iterator[list[tuple[Any, ...]]]:
    """Count the calls of `owner.name` (a function or a class method) while the block runs."""
    calls: list[tuple[Any, ...]] = []
    original: Callable[..., Any] = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(owner, name, counted)
        yield calls


def test_a_burst_on_a_kept_exchange_is_applied_as_a_batch_not_reconciled_afresh(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = exchange_plan(LARGE + BURST)
    reader, fresh = open_reconciler(store_url), Reconciler(env=eventsourcing_env(store_url))
    assert isinstance(reader, ReadModelReconciler)
    try:
        reader.record_plans([plan.model_copy(update={"claims": plan.claims[:LARGE]})])
        reader.read_side.catch_up(seconds=float("inf"))
        reader.record_plans([plan])
        with counting(monkeypatch, Reconciliation, "of") as afresh, counting(monkeypatch, Engine, "_run") as runs:
            assert reader.read_side.catch_up(seconds=float("inf")).current
        assert afresh == [], "the kept reconciliation took in the burst's events alone"
        assert len(runs) == 1, "the burst's checks ran once, as a batch, not after each event"
        assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()


def test_a_claim_recorded_describes_again_only_its_own_stage_and_the_pages_read_as_fresh(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = exchange_plan(KEPT + 1)
    last = plan.claims[-1]
    reader, fresh = open_reconciler(store_url), Reconciler(env=eventsourcing_env(store_url))
    assert isinstance(reader, ReadModelReconciler)
    try:
        reader.record_plans([plan.model_copy(update={"claims": plan.claims[:KEPT]})])
        reader.read_side.catch_up(seconds=float("inf"))
        assert len(reader.read_side.projection.exchanges) == 1
        reader.record_claim(plan.agreement.slug, last)
        with counting(monkeypatch, report_stages, "stage_report") as described:
            assert reader.read_side.catch_up(seconds=float("inf")).current
        assert [args[1] for args in described] == [last.stage], "the one stage the claim is about"
        assert_pages_as_fresh(reader, fresh)
        assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()


def test_an_acknowledgement_describes_no_stage_again_and_the_pages_read_as_fresh(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = exchange_plan(KEPT)
    reader, fresh = open_reconciler(store_url), Reconciler(env=eventsourcing_env(store_url))
    assert isinstance(reader, ReadModelReconciler)
    try:
        reader.record_plans([plan])
        reader.read_side.catch_up(seconds=float("inf"))
        finding = fresh.report(plan.agreement.slug).findings[0]
        reader.acknowledge_finding(plan.agreement.slug, finding.id, "desk", "checked by phone")
        with counting(monkeypatch, report_stages, "stage_report") as described:
            assert reader.read_side.catch_up(seconds=float("inf")).current
        assert described == []
        assert_pages_as_fresh(reader, fresh)
        assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()


def test_notes_and_stages_without_a_headcount_are_kept_claim_by_claim_and_the_pages_read_as_fresh(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = exchange_plan(KEPT)
    slug = plan.agreement.slug
    reader, fresh = open_reconciler(store_url), Reconciler(env=eventsourcing_env(store_url))
    assert isinstance(reader, ReadModelReconciler)
    try:
        reader.record_plans([plan])
        reader.read_side.catch_up(seconds=float("inf"))
        first, second = plan.claims[3], plan.claims[40]
        noted = first.model_copy(update={"note": "said on air", "figures": Figures(unstated=True)})
        reader.record_claim(slug, noted.model_copy(update={"stage": 2}))
        reader.record_claim(slug, second.model_copy(update={"note": "a second reading"}))
        with counting(monkeypatch, promises, "unstated_lines") as walked:
            assert reader.read_side.catch_up(seconds=float("inf")).current
        assert_pages_as_fresh(reader, fresh)
        states = list(fresh.exchange(slug).claims.values())
        reader.correct_claim(slug, states[5].claim_id, Figures(unstated=True), reason="no number", by="desk")
        reader.retract_claim(slug, states[-2].claim_id, reason="withdrawn", by="desk")
        with counting(monkeypatch, promises, "unstated_lines") as walked_again:
            assert reader.read_side.catch_up(seconds=float("inf")).current
        walked += walked_again
        assert walked == [], "no catch-up went through every claim"
        assert_pages_as_fresh(reader, fresh)
        assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()


def test_the_first_report_read_after_a_claim_describes_again_only_its_stage_and_reads_as_fresh(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = exchange_plan(KEPT + 1)
    last = plan.claims[-1]
    reader, fresh = open_reconciler(store_url), Reconciler(env=eventsourcing_env(store_url))
    assert isinstance(reader, ReadModelReconciler)
    try:
        reader.record_plans([plan.model_copy(update={"claims": plan.claims[:KEPT]})])
        reader.report(plan.agreement.slug)
        reader.record_claim(plan.agreement.slug, last)
        with counting(monkeypatch, report_stages, "stage_report") as described:
            report = reader.report(plan.agreement.slug)
        assert [args[1] for args in described] == [last.stage], "the one stage the claim is about"
        assert report == fresh.report(plan.agreement.slug)
        assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()
