"""A command works on a copy-on-write fork of the exchange it keeps, so that a command that failed leaves the kept
exchange as it stood: the fork must share nothing that a later event changes."""

from __future__ import annotations

import random

from adapters.readside.commands import forked
from domain.history import replay
from tests.histories import random_history


def test_a_forked_exchange_is_left_as_it_was_by_every_later_event() -> None:
    rng = random.Random(5)
    for _ in range(20):
        events = random_history(rng, length=30)
        cut = rng.randint(1, len(events) - 1)
        at_cut = replay(None, events[:cut])
        assert at_cut is not None
        fork = forked(at_cut)
        replay(at_cut, events[cut:])  # the original goes on
        alone = replay(None, events[:cut])
        assert alone is not None
        assert vars(fork) == vars(alone)
