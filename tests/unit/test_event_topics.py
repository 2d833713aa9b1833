"""Stored events name their classes by topic: the topics the events were first stored under never change, wherever
their classes live, and each topic still finds its own class."""

from __future__ import annotations

import pytest
from eventsourcing.utils import get_topic, resolve_topic

from domain import exchange_events
from domain.events import DomainEvent
from domain.exchange import Exchange, ExchangeEvent

STORED = [
    item
    for item in vars(exchange_events).values()
    if isinstance(item, type) and issubclass(item, DomainEvent) and item.__module__ == exchange_events.__name__
]
STORED.remove(ExchangeEvent)  # a base, never stored itself


def test_every_event_of_an_exchange_is_one_of_those_first_stored() -> None:
    assert sorted(cls.__name__ for cls in STORED) == [
        "ClaimCorrected",
        "ClaimRecorded",
        "ClaimRetracted",
        "CompletionDenied",
        "ExchangeAgreed",
        "ExchangeDeclaredComplete",
        "FindingAcknowledged",
        "OriginAttributed",
        "OriginReattributed",
        "TermsStated",
    ]


@pytest.mark.parametrize("event_class", STORED, ids=lambda cls: cls.__name__)
def test_an_event_is_stored_under_the_topic_it_was_first_stored_under(event_class: type[DomainEvent]) -> None:
    assert get_topic(event_class) == f"domain.exchange:{event_class.__name__}"
    assert resolve_topic(f"domain.exchange:{event_class.__name__}") is event_class


def test_the_exchange_is_stored_under_its_first_topic() -> None:
    assert get_topic(Exchange) == "domain.exchange:Exchange"
    assert resolve_topic("domain.exchange:Exchange") is Exchange
