"""Every event the aggregates accept is loaded back equal to what was stored: through the mapper, and through each
store (memory, a real SQLite file, a real PostgreSQL server).

A few examples per run in `make test`; `make roundtrip` runs many more (RECON_ROUNDTRIP_EXAMPLES).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from eventsourcing.application import Application
from eventsourcing.domain import BaseAggregate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adapters.auth.keyring import Keyring
from adapters.persistence.mapper import OrjsonTranscoder, PydanticMapper
from adapters.persistence.store import open_application
from domain.application import Reconciler
from domain.exchange import Exchange
from tests.event_strategies import exchanges, tokens

pytestmark = pytest.mark.integration
EXAMPLES = int(os.environ.get("RECON_ROUNDTRIP_EXAMPLES", "15"))
ROUND_TRIP = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
_numbers = count()
"""Each example's exchange and token get an id of their own, so that one database serves every example."""


def slug() -> str:
    return f"round-trip-{next(_numbers)}"


def digest() -> str:
    return f"{next(_numbers):064x}"


def aggregates() -> st.SearchStrategy[list[BaseAggregate[Any]]]:
    """An exchange with its events pending, and a token with its own."""
    fresh = st.just(None).map(lambda _: slug()).flatmap(exchanges)
    token = st.just(None).map(lambda _: digest()).flatmap(tokens)
    return st.builds(lambda exchange, token: [exchange, token], fresh, token)


@given(made=aggregates())
@ROUND_TRIP
def test_the_mapper_gives_back_every_event_it_was_given(made: list[BaseAggregate[Any]]) -> None:
    mapper = PydanticMapper(transcoder=OrjsonTranscoder())
    for aggregate in made:
        for event in aggregate.collect_events():
            assert mapper.to_domain_event(mapper.to_stored_event(event)) == event


@pytest.fixture(params=["memory", "sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "memory":
        return "memory:"
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def applications(store_url: str) -> Iterator[tuple[Reconciler, Keyring]]:
    """The Reconciler and the keyring on the store, closed afterwards."""
    reconciler = open_application(Reconciler, store_url)
    keyring = open_application(Keyring, store_url)
    try:
        yield reconciler, keyring
    finally:
        reconciler.close()
        keyring.close()


def test_each_store_gives_back_every_event_it_was_given(applications: tuple[Reconciler, Keyring]) -> None:
    @given(made=aggregates())
    @ROUND_TRIP
    def round_trip(made: list[BaseAggregate[Any]]) -> None:
        for aggregate, application in zip(made, applications, strict=True):
            stored(application, aggregate)

    round_trip()


def stored(application: Application[Any], aggregate: BaseAggregate[Any]) -> None:
    """Save the aggregate's pending events; what is read back equals them, and the aggregate replays from them."""
    events = list(aggregate.collect_events())
    application.events.put(events)
    assert list(application.events.get(aggregate.id)) == events
    if isinstance(application, Reconciler) and isinstance(aggregate, Exchange):
        assert application.exchange(aggregate.id).version == aggregate.version
