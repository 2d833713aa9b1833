"""A SQLite notification log that can be followed: SQLite cannot notify a reader, so the reader asks again."""

from __future__ import annotations

from collections.abc import Sequence
from threading import Event, Thread

from eventsourcing.persistence import ApplicationRecorder, ListenNotifySubscription, Subscription
from eventsourcing.sqlite import SQLiteApplicationRecorder

POLL_SECONDS = 0.1
"""How long a follower waits before asking the SQLite file again for events recorded by another process."""


class PollingSubscription(ListenNotifySubscription[SQLiteApplicationRecorder]):
    """The library's subscription, woken every `interval` seconds instead of by a database notification."""

    def __init__(
        self,
        recorder: SQLiteApplicationRecorder,
        gt: int | None = None,
        topics: Sequence[str] = (),
        interval: float = POLL_SECONDS,
    ) -> None:
        self._stopping = Event()
        super().__init__(recorder=recorder, gt=gt, topics=topics)
        self._ticker = Thread(target=self._tick, args=(interval,), daemon=True, name="recon-log-poll")
        self._ticker.start()

    def stop(self) -> None:
        """Stop following the log, and stop asking."""
        self._stopping.set()
        super().stop()

    def _tick(self, interval: float) -> None:
        while not self._stopping.wait(interval):
            self._has_been_notified.set()


class PollingSQLiteRecorder(SQLiteApplicationRecorder):
    """SQLite's application recorder, plus the subscription the library's projection runner follows."""

    def subscribe(self, gt: int | None = None, topics: Sequence[str] = ()) -> Subscription[ApplicationRecorder]:
        """Every notification after `gt`, then each new one as it is recorded, by this process or another."""
        return PollingSubscription(self, gt=gt, topics=topics)
