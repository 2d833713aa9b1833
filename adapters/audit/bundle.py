"""The recon-bundle/1 format: a manifest line, then one hash-chained line per stored event, in version order."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated, Any, Literal, TypeVar
from uuid import UUID

from eventsourcing.persistence import StoredEvent
from pydantic import BaseModel, ConfigDict, Field

from domain.application import Reconciler
from domain.errors import InvalidInputError

FORMAT = "recon-bundle/1"
HASH = "sha256"
GENESIS = "0" * 64
"""The `previous` of the first record: there is no record before it."""

RECORD_FIELDS = {
    "position": "the record's place in the history, 1 for the first (equal to the version)",
    "originator_id": "the exchange's id",
    "originator_version": "the exchange's version once this event is applied",
    "topic": "the event's class, module:name",
    "state": "the event exactly as stored: JSON text kept as a string",
    "previous": "sha256 of the record before; the manifest's genesis for the first",
    "sha256": "sha256 of this record's other fields as canonical JSON (sorted keys, no spaces, UTF-8)",
}
"""What each record line holds, written into every manifest for readers without this documentation."""

Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
CanonicalUuid = Annotated[str, Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]


class Line(BaseModel):
    """One line of a bundle: its fields, and the sha256 of the others."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)
    sha256: Sha256

    def body(self) -> dict[str, Any]:
        """Every field but `sha256`: what the hash is taken over."""
        return self.model_dump(exclude={"sha256"})

    def computed(self) -> str:
        """The sha256 the line's other fields hash to."""
        return digest(self.body())


L = TypeVar("L", bound=Line)


class Manifest(Line):
    """The first line: which exchange, how many records, the hash of the last one, and how to read the rest."""

    format: Literal["recon-bundle/1"]
    exchange_id: CanonicalUuid
    slug: str
    records: int = Field(ge=1)
    hash: Literal["sha256"]
    genesis: Literal["0000000000000000000000000000000000000000000000000000000000000000"]
    head: Sha256
    tool: str
    record_fields: dict[str, str]


class Record(Line):
    """One stored event, chained to the record before it."""

    position: int = Field(ge=1)
    originator_id: CanonicalUuid
    originator_version: int = Field(ge=1)
    topic: str
    state: str
    previous: Sha256

    @property
    def label(self) -> str:
        """'position 4, version 4'."""
        return f"position {self.position}, version {self.originator_version}"

    def stored_event(self) -> StoredEvent:
        """The event as the store keeps it: the state's text back to the very same bytes."""
        return StoredEvent(
            originator_id=UUID(self.originator_id),
            originator_version=self.originator_version,
            topic=self.topic,
            state=self.state.encode("utf-8"),
        )


@dataclass(frozen=True)
class Bundle:
    """A bundle's manifest and records, in the order they were written."""

    manifest: Manifest
    records: tuple[Record, ...]

    def lines(self) -> list[str]:
        """Every line of the file, without line ends."""
        return [canonical(self.manifest.model_dump()), *(canonical(record.model_dump()) for record in self.records)]

    def to_bytes(self) -> bytes:
        """The file: UTF-8, one line each, every line ending in a newline."""
        return "".join(f"{line}\n" for line in self.lines()).encode("utf-8")


class BundleError(InvalidInputError):
    """Raised when a bundle fails verification or cannot be loaded; names the file, the line and what was found."""

    def __init__(self, message: str, *, file: str, line: int) -> None:
        super().__init__(message, None)
        self.file = file
        self.line = line

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def canonical(data: Any) -> str:
    """Sorted keys, no whitespace, text as is: one spelling for one value (RFC 8785 for strings and integers)."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def digest(data: Any) -> str:
    """The SHA-256 of the canonical JSON, in lowercase hex."""
    return hashlib.sha256(canonical(data).encode("utf-8")).hexdigest()


def tool() -> str:
    """'exchange-reconciler 0.1.0': the version that wrote a bundle."""
    try:
        return f"exchange-reconciler {version('exchange-reconciler')}"
    except PackageNotFoundError:
        return "exchange-reconciler (version unknown)"


def export_bundle(app: Reconciler, exchange: str | UUID) -> Bundle:
    """The bundle of an exchange's complete history as stored, from its creation to its current version."""
    aggregate = app.exchange(exchange)
    events = app.recorder.select_events(aggregate.id, lte=aggregate.version)
    return seal(aggregate.id, aggregate.agreement.slug, events)


def seal(exchange_id: UUID, slug: str, events: Sequence[StoredEvent]) -> Bundle:
    """The bundle of a history: every stored event chained from the genesis, then the manifest over them."""
    records: list[Record] = []
    previous = GENESIS
    for position, event in enumerate(events, 1):
        record = _sealed(
            Record,
            position=position,
            originator_id=str(event.originator_id),
            originator_version=event.originator_version,
            topic=event.topic,
            state=_text(event),
            previous=previous,
        )
        records.append(record)
        previous = record.sha256
    manifest = _sealed(
        Manifest,
        format=FORMAT,
        exchange_id=str(exchange_id),
        slug=slug,
        records=len(records),
        hash=HASH,
        genesis=GENESIS,
        head=previous,
        tool=tool(),
        record_fields=RECORD_FIELDS,
    )
    return Bundle(manifest, tuple(records))


def _sealed(cls: type[L], **fields: Any) -> L:
    return cls.model_validate({**fields, "sha256": digest(fields)})


def _text(event: StoredEvent) -> str:
    try:
        return event.state.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInputError(
            f"version {event.originator_version} is not stored as JSON text (compressed or encrypted?): "
            "it cannot be written to a bundle",
            "exchange",
        ) from None
