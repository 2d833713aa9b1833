"""Steps that set the scene: an agreed exchange, what sources announced, who declared it complete."""

from __future__ import annotations

import pytest
from pytest_bdd import given, when

from adapters.persistence.store import open_reconciler
from domain.figures import Direction, Source
from tests.acceptance.steps.casefile import Casefile
from tests.acceptance.steps.tables import AnnouncementRow, rows_of
from tests.acceptance.steps.vocabulary import phrase, terms_of


@pytest.fixture
def casefile() -> Casefile:
    """A fresh in-memory Reconciler for every scenario."""
    return Casefile(open_reconciler("memory:"))


@given(phrase('{source:Source} reported that {first} and {second} agreed the "{title}" exchange: {terms}'))
def agreed_exchange(casefile: Casefile, source: Source, first: str, second: str, title: str, terms: str) -> None:
    """An exchange of people, on the terms the source reported."""
    casefile.agree(title, (first, second), terms_of(terms, (first, second)), source, unit="people")


@given(phrase('{source:Source} reported that {first} and {second} agreed the "{title}" exchange of bodies: {terms}'))
def agreed_repatriation(casefile: Casefile, source: Source, first: str, second: str, title: str, terms: str) -> None:
    """A repatriation of the dead, counted in bodies."""
    casefile.agree(title, (first, second), terms_of(terms, (first, second)), source, unit="bodies")


@given("these announcements:")
def announcements(casefile: Casefile, datatable: list[list[str]]) -> None:
    """Record each row as one announcement, in the order given."""
    for row in rows_of(datatable, AnnouncementRow):
        casefile.record(row)


@given(phrase("{source:Source} announced for {stage:Stage} {direction:Direction}: {total:Count} in total"))
def announced_total(casefile: Casefile, source: Source, stage: int | None, direction: Direction, total: int) -> None:
    """An announcement that gives a total and nothing else."""
    row = AnnouncementRow.model_validate(
        {"source": source.name, "tier": source.tier, "citing": source.relays, "direction": direction.label}
        | {"stage": stage, "total": total}
    )
    casefile.record(row)


@given(phrase("{source:Source} declared the exchange complete"))
def declared_complete(casefile: Casefile, source: Source) -> None:
    """A source says every stage has taken place."""
    casefile.reconciler.declare_complete(casefile.slug, source)


@when("these announcements are recorded again:")
def recorded_again(casefile: Casefile, datatable: list[list[str]]) -> None:
    """Record announcements that may already be on file."""
    for row in rows_of(datatable, AnnouncementRow):
        casefile.record(row)


@when("the exchange is reconciled")
def reconciled(casefile: Casefile) -> None:
    """Reconcile the exchange as it stands."""
    casefile.reconcile()
