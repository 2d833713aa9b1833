"""Commands tried again when another writer got to the same exchange first."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from domain.errors import ConcurrentWriteError

T = TypeVar("T")

ATTEMPTS = 5
"""How many times a command is tried before the service answers 409."""
BACKOFF_SECONDS = 0.005
"""The first wait between attempts; each later wait may be up to twice as long, at random."""


def retried(command: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """Run `command`, running it again on a concurrent write: each attempt reloads the exchange and re-applies it."""
    for attempt in range(1, attempts):
        try:
            return command()
        except ConcurrentWriteError:
            time.sleep(random.uniform(0, BACKOFF_SECONDS * 2**attempt))  # noqa: S311 - jitter, not a secret
    try:
        return command()
    except ConcurrentWriteError:
        raise ConcurrentWriteError(
            f"other writers kept recording into the same exchange: {attempts} attempts failed and nothing was "
            "written; send the same request again",
            "exchange",
        ) from None
