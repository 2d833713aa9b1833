"""Importing audit bundles in memory: replayed as an Exchange first, stored whole, never merged."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from eventsourcing.persistence import StoredEvent

from adapters.audit.bundle import Bundle, BundleError, export_bundle, seal
from adapters.audit.restore import import_bundle
from adapters.audit.verify import verify_bundle
from adapters.persistence.store import open_reconciler
from domain.application import Reconciler
from domain.errors import ConflictError
from domain.exchange import exchange_id
from tests.builders import SLUG, agreement, claim, figures
from tests.histories import history

FILE = "istanbul.bundle"
ID = exchange_id(SLUG)


@pytest.fixture
def source() -> Reconciler:
    reconciler = open_reconciler("memory:")
    history(reconciler)
    return reconciler


@pytest.fixture
def events(source: Reconciler) -> list[StoredEvent]:
    return list(source.recorder.select_events(ID))


@pytest.fixture
def target() -> Reconciler:
    return open_reconciler("memory:")


def renumbered(events: list[StoredEvent]) -> list[StoredEvent]:
    """The events with versions 1, 2, 3... so that the bundle they make verifies."""
    return [StoredEvent(ID, number, event.topic, event.state) for number, event in enumerate(events, 1)]


def verified(events: list[StoredEvent]) -> Bundle:
    return verify_bundle(seal(ID, SLUG, events).to_bytes(), FILE)


def test_an_imported_bundle_keeps_every_event_as_stored_and_reports_the_same(
    source: Reconciler, target: Reconciler, events: list[StoredEvent]
) -> None:
    restored = import_bundle(target, verified(events), FILE)
    assert (restored.slug, restored.records, restored.created) == (SLUG, 7, True)
    assert list(target.recorder.select_events(ID)) == events
    assert target.report(SLUG) == source.report(SLUG)
    assert target.exchange(SLUG).modified_on == source.exchange(SLUG).modified_on
    assert export_bundle(target, SLUG).to_bytes() == export_bundle(source, SLUG).to_bytes()


def test_importing_the_history_already_recorded_changes_nothing(target: Reconciler, events: list[StoredEvent]) -> None:
    import_bundle(target, verified(events), FILE)
    last = target.recorder.max_notification_id()
    restored = import_bundle(target, verified(events), FILE)
    assert not restored.created
    assert target.recorder.max_notification_id() == last


def test_a_bundle_is_never_merged_into_a_different_history(target: Reconciler, events: list[StoredEvent]) -> None:
    import_bundle(target, verified(events[:1]), FILE)
    target.record_claim(SLUG, claim(1, figures(389)))
    with pytest.raises(ConflictError, match=re.escape("version 2 (ClaimRecorded) holds something else")) as caught:
        import_bundle(target, verified(events), FILE)
    assert "nothing was imported" in caught.value.message
    assert target.exchange(SLUG).version == 2


def test_an_exchange_recorded_again_elsewhere_is_another_history(target: Reconciler, events: list[StoredEvent]) -> None:
    target.agree_exchange(agreement())
    with pytest.raises(ConflictError, match=re.escape("version 1 (ExchangeAgreed) holds something else")):
        import_bundle(target, verified(events), FILE)


def test_a_store_holding_the_start_of_the_history_is_not_extended(
    target: Reconciler, events: list[StoredEvent]
) -> None:
    import_bundle(target, verified(events[:2]), FILE)
    with pytest.raises(ConflictError, match=re.escape("the store holds 2 records and the bundle 7; the first 2 agree")):
        import_bundle(target, verified(events), FILE)
    assert target.exchange(SLUG).version == 2


def _first_is_not_an_agreement(events: list[StoredEvent]) -> list[StoredEvent]:
    return renumbered(events[1:])


def _claim_corrected_before_recorded(events: list[StoredEvent]) -> list[StoredEvent]:
    return renumbered([events[0], events[1], events[4]])


def _topic_outside_the_domain(events: list[StoredEvent]) -> list[StoredEvent]:
    return [*events[:1], StoredEvent(ID, 2, "os:system", events[1].state)]


def _unknown_event(events: list[StoredEvent]) -> list[StoredEvent]:
    return [*events[:1], StoredEvent(ID, 2, "domain.exchange:ClaimForgotten", events[1].state)]


def _negative_total(events: list[StoredEvent]) -> list[StoredEvent]:
    return [*events[:1], StoredEvent(ID, 2, events[1].topic, events[1].state.replace(b'"total":390', b'"total":-5'))]


def _agreement_of_another_kind(events: list[StoredEvent]) -> list[StoredEvent]:
    state = events[0].state.replace(b"domain.exchange:Exchange", b"domain.exchange:Claim")
    return [StoredEvent(ID, 1, events[0].topic, state), *events[1:]]


@pytest.mark.parametrize(
    ("forge", "line", "why"),
    [
        (
            _first_is_not_an_agreement,
            2,
            "is a domain.exchange:ClaimRecorded, expected a domain.exchange:ExchangeAgreed",
        ),
        (_claim_corrected_before_recorded, 4, "cannot be applied: KeyError"),
        (_topic_outside_the_domain, 3, "names os:system, which is not an event of an exchange"),
        (_unknown_event, 3, "which this version of recon does not know"),
        (_negative_total, 3, "cannot be read: "),
        (_agreement_of_another_kind, 2, "creates a domain.exchange:Claim, not an exchange"),
    ],
)
def test_a_bundle_that_verifies_but_is_not_an_exchange_is_refused_and_nothing_is_written(
    target: Reconciler,
    events: list[StoredEvent],
    forge: Callable[[list[StoredEvent]], list[StoredEvent]],
    line: int,
    why: str,
) -> None:
    with pytest.raises(BundleError) as caught:
        import_bundle(target, verified(forge(events)), FILE)
    assert caught.value.line == line
    assert caught.value.message.startswith("does not load: position ")
    assert why in caught.value.message
    assert target.recorder.max_notification_id() is None
