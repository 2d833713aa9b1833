"""`recon import-bundle`: replay a verified bundle as an Exchange in memory, then store it as it was recorded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from eventsourcing.persistence import Mapper, MapperDeserialisationError, RecordConflictError, StoredEvent
from eventsourcing.utils import TopicError, get_topic, resolve_topic

from adapters.audit.bundle import Bundle, BundleError, Record
from domain.application import Reconciler
from domain.errors import ConflictError
from domain.exchange import Exchange, ExchangeAgreed, ExchangeEvent

DOMAIN_PACKAGE = "domain"
"""Topics are resolved only inside the domain: a bundle must not make recon import anything else."""


@dataclass(frozen=True)
class Restored:
    """What importing a bundle did: recorded its history, or found the identical history already there."""

    slug: str
    records: int
    head: str
    created: bool


def import_bundle(app: Reconciler, bundle: Bundle, file: str) -> Restored:
    """Store a verified bundle's events with their versions and timestamps, in one transaction, or refuse it whole."""
    manifest = bundle.manifest
    replay(app.mapper, bundle, file)
    events = [record.stored_event() for record in bundle.records]
    existing = app.recorder.select_events(UUID(manifest.exchange_id))
    if existing:
        difference = _difference(existing, events)
        if difference:
            raise ConflictError(
                f"exchange {manifest.slug} is already recorded with a different history: {difference}; "
                "nothing was imported (a bundle is never merged into another history)",
                "exchange",
            )
        return Restored(manifest.slug, len(events), manifest.head, created=False)
    try:
        app.recorder.insert_events(events)
    except RecordConflictError:
        raise ConflictError(
            f"another writer recorded into exchange {manifest.slug} at the same time; nothing was imported, try again",
            "exchange",
        ) from None
    return Restored(manifest.slug, len(events), manifest.head, created=True)


def replay(mapper: Mapper[UUID], bundle: Bundle, file: str) -> Exchange:
    """Decode every record with the store's mapper and apply it in order; refuse what does not make an Exchange."""
    exchange: Exchange | None = None
    for line, record in enumerate(bundle.records, 2):
        event = _decoded(mapper, record, file, line)
        try:
            exchange = event.mutate(exchange)
        except Exception as error:  # whatever stops the replay means the history does not describe an Exchange
            raise BundleError(
                f"does not load: {record.label} ({record.topic}) cannot be applied: {type(error).__name__}: {error}",
                file=file,
                line=line,
            ) from error
    manifest = bundle.manifest
    if exchange is None or str(exchange.id) != manifest.exchange_id or exchange.agreement.slug != manifest.slug:
        raise BundleError(f"does not load: the history is not that of exchange {manifest.slug}", file=file, line=2)
    return exchange


def _decoded(mapper: Mapper[UUID], record: Record, file: str, line: int) -> ExchangeAgreed | ExchangeEvent:
    expected: type[ExchangeAgreed | ExchangeEvent] = ExchangeAgreed if record.position == 1 else ExchangeEvent

    def refuse(why: str) -> BundleError:
        return BundleError(f"does not load: {record.label} {why}", file=file, line=line)

    module = record.topic.partition(":")[0]
    if module != DOMAIN_PACKAGE and not module.startswith(f"{DOMAIN_PACKAGE}."):
        raise refuse(f"names {record.topic}, which is not an event of an exchange")
    try:
        cls = resolve_topic(record.topic)
    except TopicError:
        raise refuse(f"names {record.topic}, which this version of recon does not know") from None
    if not (isinstance(cls, type) and issubclass(cls, expected)):
        raise refuse(f"is a {record.topic}, expected a {get_topic(expected)}")
    try:
        event = mapper.to_domain_event(record.stored_event())
    except MapperDeserialisationError as error:
        raise refuse(f"cannot be read: {error.__cause__ or error}") from None
    if not isinstance(event, expected):
        raise refuse(f"is not a {get_topic(expected)}")
    if isinstance(event, ExchangeAgreed) and event.originator_topic != get_topic(Exchange):
        raise refuse(f"creates a {event.originator_topic}, not an exchange")
    return event


def _difference(existing: Sequence[StoredEvent], events: Sequence[StoredEvent]) -> str | None:
    for found, wanted in zip(existing, events, strict=False):
        version = wanted.originator_version
        if found.topic != wanted.topic:
            return f"version {version} is a {_name(found.topic)} in the store but a {_name(wanted.topic)} in the bundle"
        if found.state != wanted.state:
            return f"version {version} ({_name(wanted.topic)}) holds something else in the store than in the bundle"
    if len(existing) != len(events):
        agreed = min(len(existing), len(events))
        return f"the store holds {len(existing)} records and the bundle {len(events)}; the first {agreed} agree"
    return None


def _name(topic: str) -> str:
    return topic.rpartition(":")[2] or topic
