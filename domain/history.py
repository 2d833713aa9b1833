"""What was known when: an exchange as of a version, a recorded-at instant or an announced-at instant."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

from pydantic import Field, model_validator

from domain.dating import datings
from domain.errors import InvalidInputError
from domain.exchange import (
    ClaimCorrected,
    ClaimRecorded,
    ClaimRetracted,
    Exchange,
    ExchangeAgreed,
    ExchangeDeclaredComplete,
)
from domain.figures import Value
from domain.moments import announced, utc
from domain.timeline import Event


class AsOf(Value):
    """A point in an exchange's history: an event version, or an instant by recording or by announcement time."""

    version: int | None = Field(default=None, ge=1, strict=True)
    recorded_before: datetime | None = None
    announced_before: datetime | None = None

    @model_validator(mode="after")
    def _one_point(self) -> AsOf:
        given = [self.version, self.recorded_before, self.announced_before]
        if sum(value is not None for value in given) != 1:
            raise ValueError("name exactly one point: a version, a recorded-before or an announced-before instant")
        return self

    @property
    def label(self) -> str:
        """'as of version 5', 'as recorded before 2025-05-24 20:00 UTC', 'as announced before ...'."""
        if self.version is not None:
            return f"as of version {self.version}"
        if self.recorded_before is not None:
            return f"as recorded before {_instant(utc(self.recorded_before))}"
        return f"as announced before {_instant(utc(self.announced_before))}"


def as_of(events: Sequence[Event], point: AsOf) -> Exchange:
    """The exchange as it stood at `point`; refuses a point before anything was known of it."""
    if not events:
        raise InvalidInputError("the exchange has no history")
    if point.version is not None:
        if point.version > len(events):
            slug = events[0].agreement.slug if isinstance(events[0], ExchangeAgreed) else "the exchange"
            raise InvalidInputError(
                f"exchange {slug} has {len(events)} events; version {point.version} does not exist yet",
                "as_of_version",
            )
        return _from_start(events[: point.version])
    if point.recorded_before is not None:
        before = utc(point.recorded_before)
        known = [event for event in events if utc(event.timestamp) < before]
        if not known:
            first = _instant(utc(events[0].timestamp))
            raise InvalidInputError(
                f"nothing was recorded before {_instant(before)}: the exchange was first recorded at {first}",
                "recorded_before",
            )
        return _from_start(known)
    return _announced_before(events, utc(point.announced_before))


def version_at(events: Sequence[Event], point: AsOf) -> int:
    """The last version recorded at `point` (a version, or a recorded-before instant)."""
    if point.announced_before is not None:
        raise InvalidInputError(
            "a diff compares points in the recorded history: use versions or recorded instants", "announced_before"
        )
    return as_of(events, point).version


def replay(exchange: Exchange | None, events: Iterable[Event]) -> Exchange | None:
    """Apply stored events in order to the exchange they left (None before the first): every event of an exchange
    knows how to mutate it. The repository projects with it too."""
    for event in events:
        exchange = event.mutate(exchange)
    return exchange


def _from_start(events: Sequence[Event]) -> Exchange:
    exchange = replay(None, events)
    if exchange is None:
        raise TypeError("an exchange's history starts with ExchangeAgreed")
    return exchange


def _announced_before(events: Sequence[Event], before: datetime) -> Exchange:
    """Only what sources had announced by then, whenever it was recorded; versions stay those of the record.
    A statement not dated to the day counts by the rules of domain/dating.py, never by when it was imported."""
    first = events[0]
    if announced(first) >= before:
        raise InvalidInputError(
            f"the exchange was not announced before {_instant(before)} (first known {_instant(announced(first))})",
            "announced_before",
        )
    exchange = _from_start([first])
    for event, dated in zip(events[1:], datings(events)[1:], strict=True):
        if utc(dated.moment) >= before:
            continue
        if isinstance(event, ClaimCorrected | ClaimRetracted) and event.claim_id not in exchange.claims:
            continue
        event.apply(exchange)
        exchange.version = event.originator_version
        exchange.modified_on = event.timestamp
    return exchange


def dated_by_rule(events: Sequence[Event], point: AsOf) -> list[str]:
    """For an as-announced view, how each statement it takes in without a day of its own was dated:
    'v7 (TASS, whole exchange): undated; taken as of stage 3's date, the last dated stage (2025-05-25)'."""
    if point.announced_before is None:
        return []
    before = utc(point.announced_before)
    return [
        f"v{event.originator_version} ({_about(event)}): {dated.note}"
        for event, dated in zip(events, datings(events), strict=True)
        if dated.note is not None and utc(dated.moment) < before
    ]


def _about(event: Event) -> str:
    if isinstance(event, ClaimRecorded):
        where = "whole exchange" if event.claim.stage is None else f"stage {event.claim.stage}"
        return f"{event.claim.source.label}, {where}"
    if isinstance(event, ExchangeDeclaredComplete):
        return f"{event.source.label}, completion"
    return type(event).__name__


def _instant(moment: datetime | date) -> str:
    if isinstance(moment, datetime):
        return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return moment.isoformat()
