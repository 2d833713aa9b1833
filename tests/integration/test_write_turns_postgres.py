"""A write that lost a race on PostgreSQL tries again in its turn at the store's lock, so that a rival recording
into the same exchange without pause cannot make it lose every attempt; and nothing either writer sent is lost."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import count
from threading import Thread
from typing import Any

import pytest
from fastapi.testclient import TestClient

from adapters.auth.keyring import Role
from adapters.http import retry
from adapters.http.app import create_app, open_service
from adapters.persistence import pgwrites
from adapters.persistence.failfast import FailFastRecorder
from adapters.persistence.store import open_reconciler
from adapters.readside.reconciler import ReadModelReconciler
from adapters.settings import Settings
from tests.builders import agreement, claim, figures
from tests.service_processes import issue_token

pytestmark = pytest.mark.integration

SLUG = "contested-desk"


class Rival:
    """Another process's writer: records a claim of its own into the exchange each time it is told to."""

    def __init__(self, database_url: str) -> None:
        self.reconciler = open_reconciler(database_url)
        self.stages = count(1000)
        self.recorded = 0
        self.late: list[Thread] = []

    def record(self) -> None:
        """One claim, recorded now."""
        self.reconciler.record_claim(SLUG, claim(next(self.stages), figures(10)))
        self.recorded += 1

    def record_when_the_lock_is_free(self) -> None:
        """One claim, recorded from a thread of its own: it waits at the store's lock held by the writer reading."""
        thread = Thread(target=self.record)
        thread.start()
        self.late.append(thread)


@pytest.fixture
def rival(postgres_url: str) -> Iterator[Rival]:
    made = Rival(postgres_url)
    try:
        yield made
    finally:
        made.reconciler.close()


def test_a_write_that_lost_a_race_is_written_in_its_turn_however_busy_the_rival(
    postgres_url: str, rival: Rival, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = issue_token(postgres_url, Role.RECORDER)
    running = open_service(Settings(database_url=postgres_url))
    running.reconciler.agree_exchange(agreement(SLUG))
    service_recorder = running.reconciler.recorder
    reads = []
    select = FailFastRecorder.select_events

    def read_then_overtaken(self: FailFastRecorder, originator_id: Any, **kwargs: Any) -> Sequence[Any]:
        """Every read of the service's writer is followed by the rival's write, before the writer can write."""
        events = select(self, originator_id, **kwargs)
        if self is service_recorder:
            reads.append(pgwrites.current_turn(self) is not None)
            if reads[-1]:
                rival.record_when_the_lock_is_free()
            else:
                rival.record()
        return events

    monkeypatch.setattr(FailFastRecorder, "select_events", read_then_overtaken)
    rival.record()  # what the service's writer last saw of the exchange is out of date from the start
    with TestClient(create_app(running)) as client:
        sent = claim(1, figures(50)).model_dump(mode="json")
        answer = client.post(
            f"/exchanges/{SLUG}/claims", json={"claim": sent}, headers={"Authorization": f"Bearer {token}"}
        )
    for thread in rival.late:
        thread.join()
    assert answer.status_code == 201, answer.text
    assert len(reads) < retry.ATTEMPTS, "the write was written in the turn it took after its first lost race"
    held = ReadModelReconciler.exchange(rival.reconciler, SLUG).claims
    assert len(held) == 1 + rival.recorded
