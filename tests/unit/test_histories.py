"""The random histories behind the equivalence tests reach what they are meant to exercise."""

from __future__ import annotations

import random

from domain.exchange import ExchangeDeclaredComplete
from domain.history import replay
from domain.rulebook import reconcile_exchange
from domain.stage_rules import COMPLETION
from tests.histories import random_history


def test_some_histories_declare_the_remains_complete_and_the_bodies_completion_is_checked() -> None:
    checked = 0
    for seed in range(15):
        events = random_history(random.Random(seed), length=40)
        if not any(isinstance(event, ExchangeDeclaredComplete) and event.unit == "bodies" for event in events):
            continue
        exchange = replay(None, events)
        assert exchange is not None
        checks = reconcile_exchange(exchange)
        checked += any(check.rule == COMPLETION and check.subject.unit == "bodies" for check in checks)
    assert checked >= 2
