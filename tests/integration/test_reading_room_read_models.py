"""The reading room's exchange and list pages read from the read models: after random histories their documents say
what the replayed exchange says, the page served from them is the page built from the events, and a page read
while the read models are behind says so."""

from __future__ import annotations

import random
import re
import warnings
from pathlib import Path
from typing import Any

import orjson
import pytest

from adapters.http.app import create_app, open_service
from adapters.http.deps import Service
from adapters.persistence.store import open_reconciler
from adapters.readside.reconciler import ReadModelReconciler
from adapters.reports.page_view import exchange_view, list_line
from adapters.settings import Settings, eventsourcing_env
from domain.application import Reconciler
from domain.report import build_report
from tests.builders import SLUG, agreement, claim, figures
from tests.integration.test_read_models import chunks, interleaved

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.integration


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


def as_stored(document: dict[str, Any]) -> Any:
    """The document as the read models give it back."""
    return orjson.loads(orjson.dumps(document))


def assert_pages_as_fresh(reader: ReadModelReconciler, fresh: Reconciler) -> None:
    lines, _ = reader.read_side.lines()  # the exchanges page's one query
    assert [exchange_id for exchange_id, _ in lines] == list(fresh.exchange_ids())
    for exchange_id, line in lines:
        exchange = fresh.exchange(exchange_id)
        report = build_report(exchange)
        page, _ = reader.read_side.page(exchange_id)
        assert page is not None, exchange.agreement.slug
        assert line is not None, exchange.agreement.slug
        assert orjson.loads(page) == as_stored(exchange_view(report, exchange)), exchange.agreement.slug
        assert orjson.loads(line) == as_stored(list_line(report, exchange.modified_on)), exchange.agreement.slug


@pytest.mark.parametrize("seed", range(2))
def test_after_random_histories_the_pages_read_models_equal_the_replayed_exchanges(store_url: str, seed: int) -> None:
    rng = random.Random(seed)
    reader = open_reconciler(store_url)
    fresh = Reconciler(env=eventsourcing_env(store_url))
    assert isinstance(reader, ReadModelReconciler)
    try:
        for run in chunks(rng, interleaved(rng, exchanges=3, length=30)):
            fresh.events.put(run)
            assert_pages_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()


@pytest.fixture
def service(tmp_path: Path) -> Service:
    """A service on a SQLite file with public reads, holding one exchange of two stages (the app closes it)."""
    running = open_service(Settings(database_url=f"sqlite:///{tmp_path / 'recon.sqlite3'}", public_reads=True))
    reconciler = running.reconciler
    reconciler.agree_exchange(agreement())
    noted = claim(1, figures(390, service=(270, 120))).model_copy(update={"note": "270 military, 120 civilians"})
    reconciler.record_claim(SLUG, noted)
    reconciler.record_claim(SLUG, claim(2, figures(307, service=(300, 6))))
    return running


def text_of(client: TestClient, path: str) -> str:
    answer = client.get(path)
    assert answer.status_code == 200, answer.text
    return re.sub(r'name="csrf" value="[^"]*"', "", answer.text)


def test_the_latest_exchange_page_is_read_from_the_read_models_as_the_events_would_build_it(
    service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    with TestClient(create_app(service)) as client:
        replayed = text_of(client, f"/exchanges/{SLUG}?stages=all")  # every stage: built from the events

        def no_replay(*_: object) -> None:
            raise AssertionError("the latest page replayed the exchange")

        monkeypatch.setattr(service.reconciler, "exchange", no_replay)
        latest = text_of(client, f"/exchanges/{SLUG}")
        listed = text_of(client, "/")
    assert latest == replayed
    assert "270 military, 120 civilians" in latest
    assert 'href="/exchanges/' + SLUG + '"' in listed


def test_pages_read_while_the_read_models_are_behind_say_so(service: Service) -> None:
    with TestClient(create_app(service)) as client:
        text_of(client, "/")  # the read models caught up
        assert isinstance(service.reconciler, ReadModelReconciler)
        service.reconciler.read_side.seconds = 0.0  # from now on every read gives up at once
        service.reconciler.record_claim(SLUG, claim(3, figures(100)))
        for path in ("/", f"/exchanges/{SLUG}"):
            assert "does not yet reflect the last 1 event recorded" in text_of(client, path), path
        assert 'data-stage="3"' not in text_of(client, f"/exchanges/{SLUG}")  # the page as the read models stand
        service.reconciler.read_side.seconds = 5.0
        for path in ("/", f"/exchanges/{SLUG}"):
            assert "does not yet reflect" not in text_of(client, path), path
        assert 'data-stage="3"' in text_of(client, f"/exchanges/{SLUG}")  # not the page kept from before
