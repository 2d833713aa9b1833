"""When an as-of view takes a statement to have been made, when its source does not say to the day.

The rules, in order, for a claim (and a declaration of completion):
- announced at a day or an instant: then;
- published in a month or a year only: the first day it can have been published, that is its stage's date when
  that falls within the month or year (a report of a stage comes out once the stage took place), else the period's
  first day;
- undated: the day it says its stage took place, else its stage's date as the rest of the history gives it; a claim
  about the whole exchange (and a declaration of completion) from the exchange's last dated stage; with no dated stage
  at all, from the agreement's own announcement.
Never from the moment it was imported. Each dating by rule carries a note saying so, which the views show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from domain.exchange import ClaimRecorded, ExchangeAgreed, ExchangeDeclaredComplete
from domain.figures import Moment, Source
from domain.moments import Event, announcement


@dataclass(frozen=True, slots=True)
class Dated:
    """When an event counts as announced, and how that was decided when the source did not say to the day."""

    moment: Moment
    note: str | None = None
    """'undated; taken as of stage 3's date (2025-05-25)'; None when the source gave the day."""


def datings(events: Sequence[Event]) -> list[Dated]:
    """Each event's dating, in the order of `events`."""
    stages = _stage_dates(events)
    last = None
    if stages:
        number, day = max(stages.items(), key=lambda item: (item[1], item[0]))
        last = (f"stage {number}'s date, the last dated stage", day)
    opening = announcement(events[0]) if events and isinstance(events[0], ExchangeAgreed) else None
    found = []
    for event in events:
        if isinstance(event, ClaimRecorded):
            claim = event.claim
            own = last if claim.stage is None else _stage_day(claim.stage, claim.stage_day, stages)
            dated = _stated(claim.source, event.announced_at, own, opening)
        elif isinstance(event, ExchangeDeclaredComplete):
            dated = _stated(event.source, event.announced_at, last, opening)
        else:
            dated = Dated(announcement(event))
        found.append(dated or Dated(event.timestamp))
    return found


def _stage_dates(events: Sequence[Event]) -> dict[int, date]:
    """The earliest day any claim of the history gives for each stage."""
    found: dict[int, date] = {}
    for event in events:
        if isinstance(event, ClaimRecorded) and event.claim.stage is not None and event.claim.stage_day:
            stage, day = event.claim.stage, event.claim.stage_day
            found[stage] = min(day, found.get(stage, day))
    return found


def _stage_day(stage: int, took_place_on: date | None, stages: dict[int, date]) -> tuple[str, date] | None:
    if took_place_on is not None:
        return f"the day it says stage {stage} took place", took_place_on
    if stage in stages:
        return f"stage {stage}'s date", stages[stage]
    return None


def _stated(
    source: Source, announced_at: Moment | None, own: tuple[str, date] | None, opening: Moment | None
) -> Dated | None:
    precision = source.published_precision
    if announced_at is not None and (precision in (None, "day") or announced_at != source.published):
        return Dated(announced_at)
    if announced_at is not None:
        return _in_period(announced_at, source, own)
    if own is not None:
        return Dated(own[1], f"undated; taken as of {own[0]} ({own[1].isoformat()})")
    if opening is not None:
        return Dated(opening, "undated; taken as of the agreement's announcement")
    return None


def _in_period(start: date, source: Source, own: tuple[str, date] | None) -> Dated:
    written = source.published_as_written
    if own is not None and start <= own[1] <= _period_end(start, source.published_precision == "year"):
        return Dated(own[1], f"published {written}; taken as of {own[0]} ({own[1].isoformat()})")
    return Dated(start, f"published {written}; taken as of its first day ({start.isoformat()})")


def _period_end(start: date, year: bool) -> date:
    if year:
        return date(start.year, 12, 31)
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - timedelta(days=1)
