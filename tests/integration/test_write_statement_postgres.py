"""The service's PostgreSQL write, sent as one statement, still locks the events table before it inserts: readers of
the log rely on notification ids being given in the order writes commit."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from eventsourcing.persistence import OperationalError

from adapters.persistence.store import open_reconciler
from adapters.readside.reconciler import ReadModelReconciler
from tests.builders import agreement, claim, figures

pytestmark = pytest.mark.integration

SLUG = "locked-desk"


@pytest.fixture
def reconciler(postgres_url: str) -> Iterator[ReadModelReconciler]:
    """The service's Reconciler, waiting at most a second for a lock."""
    opened = open_reconciler(f"{postgres_url}?lock_timeout=1", fail_fast=True)
    try:
        opened.agree_exchange(agreement(SLUG))
        yield opened
    finally:
        opened.close()


def test_a_write_waits_for_an_insert_that_has_not_committed(postgres_url: str, reconciler: ReadModelReconciler) -> None:
    with psycopg.connect(postgres_url) as other:  # an insert under way elsewhere holds this lock until it commits
        other.execute("LOCK TABLE reconciler_events IN ROW EXCLUSIVE MODE")
        with pytest.raises(OperationalError, match="lock"):
            reconciler.record_claim(SLUG, claim(1, figures(10)))
    written = reconciler.record_claim(SLUG, claim(2, figures(20)))
    assert written.changed
    held = ReadModelReconciler.exchange(reconciler, SLUG)
    assert [each.claim.stage for each in held.claims.values()] == [2], (
        "the write that found the table locked wrote nothing"
    )


def test_events_get_notification_ids_in_the_order_of_their_versions(reconciler: ReadModelReconciler) -> None:
    for stage in range(1, 6):
        reconciler.record_claim(SLUG, claim(stage, figures(stage)))
    notifications = reconciler.recorder.select_notifications(start=1, limit=100)
    assert [each.originator_version for each in notifications] == list(range(1, 7))
