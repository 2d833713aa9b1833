"""Commands tried again when another writer got to the same exchange first."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar
from uuid import UUID

from adapters.persistence.keyring_guard import Confirmation, KeyringChangedError, confirming
from domain.errors import ConcurrentWriteError
from domain.exchange import exchange_id

if TYPE_CHECKING:
    from adapters.http.admission import Admission

T = TypeVar("T")

ATTEMPTS = 24
"""How many times a command is tried before the service answers 409. An attempt after a lost race costs little: the
exchange as it stood before is brought up to date with the events recorded since (adapters/readside/commands.py).
Against another process recording into the same exchange without pause, about half the attempts lose: 12 left one
write in a few hundred answered 409 on a loaded machine."""
BACKOFF_SECONDS = 0.01
"""The first wait between attempts; each later wait may be up to twice as long, at random, up to BACKOFF_CAP."""
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


def retried(command: Callable[[], T], exchange: str, admission: Admission | None = None, attempts: int = ATTEMPTS) -> T:
    """Run `command`, running it again on a concurrent write: each attempt reloads the exchange and re-applies it.

    Writers into the same exchange take turns within one server process, so only writers in other processes
    (or on other hosts) can race; those races are retried. A writer's token still to be confirmed is confirmed
    by the command's write, or looked up when nothing was written.
    """
    with _lock(exchange):
        if admission is None or admission.confirmation is None:
            return _attempts(command, attempts)
        return _confirmed(command, attempts, admission, admission.confirmation)


def _confirmed(command: Callable[[], T], attempts: int, admission: Admission, confirmation: Confirmation) -> T:
    """The command, its writes confirming the admission's generation of the keyring. Once the keyring changed, or
    when nothing was written, the token is checked against the keyring as it now stands before anything is
    answered: 401 for a token revoked meanwhile (a refusal is held back for the same check by the front door)."""
    try:
        with confirming(confirmation):
            outcome = _attempts(command, attempts)
    except KeyringChangedError:  # nothing was written; checked now, the token is as good as a fresh look-up
        admission.reconfirm()
        return _attempts(command, attempts)
    if not confirmation.confirmed:
        admission.reconfirm()
    return outcome


def _attempts(command: Callable[[], T], attempts: int) -> T:
    for attempt in range(1, attempts):
        try:
            return command()
        except ConcurrentWriteError:
            wait = min(BACKOFF_SECONDS * 2**attempt, BACKOFF_CAP)
            time.sleep(random.uniform(0, wait))  # noqa: S311 - jitter that sets writers apart, not a secret
    try:
        return command()
    except ConcurrentWriteError:
        raise ConcurrentWriteError(
            f"other writers kept recording into the same exchange: {attempts} attempts failed and nothing was "
            "written; send the same request again",
            "exchange",
        ) from None
