"""Reads every stored event of a store and names each one that cannot be loaded, without stopping at the first."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from uuid import UUID

from eventsourcing.persistence import MapperDeserialisationError, Notification

from domain.application import Reconciler

PAGE = 500
"""Events read from the log at a time."""


@dataclass(frozen=True, slots=True)
class Damage:
    """A stored event that cannot be loaded: whose it is, its version and kind, and why."""

    exchange_id: UUID
    version: int
    topic: str
    why: str


@dataclass(slots=True)
class Survey:
    """What reading the whole store found."""

    events: int = 0
    damaged: tuple[Damage, ...] = ()


def survey(reconciler: Reconciler) -> Survey:
    """Load every event of the log in order; each that fails is noted and reading carries on."""
    result = Survey()
    found: list[Damage] = []
    for notification in _log(reconciler):
        result.events += 1
        try:
            reconciler.mapper.to_domain_event(notification)
        except MapperDeserialisationError as error:
            cause = error.__cause__ or error
            found.append(
                Damage(
                    UUID(str(notification.originator_id)),
                    notification.originator_version,
                    notification.topic,
                    _first_line(f"{type(cause).__name__}: {cause}"),
                )
            )
    result.damaged = tuple(found)
    return result


def _log(reconciler: Reconciler) -> Iterator[Notification]:
    start = 1
    while True:
        page = reconciler.recorder.select_notifications(start=start, limit=PAGE)
        yield from page
        if len(page) < PAGE:
            return
        start = page[-1].id + 1


def _first_line(text: str) -> str:
    return " ".join(text.split())[:500]
