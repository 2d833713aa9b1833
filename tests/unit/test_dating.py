"""Statements not dated to the day: as-of views date them by a documented rule and say so, never by the import."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import cast

from domain.dating import datings
from domain.exchange import Exchange
from domain.figures import Source, Tier
from domain.history import AsOf, as_of, dated_by_rule
from domain.timeline import Event, timeline
from tests.builders import MINISTRY, agreement, claim, figures

IMPORTED = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
"""Long after the exchange: an undated claim must never be dated by this."""
UNDATED = Source(name="Interfax-Ukraine", tier=Tier.ESTABLISHED_MEDIA)
MONTH = Source.model_validate({"name": "Censor.NET", "tier": "established_media", "published": "2025-05"})


def history(*claims: tuple[int | None, Source, date | None]) -> list[Event]:
    """The '1,000 for 1,000' agreement and `claims` (stage, source, day it took place), all imported at once."""
    exchange = Exchange.agree(agreement())
    for stage, source, day in claims:
        exchange.record(claim(stage, figures(390 if stage else 1000), source=source, took_place_on=day))
    return [event.model_copy(update={"timestamp": IMPORTED}) for event in cast(list[Event], exchange.collect_events())]


def before(day: int) -> AsOf:
    return AsOf(announced_before=datetime(2025, 5, day, tzinfo=UTC))


def test_an_undated_whole_exchange_claim_counts_from_the_last_dated_stage_not_the_import() -> None:
    events = history(
        (1, MINISTRY, date(2025, 5, 23)),
        (3, MINISTRY.model_copy(update={"published": date(2025, 5, 25)}), date(2025, 5, 25)),
        (None, UNDATED, None),
    )
    whole = datings(events)[-1]
    assert whole.moment == date(2025, 5, 25)
    assert whole.note == "undated; taken as of stage 3's date, the last dated stage (2025-05-25)"
    assert len(as_of(events, before(26)).claims) == 3
    assert len(as_of(events, before(25)).claims) == 1
    assert dated_by_rule(events, before(26)) == [
        "v4 (Interfax-Ukraine, whole exchange): undated; taken as of stage 3's date, the last dated stage (2025-05-25)"
    ]


def test_an_undated_stage_claim_counts_from_its_stages_date_given_by_another_claim() -> None:
    events = history((1, MINISTRY, date(2025, 5, 23)), (1, UNDATED, None))
    assert datings(events)[-1].note == "undated; taken as of stage 1's date (2025-05-23)"
    assert len(as_of(events, before(24)).claims) == 2


def test_a_month_dated_claim_counts_from_its_stages_date_within_that_month() -> None:
    events = history((1, MINISTRY, date(2025, 5, 23)), (1, MONTH, None))
    dated = datings(events)[-1]
    assert (dated.moment, dated.note) == (
        date(2025, 5, 23),
        "published 2025-05; taken as of stage 1's date (2025-05-23)",
    )
    assert len(as_of(events, before(23)).claims) == 0
    assert len(as_of(events, before(24)).claims) == 2


def test_a_month_dated_claim_with_no_stage_date_counts_from_the_months_first_day() -> None:
    events = history((2, MONTH, None))
    dated = datings(events)[-1]
    assert (dated.moment, dated.note) == (date(2025, 5, 1), "published 2025-05; taken as of its first day (2025-05-01)")


def test_with_no_dated_stage_an_undated_claim_counts_from_the_agreement() -> None:
    events = history((None, UNDATED, None))
    dated = datings(events)[-1]
    assert dated.moment == date(2025, 5, 16)
    assert dated.note == "undated; taken as of the agreement's announcement"


def test_the_timeline_shows_the_dating_it_used() -> None:
    events = history((1, MINISTRY, date(2025, 5, 23)), (None, UNDATED, None))
    steps = [step for step, _ in timeline(events)]
    assert steps[-1].announced_at == date(2025, 5, 23)
    assert steps[-1].dated == "undated; taken as of stage 1's date, the last dated stage (2025-05-23)"
    assert steps[1].dated is None
