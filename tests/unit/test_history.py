"""What was known when: the exchange as of a version, a recording instant or an announcement instant."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import cast

import pytest
from pydantic import ValidationError

from domain.errors import InvalidInputError
from domain.exchange import Exchange
from domain.figures import Quantity, Source, Tier
from domain.history import AsOf, as_of, version_at
from domain.moments import announced, utc
from domain.timeline import Event
from tests.builders import MINISTRY, PRAVDA, TASS, agreement, claim, figures, stage_one

LIGA = Source(name="LIGA.net", tier=Tier.ESTABLISHED_MEDIA, published=date(2025, 5, 24))
CENSOR = Source(name="Censor.NET", tier=Tier.ESTABLISHED_MEDIA, published=date(2025, 5, 24))
CENSOR_SUNDAY = Source(name="Censor.NET", tier=Tier.ESTABLISHED_MEDIA, published=date(2025, 5, 25))
KYIV = timezone(timedelta(hours=3))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """An instant in May 2025, in UTC."""
    return datetime(2025, 5, day, hour, minute, tzinfo=UTC)


def stamped(exchange: Exchange, *recorded: datetime) -> list[Event]:
    """The exchange's pending events, each recorded at the instant given, in order."""
    events = cast(list[Event], exchange.collect_events())
    assert len(events) == len(recorded), f"{len(events)} events, {len(recorded)} instants"
    return [event.model_copy(update={"timestamp": moment}) for event, moment in zip(events, recorded, strict=True)]


@pytest.fixture
def three_days() -> list[Event]:
    """Agreed on 16 May; one announcement on each of 23, 24 and 25 May, recorded that evening; LIGA.net's 308.

    LIGA.net published its 308 for stage 2 on 24 May, and the desk recorded it on 27 May, after stage 3.
    """
    exchange = Exchange.agree(agreement())
    exchange.record(stage_one())
    exchange.record(claim(2, figures(307), source=CENSOR, took_place_on=date(2025, 5, 24)))
    exchange.record(claim(3, figures(303), source=CENSOR_SUNDAY, took_place_on=date(2025, 5, 25)))
    exchange.record(claim(2, figures(308), source=LIGA, took_place_on=date(2025, 5, 24)))
    return stamped(exchange, at(16, 18), at(23, 19), at(24, 19), at(25, 19), at(27, 10))


def totals(exchange: Exchange) -> dict[int | None, list[Quantity | None]]:
    """Each stage's totals as the claims that count give them."""
    found: dict[int | None, list[Quantity | None]] = {}
    for state in exchange.claims.values():
        if state.active:
            found.setdefault(state.claim.stage, []).append(state.claim.figures.total)
    return found


def test_as_of_a_version_is_the_exchange_its_first_events_left(three_days: list[Event]) -> None:
    exchange = as_of(three_days, AsOf(version=3))
    assert exchange.version == 3
    assert totals(exchange) == {1: [390], 2: [307]}


def test_as_of_the_last_version_is_the_whole_record(three_days: list[Event]) -> None:
    assert totals(as_of(three_days, AsOf(version=5))) == {1: [390], 2: [307, 308], 3: [303]}


def test_as_of_a_version_not_yet_recorded_is_refused(three_days: list[Event]) -> None:
    with pytest.raises(
        InvalidInputError, match="exchange 1000-for-1000 has 5 events; version 6 does not exist yet"
    ) as refused:
        as_of(three_days, AsOf(version=6))
    assert refused.value.field == "as_of_version"


def test_an_exchange_without_history_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="no history"):
        as_of([], AsOf(version=1))


def test_as_recorded_before_an_instant_holds_only_what_was_recorded_before_it(three_days: list[Event]) -> None:
    exchange = as_of(three_days, AsOf(recorded_before=at(24, 20)))
    assert exchange.version == 3
    assert totals(exchange) == {1: [390], 2: [307]}


def test_an_event_recorded_at_the_very_instant_is_not_before_it(three_days: list[Event]) -> None:
    assert as_of(three_days, AsOf(recorded_before=at(24, 19))).version == 2


def test_a_recording_instant_without_a_zone_is_utc(three_days: list[Event]) -> None:
    naive = datetime(2025, 5, 24, 19, 0, 1)
    assert as_of(three_days, AsOf(recorded_before=naive)).version == 3


def test_a_recording_instant_in_another_zone_is_compared_as_the_same_instant(three_days: list[Event]) -> None:
    assert as_of(three_days, AsOf(recorded_before=datetime(2025, 5, 24, 22, 1, tzinfo=KYIV))).version == 3


def test_as_recorded_before_anything_was_recorded_is_refused_saying_when_it_first_was(three_days: list[Event]) -> None:
    with pytest.raises(InvalidInputError) as refused:
        as_of(three_days, AsOf(recorded_before=at(16, 17)))
    assert refused.value.field == "recorded_before"
    assert refused.value.message == (
        "nothing was recorded before 2025-05-16 17:00 UTC: the exchange was first recorded at 2025-05-16 18:00 UTC"
    )


def test_a_claim_published_on_24_may_but_recorded_on_27_may_is_in_the_24_may_picture_by_announcement_time(
    three_days: list[Event],
) -> None:
    exchange = as_of(three_days, AsOf(announced_before=at(24, 20)))
    assert totals(exchange) == {1: [390], 2: [307, 308]}
    assert exchange.version == 5


def test_the_same_late_claim_is_not_in_the_24_may_picture_by_recording_time(three_days: list[Event]) -> None:
    by_recording = as_of(three_days, AsOf(recorded_before=at(26, 0)))
    assert totals(by_recording) == {1: [390], 2: [307], 3: [303]}
    assert by_recording.version == 4


def test_as_announced_before_the_agreement_is_refused(three_days: list[Event]) -> None:
    with pytest.raises(InvalidInputError) as refused:
        as_of(three_days, AsOf(announced_before=at(15, 12)))
    assert refused.value.field == "announced_before"
    assert refused.value.message == (
        "the exchange was not announced before 2025-05-15 12:00 UTC (first known 2025-05-16 00:00 UTC)"
    )


def test_a_correction_counts_from_its_own_announcement_not_from_the_claims() -> None:
    exchange = Exchange.agree(agreement())
    ministry_claim = exchange.record(stage_one())
    exchange.correct(ministry_claim, figures(391), reason="typo", by="desk", announced_at=at(24, 9))
    events = stamped(exchange, at(16, 18), at(23, 19), at(24, 10))
    assert as_of(events, AsOf(announced_before=at(24, 0))).claims[ministry_claim].claim.figures.total == 390
    assert as_of(events, AsOf(announced_before=at(24, 12))).claims[ministry_claim].claim.figures.total == 391


def test_a_correction_of_a_claim_not_yet_announced_is_left_out_with_it() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(stage_one())
    later = exchange.record(claim(3, figures(303), source=CENSOR_SUNDAY))
    exchange.correct(later, figures(304), reason="recount", by="desk", announced_at=at(24, 9))
    events = stamped(exchange, at(16, 18), at(23, 19), at(25, 19), at(25, 20))
    exchange_then = as_of(events, AsOf(announced_before=at(24, 12)))
    assert totals(exchange_then) == {1: [390]}
    assert exchange_then.version == 2


def test_a_retraction_counts_from_when_it_was_recorded_when_it_gives_no_date() -> None:
    exchange = Exchange.agree(agreement())
    ministry_claim = exchange.record(stage_one())
    exchange.retract(ministry_claim, reason="withdrawn", by="desk")
    events = stamped(exchange, at(16, 18), at(23, 19), at(26, 9))
    assert exchange_claims_active(as_of(events, AsOf(announced_before=at(26, 0)))) == [True]
    assert exchange_claims_active(as_of(events, AsOf(announced_before=at(26, 10)))) == [False]


def exchange_claims_active(exchange: Exchange) -> list[bool]:
    """Whether each claim still counts."""
    return [state.active for state in exchange.claims.values()]


def test_a_publication_date_counts_from_the_start_of_that_day_in_utc(three_days: list[Event]) -> None:
    assert announced(three_days[2]) == datetime(2025, 5, 24, 0, 0, tzinfo=UTC)


def test_an_announcement_time_keeps_its_zone() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(stage_one(), announced_at=datetime(2025, 5, 23, 23, 30, tzinfo=KYIV))
    events = stamped(exchange, at(16, 18), at(24, 9))
    assert announced(events[1]) == at(23, 20, 30)


def test_an_announcement_time_without_a_zone_is_utc() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(stage_one(), announced_at=datetime(2025, 5, 23, 18, 0))
    events = stamped(exchange, at(16, 18), at(24, 9))
    assert announced(events[1]) == at(23, 18)


def test_a_claim_whose_source_gives_no_date_counts_from_the_day_its_stage_took_place() -> None:
    undated = MINISTRY.model_copy(update={"published": None})
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), source=undated, took_place_on=date(2025, 5, 23)))
    events = stamped(exchange, at(16, 18), at(27, 10))
    assert announced(events[1]) == at(23, 0)


def test_a_claim_with_neither_date_counts_from_when_it_was_recorded() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), source=PRAVDA))
    events = stamped(exchange, at(16, 18), at(27, 10))
    assert announced(events[1]) == at(27, 10)


def test_the_agreement_counts_from_the_day_it_was_agreed() -> None:
    events = stamped(Exchange.agree(agreement()), at(20, 9))
    assert announced(events[0]) == at(16, 0)


def test_an_agreement_without_a_date_counts_from_when_its_source_published_it() -> None:
    reported = TASS.model_copy(update={"published": date(2025, 5, 17)})
    undated = agreement().model_copy(update={"agreed_on": None, "source": reported})
    events = stamped(Exchange.agree(undated), at(20, 9))
    assert announced(events[0]) == at(17, 0)


def test_an_agreement_with_no_date_at_all_counts_from_when_it_was_recorded() -> None:
    undated = agreement().model_copy(update={"agreed_on": None})
    events = stamped(Exchange.agree(undated), at(20, 9))
    assert announced(events[0]) == at(20, 9)


def test_an_acknowledgement_counts_from_when_it_was_recorded() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(stage_one())
    exchange.acknowledge("breakdown-sum/1/to Ukraine/service", "0123456789abcdef", "desk", "seen")
    events = stamped(exchange, at(16, 18), at(23, 19), at(28, 8))
    assert announced(events[2]) == at(28, 8)


def test_a_completion_counts_from_when_its_source_published_it() -> None:
    exchange = Exchange.agree(agreement())
    exchange.declare_complete(CENSOR_SUNDAY)
    events = stamped(exchange, at(16, 18), at(26, 9))
    assert announced(events[1]) == at(25, 0)


def test_version_at_a_version_or_a_recording_instant_is_the_last_version_by_then(three_days: list[Event]) -> None:
    assert version_at(three_days, AsOf(version=4)) == 4
    assert version_at(three_days, AsOf(recorded_before=at(25, 20))) == 4


def test_version_at_an_announcement_instant_is_refused(three_days: list[Event]) -> None:
    with pytest.raises(InvalidInputError, match="use versions or recorded instants") as refused:
        version_at(three_days, AsOf(announced_before=at(24, 20)))
    assert refused.value.field == "announced_before"


@pytest.mark.parametrize(
    "points",
    [{}, {"version": 2, "recorded_before": at(24, 0)}, {"recorded_before": at(24, 0), "announced_before": at(24, 0)}],
)
def test_a_point_names_exactly_one_of_version_recorded_and_announced(points: dict[str, object]) -> None:
    with pytest.raises(ValidationError, match="name exactly one point"):
        AsOf.model_validate(points)


@pytest.mark.parametrize("version", [0, -1])
def test_a_version_below_1_is_no_point(version: int) -> None:
    with pytest.raises(ValidationError):
        AsOf(version=version)


@pytest.mark.parametrize(
    ("point", "label"),
    [
        (AsOf(version=5), "as of version 5"),
        (AsOf(recorded_before=at(24, 20)), "as recorded before 2025-05-24 20:00 UTC"),
        (
            AsOf(announced_before=datetime(2025, 5, 24, 23, 0, tzinfo=KYIV)),
            "as announced before 2025-05-24 20:00 UTC",
        ),
        (AsOf(announced_before=datetime(2025, 5, 24, 20, 0)), "as announced before 2025-05-24 20:00 UTC"),
    ],
)
def test_a_point_is_labelled_in_utc(point: AsOf, label: str) -> None:
    assert point.label == label


@pytest.fixture
def kyiv_local_time() -> Iterator[None]:
    """The machine's local zone is Kyiv's for the test, and what it was afterwards."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Europe/Kyiv")
        clock.tzset()
        yield
    clock.tzset()


@pytest.mark.usefixtures("kyiv_local_time")
@pytest.mark.parametrize("field", ["recorded_before", "announced_before"])
def test_a_point_without_a_zone_is_labelled_as_the_utc_instant_it_is_compared_as(field: str) -> None:
    point = AsOf.model_validate({field: datetime(2025, 5, 24, 20, 0)})
    assert point.label.endswith("before 2025-05-24 20:00 UTC")


def test_no_instant_is_no_point() -> None:
    with pytest.raises(InvalidInputError, match="no instant given"):
        utc(None)


def test_a_date_alone_is_the_start_of_that_day_in_utc() -> None:
    assert utc(date(2025, 5, 24)) == at(24, 0)
