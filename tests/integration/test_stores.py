"""The same store contract against the in-memory store, a real SQLite file and PostgreSQL, changing only the URL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from adapters.persistence.store import open_reconciler
from domain.application import ExchangePlan, Reconciler
from domain.errors import ConflictError, ExchangeNotFoundError, InvalidInputError
from domain.exchange import ClaimRecorded, TermsStatement, exchange_id
from domain.figures import Breakdown, Figures, Subset, Target
from domain.history import AsOf
from domain.plans import UnitCompletion
from tests.builders import AGGREGATOR, PRAVDA, SLUG, TASS, agreement, claim, figures, stage_one

pytestmark = pytest.mark.integration


def url_of(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store of one kind: `memory`, `sqlite` (a new file) or `postgres` (a new database)."""
    if kind == "memory":
        return "memory:"
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store URL: the in-memory store, a fresh SQLite file, or a fresh PostgreSQL database."""
    return url_of(request.param, request, tmp_path)


@pytest.fixture(params=["sqlite", "postgres"])
def durable_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store that outlives the application and can be shared by two of them: SQLite or PostgreSQL."""
    return url_of(request.param, request, tmp_path)


@pytest.fixture
def app(store_url: str) -> Iterator[Reconciler]:
    reconciler = open_reconciler(store_url)
    yield reconciler
    reconciler.close()


def seed_plan() -> ExchangePlan:
    nested = Figures(
        total=307,
        breakdowns=(
            Breakdown(dimension="service", parts={"military": 307}),
            Breakdown(dimension="branch", within="military", complete=False, parts={"navy": 12}),
        ),
        subsets=(Subset(name="mariupol_defenders", count=27),),
        cumulative=697,
    )
    return ExchangePlan(
        agreement=agreement(),
        claims=(
            stage_one(),
            claim(1, figures(service=(270, 120)), source=TASS, to="each side"),
            claim(2, nested, source=PRAVDA),
        ),
        completions=(AGGREGATOR,),
    )


def test_events_with_nested_value_objects_are_stored_and_loaded_faithfully(app: Reconciler) -> None:
    plan = seed_plan()
    app.record_plans([plan])
    events = list(app.events.get(exchange_id(SLUG)))
    recorded = [event.claim for event in events if isinstance(event, ClaimRecorded)]
    assert recorded == list(plan.claims)
    assert app.exchange(SLUG).version == len(events) == 5


def test_recording_a_plan_twice_changes_nothing(app: Reconciler) -> None:
    (first,) = app.record_plans([seed_plan()])
    (second,) = app.record_plans([seed_plan()])
    assert (first.created, first.claims_recorded) == (True, 3)
    assert (second.created, second.claims_recorded, second.claims_already_known) == (False, 0, 3)
    assert second.version == first.version


def test_a_batch_with_one_conflicting_plan_writes_nothing(app: Reconciler) -> None:
    app.agree_exchange(agreement("other", each_side=50))
    conflicting = ExchangePlan(agreement=agreement("other", each_side=60))
    with pytest.raises(ConflictError, match="different agreement"):
        app.record_plans([seed_plan(), conflicting])
    with pytest.raises(ExchangeNotFoundError):
        app.exchange(SLUG)


def test_a_claim_to_an_unknown_party_is_refused_with_its_path_and_nothing_is_written(app: Reconciler) -> None:
    plan = ExchangePlan(agreement=agreement(), claims=(stage_one(), claim(2, figures(5), to="to Belarus")))
    with pytest.raises(InvalidInputError) as refused:
        app.record_plans([plan])
    assert refused.value.field == "claims[1].direction"
    assert app.exchanges() == []


def test_the_report_reads_the_same_after_reopening_the_store(durable_url: str) -> None:
    url = durable_url
    writer = open_reconciler(url)
    writer.record_plans([seed_plan()])
    before = writer.report(SLUG)
    writer.close()
    reader = open_reconciler(url)
    assert reader.report(SLUG) == before
    assert [listing.slug for listing in reader.exchanges()] == [SLUG]
    reader.close()


def test_exchanges_are_found_by_slug_or_by_id(app: Reconciler) -> None:
    app.record_plans([seed_plan()])
    by_id = app.exchange(str(exchange_id(SLUG)))
    assert by_id.id == app.exchange(SLUG).id == exchange_id(SLUG)
    with pytest.raises(ExchangeNotFoundError, match="no exchange"):
        app.exchange(UUID(int=7))


def test_an_earlier_version_is_replayed_as_it_stood(app: Reconciler) -> None:
    app.agree_exchange(agreement())
    app.record_claim(SLUG, stage_one())
    app.record_claim(SLUG, claim(1, figures(service=(270, 120)), source=TASS, to="each side"))
    earlier = app.report(SLUG, AsOf(version=2))
    assert earlier.exchange.version == 2
    assert earlier.exchange.claims == 1
    assert app.report(SLUG).exchange.claims == 2


def test_recording_the_same_claim_again_is_kept_once(app: Reconciler) -> None:
    app.agree_exchange(agreement())
    first = app.record_claim(SLUG, stage_one())
    again = app.record_claim(SLUG, stage_one())
    assert (again.claim_id, again.version, again.changed) == (first.claim_id, first.version, False)
    assert app.exchange(SLUG).version == first.version


def test_the_second_of_two_concurrent_writers_gets_a_conflict_and_writes_nothing(durable_url: str) -> None:
    setup = open_reconciler(durable_url)
    setup.agree_exchange(agreement())
    first, second = open_reconciler(durable_url), open_reconciler(durable_url)
    try:
        mine, theirs = first.exchange(SLUG), second.exchange(SLUG)
        mine.record(stage_one())
        theirs.record(claim(1, figures(service=(270, 120)), source=TASS, to="each side"))
        first.save(mine)
        with pytest.raises(ConflictError, match="another writer"):
            second.save(theirs)
        stored = setup.exchange(SLUG)
        assert stored.version == mine.version == 2
        assert list(stored.claims) == list(mine.claims)
    finally:
        for reconciler in (setup, first, second):
            reconciler.close()


def test_terms_said_as_ranges_read_back_from_a_reopened_store(durable_url: str) -> None:
    """'About 1,200' to one side and '1,100 to 1,300' stated by another source, stored and read back equal."""
    about = Target(kind="range", count=1140, high=1260, stated=1200)
    between = Target(kind="range", count=1100, high=1300)
    agreed = agreement(targets={"Ukraine": about, "Russia": Target(kind="at_least", count=1000)})
    statement = TermsStatement(source=PRAVDA, form="each_side", targets={"Ukraine": between, "Russia": between})
    writer = open_reconciler(durable_url)
    writer.record_plans([ExchangePlan(agreement=agreed, terms=(statement,))])
    writer.close()
    reader = open_reconciler(durable_url)
    loaded = reader.exchange(SLUG)
    reader.close()
    assert loaded.agreement.terms.targets["Ukraine"] == about
    assert [item.statement for item in loaded.all_terms()][1:] == [statement]


def test_completions_of_one_unit_read_back_with_their_unit_from_a_reopened_store(durable_url: str) -> None:
    """The remains declared complete by one source and said to continue by another, the prisoners declared complete
    by a third: each statement reads back naming the unit it spoke of."""
    plan = ExchangePlan(
        agreement=agreement(),
        completions=(AGGREGATOR,),
        by_unit=(
            UnitCompletion(source=TASS, unit="bodies"),
            UnitCompletion(source=PRAVDA, unit="bodies", says="continuing"),
        ),
    )
    writer = open_reconciler(durable_url)
    writer.record_plans([plan])
    writer.close()
    reader = open_reconciler(durable_url)
    loaded = reader.exchange(SLUG)
    findings = [line.id for line in reader.report(SLUG).findings if line.rule == "completion-agreement"]
    reader.close()
    assert [(item.source, item.unit) for item in loaded.completions] == [(AGGREGATOR, None), (TASS, "bodies")]
    assert [(item.source, item.unit, item.continuing) for item in loaded.denials] == [(PRAVDA, "bodies", True)]
    assert findings == ["completion-agreement/all/-/completion/bodies"]
