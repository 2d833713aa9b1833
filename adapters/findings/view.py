"""The findings view as a tracking recorder: each event's changes are written with its position, or not at all."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, replace
from uuid import UUID

from eventsourcing.persistence import Tracking, TrackingRecorder
from eventsourcing.popo import POPOTrackingRecorder

from adapters.findings.rows import ExchangeEntry, ExchangeFinding, FindingsQuery, UnreadableEntry


@dataclass(frozen=True, slots=True)
class ViewChange:
    """What one event changed in the view: an exchange agreed, findings raised or changed, findings cleared."""

    exchange_id: UUID
    agreed: ExchangeEntry | None = None
    written: tuple[ExchangeFinding, ...] = ()
    cleared: tuple[str, ...] = ()
    unreadable: UnreadableEntry | None = None
    """Set when an event of the exchange cannot be loaded: its findings go, and the view says why."""

    @property
    def empty(self) -> bool:
        """True when the event changed nothing the view shows."""
        return self.agreed is None and not self.written and not self.cleared and self.unreadable is None


class FindingsView(TrackingRecorder, ABC):
    """Every exchange's findings, open or acknowledged, as of the last event tracked."""

    @abstractmethod
    def record(self, changes: Sequence[ViewChange], tracking: Tracking) -> None:
        """Apply events' changes in order, tracking the last one's position, in one transaction."""

    @abstractmethod
    def findings(self, query: FindingsQuery) -> list[ExchangeFinding]:
        """The findings the query asks for, by exchange, severity, rule and subject."""

    @abstractmethod
    def exchanges(self) -> list[ExchangeEntry]:
        """Every exchange seen agreed, by slug."""

    @abstractmethod
    def unreadable(self) -> list[UnreadableEntry]:
        """Every exchange one of whose events could not be loaded, by slug."""

    @abstractmethod
    def reset(self, application_name: str) -> None:
        """Drop every row and the position tracked for the application, so that the view is rebuilt from the start."""


class POPOFindingsView(POPOTrackingRecorder, FindingsView):
    """The findings view in memory, for a store kept in memory and for tests."""

    def __init__(self) -> None:
        super().__init__()
        self._findings: dict[tuple[UUID, str], ExchangeFinding] = {}
        self._exchanges: dict[UUID, ExchangeEntry] = {}
        self._unreadable: dict[UUID, UnreadableEntry] = {}

    def record(self, changes: Sequence[ViewChange], tracking: Tracking) -> None:
        """Apply events' changes in order and track the last one's position, under the store's lock."""
        with self._database_lock:
            self._assert_tracking_uniqueness(tracking)
            for change in changes:
                self._apply(change)
            self._insert_tracking(tracking)

    def findings(self, query: FindingsQuery) -> list[ExchangeFinding]:
        """The findings the query asks for, in reading order."""
        with self._database_lock:
            found = [item for item in self._findings.values() if query.matches(item)]
        return sorted(found, key=lambda item: item.order)

    def exchanges(self) -> list[ExchangeEntry]:
        """Every exchange seen agreed, by slug."""
        with self._database_lock:
            return sorted(self._exchanges.values(), key=lambda entry: entry.slug)

    def unreadable(self) -> list[UnreadableEntry]:
        """Every exchange one of whose events could not be loaded, by slug."""
        with self._database_lock:
            return sorted(self._unreadable.values(), key=lambda entry: entry.slug)

    def _apply(self, change: ViewChange) -> None:
        if change.agreed is not None:
            self._exchanges[change.exchange_id] = change.agreed
        if change.unreadable is not None:
            known = self._exchanges.get(change.exchange_id)
            slug = change.unreadable.slug if known is None else known.slug
            self._unreadable[change.exchange_id] = replace(change.unreadable, slug=slug)
            for key in [key for key in self._findings if key[0] == change.exchange_id]:
                del self._findings[key]
        for finding_id in change.cleared:
            self._findings.pop((change.exchange_id, finding_id), None)
        for item in change.written:
            key = (item.exchange_id, item.finding.id)
            earlier = self._findings.get(key)
            if earlier is not None:
                item = replace(item, raised_version=earlier.raised_version, raised_at=earlier.raised_at)
            self._findings[key] = item

    def reset(self, application_name: str) -> None:
        """Forget every row and the tracked position."""
        with self._database_lock:
            self._findings.clear()
            self._exchanges.clear()
            self._unreadable.clear()
            self._max_tracking_ids.pop(application_name, None)
