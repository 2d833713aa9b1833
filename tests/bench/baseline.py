"""The yardstick: a plain eventsourcing aggregate storing the same payloads with the library's defaults."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from eventsourcing.application import Application
from eventsourcing.domain import Aggregate, event

from domain.plans import ExchangePlan

Payload = dict[str, Any]


class Dossier(Aggregate):
    """An exchange reduced to a list of JSON-ready payloads, one event each."""

    def __init__(self, agreement: Payload) -> None:
        self.agreement = agreement
        self.items: list[Payload] = []

    @event("Noted")
    def note(self, payload: Payload) -> None:
        """Keep one payload."""
        self.items.append(payload)


@dataclass(frozen=True, slots=True)
class Batch:
    """One exchange's payloads: the agreement, then one per claim and per completion, as our events carry them."""

    agreement: Payload
    items: tuple[Payload, ...]


def batches(plans: Sequence[ExchangePlan]) -> list[Batch]:
    """The plans as plain dictionaries of the same content and size."""
    return [
        Batch(
            agreement=plan.agreement.model_dump(mode="json"),
            items=tuple(
                [claim.model_dump(mode="json") for claim in plan.claims]
                + [{"completion": source.model_dump(mode="json")} for source in plan.completions]
            ),
        )
        for plan in plans
    ]


def open_baseline(path: Path) -> Application[UUID]:
    """A bare Application on its own SQLite file, with the default mapper and JSON transcoder."""
    return Application[UUID](env={"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": str(path)})


def save_batches(app: Application[UUID], work: Sequence[Batch]) -> list[UUID]:
    """Create one aggregate per batch and save each with all its events in one transaction."""
    ids = []
    for batch in work:
        dossier = Dossier(batch.agreement)
        for item in batch.items:
            dossier.note(item)
        app.save(dossier)
        ids.append(dossier.id)
    return ids


def replay(app: Application[UUID], dossier_id: UUID) -> int:
    """Rebuild one aggregate from its events; the number of payloads it holds."""
    dossier: Dossier = app.repository.get(dossier_id)
    return len(dossier.items)
