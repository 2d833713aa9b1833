"""A catch-up far behind the log takes in what is left in few long transactions, not many short ones (each settles
the exchanges it touched: an exchange with many new events is reconciled afresh for each), and reads as fresh."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from eventsourcing.persistence import Tracking

from adapters.persistence.store import open_reconciler
from adapters.readside import service
from adapters.readside.reconciler import ReadModelReconciler
from adapters.settings import eventsourcing_env
from domain.application import Reconciler
from tests.integration.test_read_models import assert_reads_as_fresh, interleaved

pytestmark = pytest.mark.integration


def test_a_catch_up_far_behind_takes_long_pages_then_short_ones_and_reads_as_fresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "PAGE", 3)
    monkeypatch.setattr(service, "FAR_BEHIND", 12)
    monkeypatch.setattr(service, "LONG_PAGE", 20)
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    reader, fresh = open_reconciler(url), Reconciler(env=eventsourcing_env(url))
    assert isinstance(reader, ReadModelReconciler)
    written: list[int] = []
    projection = reader.read_side.projection
    write = projection.write

    def counted(tracking: Tracking) -> None:
        written.append(tracking.notification_id)
        write(tracking)

    monkeypatch.setattr(projection, "write", counted)
    try:
        fresh.events.put(interleaved(random.Random(11), exchanges=2, length=40))
        head = fresh.recorder.max_notification_id() or 0
        assert head > 40
        assert reader.read_side.catch_up(seconds=float("inf")).current
        assert written[:2] == [20, 40], "far behind: as many as LONG_PAGE at a time"
        assert head - written[-2] <= 3, "near the head: PAGE at a time"
        assert written[-1] == head
        assert_reads_as_fresh(reader, fresh)
    finally:
        reader.close()
        fresh.close()
