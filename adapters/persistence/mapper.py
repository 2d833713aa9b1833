"""Stores pydantic events faithfully as JSON (orjson), upcasting old shapes on the way back."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, cast
from uuid import UUID

import orjson
from eventsourcing.domain import DomainEventProtocol
from eventsourcing.persistence import Mapper, MapperDeserialisationError, StoredEvent, Transcoder
from eventsourcing.utils import get_topic, resolve_topic
from pydantic import BaseModel

_ENVELOPE = {"originator_id", "originator_version"}
"""Stored beside the state, not inside it."""


class OrjsonTranscoder(Transcoder):
    """JSON bytes through orjson; the mapper has already made every value JSON-friendly."""

    def encode(self, obj: Any) -> bytes:
        return orjson.dumps(obj)

    def decode(self, data: bytes) -> Any:
        return orjson.loads(data)


class PydanticMapper(Mapper[Any]):
    """Turns pydantic domain events into stored events and back, with class_version upcasting."""

    def to_stored_event(self, domain_event: DomainEventProtocol[Any]) -> StoredEvent:
        model = cast(BaseModel, domain_event)
        topic, lead = _stored_as(type(model))
        # pydantic writes the JSON itself, in one step; a class version above 1 leads the object so that
        # loading can upcast older shapes.
        data = model.__pydantic_serializer__.to_json(model, exclude=_ENVELOPE)
        if lead:
            data = lead + (b"," + data[1:] if len(data) > 2 else b"}")
        if self.compressor:
            data = self.compressor.compress(data)
        if self.cipher:
            data = self.cipher.encrypt(data)
        return StoredEvent(
            originator_id=domain_event.originator_id,
            originator_version=domain_event.originator_version,
            topic=topic,
            state=data,
        )

    def to_domain_event(self, stored_event: StoredEvent) -> DomainEventProtocol[Any]:
        data = stored_event.state
        if self.cipher:
            data = self.cipher.decrypt(data)
        if self.compressor:
            data = self.compressor.decompress(data)
        try:
            cls = resolve_topic(stored_event.topic)
            state: dict[str, Any] = self.transcoder.decode(data)
            from_version = state.pop("class_version", 1)
            while from_version < getattr(cls, "class_version", 1):
                getattr(cls, f"upcast_v{from_version}_v{from_version + 1}")(state)
                from_version += 1
            state["originator_id"] = stored_event.originator_id
            state["originator_version"] = stored_event.originator_version
            return cast(DomainEventProtocol[Any], cls.model_validate(state))
        except Exception as error:
            message = (
                f"cannot load event {stored_event.topic} version {stored_event.originator_version} "
                f"of {stored_event.originator_id}: {error}"
            )
            raise MapperDeserialisationError(message) from error


@cache
def _stored_as(event_class: type[BaseModel]) -> tuple[str, bytes]:
    """The topic an event class is stored under, and what its stored JSON starts with when its class version is
    above 1 (else nothing): worked out once per class rather than for each of the thousands of events an import
    writes."""
    class_version = getattr(event_class, "class_version", 1)
    return get_topic(event_class), b'{"class_version":%d' % class_version if class_version > 1 else b""


@dataclass(frozen=True, slots=True)
class UnreadableEvent:
    """Stands in for a stored event that cannot be loaded, so that a reader of the whole log can carry on."""

    originator_id: UUID
    originator_version: int
    topic: str
    why: str


class TolerantMapper(PydanticMapper):
    """Loads events as PydanticMapper does, but gives an UnreadableEvent for one that cannot be loaded.

    For readers that follow every exchange's events (the findings projection): one damaged exchange must not stop
    them for all the others.
    """

    def to_domain_event(self, stored_event: StoredEvent) -> DomainEventProtocol[Any]:
        try:
            return super().to_domain_event(stored_event)
        except MapperDeserialisationError as error:
            originator_id = stored_event.originator_id
            return UnreadableEvent(
                originator_id if isinstance(originator_id, UUID) else UUID(str(originator_id)),
                stored_event.originator_version,
                stored_event.topic,
                str(error),
            )
