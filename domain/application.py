"""The Reconciler application: loading an exchange and the queries that reconcile what was recorded; the commands
that record announcements are in `domain.commands` and `domain.plan_import`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError
from eventsourcing.persistence import MapperDeserialisationError
from eventsourcing.utils import get_topic

from domain import exchange_diff, history
from domain.changes import Timeline, entry
from domain.commands import Outcome as Outcome  # re-exported: what each command answers
from domain.errors import ExchangeNotFoundError, InvalidInputError, UnreadableExchangeError
from domain.exchange import Exchange, ExchangeAgreed
from domain.exchange_diff import ExchangeDiff
from domain.history import AsOf, replay
from domain.identity import parse_ref
from domain.listing import ExchangeListing as ExchangeListing  # re-exported: the listing is part of the query API
from domain.listing import listings
from domain.plan_import import ImportOutcome as ImportOutcome  # re-exported: what recording a plan answers
from domain.plan_import import PlanImport
from domain.plans import ExchangePlan as ExchangePlan  # re-exported: recording plans is the application's command
from domain.report import build_report
from domain.report_values import ReconciliationReport
from domain.timeline import Event, timeline


class Reconciler(PlanImport):
    """Records what sources announce about exchanges and reconciles the figures."""

    name = "Reconciler"

    def exchange(self, exchange: str | UUID) -> Exchange:
        """The exchange with this id or slug."""
        aggregate_id = exchange if isinstance(exchange, UUID) else parse_ref(exchange)
        try:
            with _readable(exchange):
                aggregate: object = self.repository.get(aggregate_id, projector_func=replay)
        except AggregateNotFoundError:
            raise ExchangeNotFoundError(f"no exchange {exchange!s}", "exchange") from None
        if not isinstance(aggregate, Exchange):
            raise ExchangeNotFoundError(f"no exchange {exchange!s}", "exchange")
        return aggregate

    def report(self, exchange: str | UUID, as_of: AsOf | None = None) -> ReconciliationReport:
        """The reconciliation report of the exchange as it stands, or as it stood at a point of its history."""
        if as_of is None:
            return build_report(self.exchange(exchange))
        if as_of.version is not None:
            earlier = self._exchange_at(exchange, as_of.version)
            return build_report(earlier, as_of.label)
        events = self.history(exchange)
        return build_report(history.as_of(events, as_of), as_of.label, history.dated_by_rule(events, as_of))

    def _exchange_at(self, exchange: str | UUID, version: int) -> Exchange:
        """The exchange as its first `version` events left it, replaying those events only."""
        aggregate_id = exchange if isinstance(exchange, UUID) else parse_ref(exchange)
        last = self.recorder.select_events(aggregate_id, desc=True, limit=1)
        if not last:
            raise ExchangeNotFoundError(f"no exchange {exchange!s}", "exchange")
        if version > last[0].originator_version:
            with _readable(exchange):
                earliest = self.repository.get(aggregate_id, version=1, projector_func=replay)
            raise InvalidInputError(
                f"exchange {earliest.agreement.slug} has {last[0].originator_version} events; "
                f"version {version} does not exist yet",
                "as_of_version",
            )
        with _readable(exchange):
            found: object = self.repository.get(aggregate_id, version=version, projector_func=replay)
        if not isinstance(found, Exchange):
            raise ExchangeNotFoundError(f"no exchange {exchange!s}", "exchange")
        return found

    def history(self, exchange: str | UUID, upto: int | None = None) -> list[Event]:
        """Every stored event of the exchange in order, or its first `upto` events."""
        aggregate_id = exchange if isinstance(exchange, UUID) else parse_ref(exchange)
        with _readable(exchange):
            events = cast(list[Event], list(self.events.get(aggregate_id, lte=upto)))
        if not events or not isinstance(events[0], ExchangeAgreed):
            raise ExchangeNotFoundError(f"no exchange {exchange!s}", "exchange")
        return events

    def timeline(self, exchange: str | UUID) -> Timeline:
        """Each event of the exchange and what it changed, computed in one pass over its history."""
        events = self.history(exchange)
        agreement = cast(ExchangeAgreed, events[0]).agreement
        entries = [
            entry(event, step, agreement.unit)
            for event, (step, _) in zip(events, timeline(events, cites=False), strict=True)
        ]
        return Timeline.trusted(slug=agreement.slug, title=agreement.title, entries=entries)

    def diff(self, exchange: str | UUID, start: AsOf, end: AsOf | None = None) -> ExchangeDiff:
        """What changed between two points of the recorded history (the end by default the latest), with the events
        responsible."""
        events = self.history(exchange)
        end = end or AsOf(version=len(events))
        first, last = _version_at(events, start, "from"), _version_at(events, end, "to")
        if first > last:
            raise InvalidInputError(f"the start ({_at(start, first)}) comes after the end ({_at(end, last)})", "from")
        agreed = cast(ExchangeAgreed, events[0]).agreement.unit
        steps = [
            entry(event, step, agreed)
            for event, (step, _) in zip(events[:last], timeline(events[:last], cites=False), strict=True)
        ]
        return exchange_diff.diff(
            build_report(history.as_of(events, AsOf(version=first)), start.label),
            build_report(history.as_of(events, AsOf(version=last)), end.label),
            [step for step in steps if step.version > first],
            (start.label, end.label),
        )

    def exchange_ids(self) -> Iterator[UUID]:
        """Every exchange's id, in the order they were agreed, read from the notification log."""
        topic = get_topic(ExchangeAgreed)
        start = 1
        while True:
            page = self.recorder.select_notifications(start=start, limit=500, topics=[topic])
            for notification in page:
                yield UUID(str(notification.originator_id))
            if len(page) < 500:
                return
            start = page[-1].id + 1

    def exchanges(self) -> list[ExchangeListing]:
        """One listing per exchange, with its verdict and open findings; one that cannot be read says why."""
        return listings(self)


def _at(point: AsOf, version: int) -> str:
    return point.label if point.version is not None else f"{point.label}, version {version}"


def _version_at(events: list[Event], point: AsOf, side: str) -> int:
    """The version at one end of a diff; a refusal names that end ('from' or 'to')."""
    try:
        return history.version_at(events, point)
    except InvalidInputError as error:
        raise InvalidInputError(error.message, side) from None


@contextmanager
def _readable(exchange: str | UUID) -> Iterator[None]:
    """A stored event that cannot be loaded makes its exchange unreadable, and no other."""
    try:
        yield
    except MapperDeserialisationError as error:
        raise UnreadableExchangeError(
            f"exchange {exchange!s} cannot be read: {error}; `recon verify-store` names every damaged event", "exchange"
        ) from None
