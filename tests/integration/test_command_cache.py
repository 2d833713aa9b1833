"""Commands through the entry points' Reconciler keep the exchange they work on and read only the events recorded
since, by this process or another one on the same store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from adapters.persistence.store import open_reconciler
from domain.application import Reconciler
from domain.errors import ConcurrentWriteError
from tests.builders import AGGREGATOR, PRAVDA, SLUG, agreement, claim, figures, stage_one


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Reconciler, Reconciler]]:
    """Two processes' Reconcilers on one SQLite store holding one agreed exchange."""
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    first, second = open_reconciler(url), open_reconciler(url)
    first.agree_exchange(agreement())
    try:
        yield first, second
    finally:
        first.close()
        second.close()


def replays(app: Reconciler, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The exchanges the app loads from all their events from now on."""
    loaded: list[Any] = []
    load = app.exchange

    def counting(ref: Any) -> Any:
        loaded.append(ref)
        return load(ref)

    monkeypatch.setattr(app, "exchange", counting)
    return loaded


def test_a_second_command_reads_only_the_events_recorded_since_the_first(
    two: tuple[Reconciler, Reconciler], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _ = two
    loaded = replays(first, monkeypatch)
    first.record_claim(SLUG, stage_one())
    first.record_claim(SLUG, claim(1, figures(391), source=AGGREGATOR))
    assert loaded == [SLUG], "loaded once, for the first command"


def test_what_another_process_recorded_counts_for_the_next_command(two: tuple[Reconciler, Reconciler]) -> None:
    first, second = two
    first.record_claim(SLUG, stage_one())
    second.record_claim(SLUG, claim(1, figures(391), source=AGGREGATOR))
    again = first.record_claim(SLUG, claim(1, figures(391), source=AGGREGATOR))
    assert not again.changed, "the other process's claim is known: the same claim again changes nothing"
    relayed = first.record_claim(SLUG, claim(2, figures(307), source=PRAVDA))
    assert relayed.version == 4 == first.exchange(SLUG).version


def test_a_command_that_lost_a_race_leaves_nothing_unsaved_behind_for_the_next(
    two: tuple[Reconciler, Reconciler], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two
    first.record_claim(SLUG, stage_one())
    rounded, relayed = claim(1, figures(391), source=AGGREGATOR), claim(2, figures(307), source=PRAVDA)
    save = first.save

    def overtaken(*aggregates: Any, **options: Any) -> Any:
        second.record_claim(SLUG, relayed)  # recorded between the first process's load and its save
        return save(*aggregates, **options)

    with monkeypatch.context() as patch:
        patch.setattr(first, "save", overtaken)
        with pytest.raises(ConcurrentWriteError):
            first.record_claim(SLUG, rounded)
    retried = first.record_claim(SLUG, rounded)
    assert retried.changed, "the claim whose save lost the race is recorded when tried again"
    assert retried.version == 4
    assert first.report(SLUG).exchange.claims == 3


def test_a_command_that_lost_a_race_is_tried_again_on_the_events_recorded_since_alone(
    two: tuple[Reconciler, Reconciler], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two
    first.record_claim(SLUG, stage_one())
    rounded, relayed = claim(1, figures(391), source=AGGREGATOR), claim(2, figures(307), source=PRAVDA)
    save = first.save

    def overtaken(*aggregates: Any, **options: Any) -> Any:
        second.record_claim(SLUG, relayed)
        return save(*aggregates, **options)

    with monkeypatch.context() as patch:
        patch.setattr(first, "save", overtaken)
        with pytest.raises(ConcurrentWriteError):
            first.record_claim(SLUG, rounded)
    loaded = replays(first, monkeypatch)
    assert first.record_claim(SLUG, rounded).version == 4
    assert loaded == [], "the exchange as it stood before the lost command is brought up to date, not replayed"
    assert first.exchange(SLUG).claims == second.exchange(SLUG).claims
