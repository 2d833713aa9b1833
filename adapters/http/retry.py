"""Commands tried again when another writer got to the same exchange first."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from uuid import UUID

from anyio import to_thread
from eventsourcing.application import Application

from adapters.persistence.failfast import turn_taker
from adapters.persistence.keyring_guard import Confirmation, KeyringChangedError, confirming
from domain.errors import ConcurrentWriteError
from domain.exchange import exchange_id

if TYPE_CHECKING:
    from adapters.http.admission import Admission

T = TypeVar("T")

ATTEMPTS = 24
"""How many times a command is tried before the service answers 409. An attempt after a lost race costs little: the
exchange as it stood before is brought up to date with the events recorded since (adapters/readside/commands.py).
On PostgreSQL the attempt after a lost race takes the writer's turn first (see adapters/persistence/pgwrites.py) and
so cannot lose again; elsewhere, against another process recording into the same exchange without pause, about
half the attempts lose."""
BACKOFF_SECONDS = 0.01
"""Where writers cannot take turns, the first wait between attempts; each later wait may be up to twice as long, at
random, up to BACKOFF_CAP."""
BACKOFF_CAP = 0.1
"""The longest wait between two attempts, so that all of them together stay within about two seconds: waiting does
not make a writer that never pauses give way, trying again soon does."""


_LOCKS: dict[UUID, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _lock(exchange: str) -> threading.Lock:
    """One lock per exchange in this process, whether the request named it by slug or by id."""
    try:
        key = UUID(exchange)
    except ValueError:
        key = exchange_id(exchange)
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.Lock())


async def in_thread(
    store: Application[Any], command: Callable[[], T], exchange: str, admission: Admission | None = None
) -> T:
    """`retried`, run in one worker thread: the store's calls block (on the disk, on a lock another process holds, on
    the network), so they must not hold up the event loop; everything else of a write runs on the loop. A sync
    route would cost two hand-offs to a thread and back, its own and its answer's validation."""
    return await to_thread.run_sync(partial(retried, store, command, exchange, admission))


def retried(
    store: Application[Any],
    command: Callable[[], T],
    exchange: str,
    admission: Admission | None = None,
    attempts: int = ATTEMPTS,
) -> T:
    """Run `command` (a command on `store`), running it again on a concurrent write: each attempt reloads the
    exchange and re-applies it.

    Writers into the same exchange take turns within one server process, so only writers in other processes
    (or on other hosts) can race; those races are retried, on PostgreSQL in the writer's turn at the store's lock.
    A writer's token still to be confirmed is confirmed by the command's write, or looked up when nothing was
    written; where writes cannot confirm it (the keyring in a store of its own), it is looked up first, here.
    """
    attempt = Attempts(command, attempts, turn_taker(store.recorder))
    if admission is not None and admission.confirmation is not None and not admission.write_confirms:
        admission.reconfirm()  # in the write's own worker thread, rather than in one of its own before the body
    with _lock(exchange):
        if admission is None or admission.confirmation is None:
            return attempt()
        return _confirmed(attempt, admission, admission.confirmation)


def _confirmed(attempt: Attempts[T], admission: Admission, confirmation: Confirmation) -> T:
    """The command, its writes confirming the admission's generation of the keyring. Once the keyring changed, or
    when nothing was written, the token is checked against the keyring as it now stands before anything is
    answered: 401 for a token revoked meanwhile (a refusal is held back for the same check by the front door)."""
    try:
        with confirming(confirmation):
            outcome = attempt()
    except KeyringChangedError:  # nothing was written; checked now, the token is as good as a fresh look-up
        admission.reconfirm()
        return attempt()
    if not confirmation.confirmed:
        admission.reconfirm()
    return outcome


@dataclass
class Attempts(Generic[T]):
    """A command tried up to `attempts` times while it loses races, in the writer's turn after a loss when the store
    offers turns (`take_turn`), else after a short random wait."""

    command: Callable[[], T]
    attempts: int
    take_turn: Callable[[], AbstractContextManager[object]] | None

    def __call__(self) -> T:
        """The command's outcome; 409 (ConcurrentWriteError) when every attempt lost."""
        for attempt in range(1, self.attempts + 1):
            try:
                with nullcontext() if attempt == 1 or self.take_turn is None else self.take_turn():
                    return self.command()
            except ConcurrentWriteError:
                if self.take_turn is None and attempt < self.attempts:
                    wait = min(BACKOFF_SECONDS * 2**attempt, BACKOFF_CAP)
                    time.sleep(random.uniform(0, wait))  # noqa: S311 - jitter that sets writers apart, not a secret
        raise ConcurrentWriteError(
            f"other writers kept recording into the same exchange: {self.attempts} attempts failed and nothing was "
            "written; send the same request again",
            "exchange",
        )
