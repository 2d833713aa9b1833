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


def overtaking(first: Reconciler, second: Reconciler, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the second process record a claim of its own between each of the first's loads and its save; the
    stages it recorded."""
    save = first.save
    stages: list[int] = []

    def overtaken(*aggregates: Any, **options: Any) -> Any:
        stages.append(len(stages) + 2)
        second.record_claim(SLUG, claim(stages[-1], figures(307), source=PRAVDA))
        return save(*aggregates, **options)

    monkeypatch.setattr(first, "save", overtaken)
    return stages


def test_a_command_that_lost_a_race_leaves_nothing_unsaved_behind_for_the_next(
    two: tuple[Reconciler, Reconciler], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two
    first.record_claim(SLUG, stage_one())
    rounded = claim(1, figures(391), source=AGGREGATOR)
    with monkeypatch.context() as patch:
        overtaken = overtaking(first, second, patch)
        with pytest.raises(ConcurrentWriteError):
            first.record_claim(SLUG, rounded)
    retried = first.record_claim(SLUG, rounded)
    assert retried.changed, "the claim whose save lost the race is recorded when tried again"
    assert retried.version == 3 + len(overtaken)
    assert first.report(SLUG).exchange.claims == 2 + len(overtaken)


def test_a_command_that_lost_a_race_is_tried_again_on_the_events_recorded_since_alone(
    two: tuple[Reconciler, Reconciler], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two
    first.record_claim(SLUG, stage_one())
    rounded = claim(1, figures(391), source=AGGREGATOR)
    with monkeypatch.context() as patch:
        overtaken = overtaking(first, second, patch)
        with pytest.raises(ConcurrentWriteError):
            first.record_claim(SLUG, rounded)
    loaded = replays(first, monkeypatch)
    assert first.record_claim(SLUG, rounded).version == 3 + len(overtaken)
    assert loaded == [], "the exchange as it stood before the lost command is brought up to date, not replayed"
    assert first.exchange(SLUG).claims == second.exchange(SLUG).claims


def test_while_no_other_writer_is_seen_a_command_reads_nothing_before_its_save_and_a_stale_one_finds_out(
    two: tuple[Reconciler, Reconciler], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two
    first.record_claim(SLUG, stage_one())
    first.record_claim(SLUG, claim(1, figures(391), source=AGGREGATOR))  # nothing new was found: trusted from now
    reads: list[Any] = []
    get = first.events.get

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append(args)
        return get(*args, **kwargs)

    monkeypatch.setattr(first.events, "get", counted)
    relayed = claim(2, figures(307), source=PRAVDA)
    assert first.record_claim(SLUG, relayed).version == 4
    assert reads == [], "the save alone checked that nobody else wrote"
    second.correct_claim(SLUG, relayed.claim_id, figures(300), "recount", "desk")
    back = first.correct_claim(SLUG, relayed.claim_id, figures(307), "recount again", "desk")
    assert (back.changed, back.version) == (True, 6), "a command that changed nothing is checked on the events since"
    assert first.record_claim(SLUG, claim(3, figures(5), source=PRAVDA)).version == 7  # nobody else: trusted again
    second.retract_claim(SLUG, relayed.claim_id, "withdrawn", "desk")
    assert first.record_claim(SLUG, claim(4, figures(5), source=PRAVDA)).version == 9, "a stale save is refused"
    assert first.exchange(SLUG).claims == second.exchange(SLUG).claims
