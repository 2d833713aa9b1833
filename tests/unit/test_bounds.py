"""Every value a claim can carry reads back from JSON as it was written; values that could not are refused."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import orjson
import pytest
from pydantic import ValidationError

from domain.exchange import Claim
from domain.figures import MAX_COUNT, MAX_STAGE, Figures, Source, Tier
from tests.builders import MINISTRY, claim, figures


def test_the_largest_count_and_stage_are_accepted_and_one_more_is_refused() -> None:
    assert claim(MAX_STAGE, figures(MAX_COUNT)).figures.total == MAX_COUNT
    with pytest.raises(ValidationError, match="less than or equal to 100000000"):
        Figures(total=MAX_COUNT + 1)
    with pytest.raises(ValidationError, match="less than or equal to 100000"):
        claim(MAX_STAGE + 1, figures(1))


@pytest.mark.parametrize("field", ["url", "relays"])
def test_text_with_a_lone_surrogate_is_refused(field: str) -> None:
    with pytest.raises(ValidationError, match="lone surrogate"):
        Source.model_validate({"name": "TASS", "tier": Tier.OFFICIAL, field: "a\udcffb"})


def test_a_zone_offset_in_seconds_is_refused() -> None:
    odd = datetime(2025, 5, 24, 10, tzinfo=timezone(timedelta(seconds=30)))
    with pytest.raises(ValidationError, match="whole number of minutes"):
        Source(name="TASS", tier=Tier.OFFICIAL, published=odd)


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31)])
def test_dates_at_the_ends_of_the_calendar_are_refused(day: date) -> None:
    with pytest.raises(ValidationError, match="a date between 1000-01-01 and 9998-12-31"):
        claim(1, figures(1), took_place_on=day)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2025, 5, 24),
        datetime(2025, 5, 24, tzinfo=UTC),
        datetime(2025, 5, 24, tzinfo=timezone(timedelta(hours=5))),
    ],
)
def test_an_instant_at_midnight_reads_back_as_an_instant_not_a_day(moment: datetime) -> None:
    source = MINISTRY.model_copy(update={"published": moment})
    written = claim(1, figures(1), source=source)
    back = Claim.model_validate(orjson.loads(written.model_dump_json()))
    assert back == written
    assert isinstance(back.source.published, datetime)
