"""Python's cycle collector paused while a read model of a long exchange is built, by the entry points (the CLI and
HTTP through `open_reconciler`, the projection runner): the domain knows nothing of it.

Replaying an exchange and reconciling it allocate hundreds of thousands of small objects (events, claims, evidence,
report lines), none of them in a reference cycle, so reference counting frees them all. The cycle collector still
walks the growing heap again and again while they are made: on a 10,000-event exchange that is a third of the time.
Pausing it for the length of one query changes nothing else; it runs again as soon as the last query in the process
that paused it is done. In a busy service, queries in several threads may overlap for a long time: then a query that
ends after the pause has lasted `LONGEST_PAUSE` seconds collects once, so that cycles made meanwhile (by other code)
never pile up.

What a pause leaves alive is in the youngest generation when the collector resumes. Left there, the next young
collection moves it to the middle generation, and the middle collection after that walks all of it again, at
whatever moment the counters make it due: an exchange of 10,000 claims met by the read models (some 400,000 objects)
made a later catch-up of 500 events on it pay 300 ms for that walk, in processor time twice the catch-up's own. So a
pause that leaves many objects ends with one collection of the two young generations, which walks them once, there,
and moves them to the oldest generation, which only the rarer full collections walk.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from time import monotonic
from uuid import UUID

from domain.application import Reconciler
from domain.changes import Timeline
from domain.exchange import Exchange
from domain.exchange_diff import ExchangeDiff
from domain.history import AsOf
from domain.report_values import ReconciliationReport
from domain.timeline import Event


@dataclass(slots=True)
class _Pause:
    lock: threading.Lock = field(default_factory=threading.Lock)
    holders: int = 0
    resume: bool = False
    since: float = 0.0


_PAUSE = _Pause()
LONGEST_PAUSE = 5.0
"""Seconds after which overlapping queries stop holding the collector off without a collection."""
SETTLE_ABOVE = 50_000
"""Objects made and still alive at the end of a pause (the collector's own count, which can overstate them) above
which the pause ends with a collection of the young generations. Measured: the read models meeting an exchange of
1,000 claims leave some 50,000, one of 10,000 some 470,000, the first command on it 190,000; a catch-up of 500 events
on it some 24,000, a page read a few thousand, which the usual young collections handle."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold the cycle collector off for the block; concurrent holders in other threads share one pause."""
    with _PAUSE.lock:
        if _PAUSE.holders == 0:
            _PAUSE.resume = gc.isenabled()
            _PAUSE.since = monotonic()
            gc.disable()
        _PAUSE.holders += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.holders -= 1
            if _PAUSE.holders == 0 and _PAUSE.resume:
                gc.enable()
                if gc.get_count()[0] > SETTLE_ABOVE:
                    gc.collect(1)
            elif _PAUSE.holders and _PAUSE.resume and monotonic() - _PAUSE.since > LONGEST_PAUSE:
                _PAUSE.since = monotonic()
                gc.collect()


class PausedReconciler(Reconciler):
    """The Reconciler as the entry points run it: each query that replays or reconciles an exchange runs with the
    cycle collector paused."""

    name = Reconciler.name
    """The same application as far as the store knows: the same tables, the same notification log."""

    def exchange(self, exchange: str | UUID) -> Exchange:
        with collector_paused():
            return super().exchange(exchange)

    def report(self, exchange: str | UUID, as_of: AsOf | None = None) -> ReconciliationReport:
        with collector_paused():
            return super().report(exchange, as_of)

    def history(self, exchange: str | UUID, upto: int | None = None) -> list[Event]:
        with collector_paused():
            return super().history(exchange, upto)

    def timeline(self, exchange: str | UUID) -> Timeline:
        with collector_paused():
            return super().timeline(exchange)

    def diff(self, exchange: str | UUID, start: AsOf, end: AsOf | None = None) -> ExchangeDiff:
        with collector_paused():
            return super().diff(exchange, start, end)
