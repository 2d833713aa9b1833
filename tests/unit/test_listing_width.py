"""`recon list` as text: the titles get the room the fixed columns leave, a slug is never wrapped, and every line
fits the width."""

from __future__ import annotations

import pytest

from adapters.reports.overview import listing_view
from adapters.reports.text import plain
from domain.listing import ExchangeListing, listing_of
from tests.unit.test_casebook_measure import reports


def shipped() -> list[ExchangeListing]:
    return [listing_of(report) for report in reports().values()]


def _title_width(lines: list[str]) -> int:
    header = next(line for line in lines if line.startswith("Exchange"))
    return header.index("Parties") - header.index("Title")


@pytest.mark.parametrize("width", [120, 160])
def test_every_slug_stays_whole_on_one_line_and_every_line_fits(width: int) -> None:
    lines = plain(listing_view(shipped()), width).splitlines()
    assert all(len(line) <= width for line in lines)
    for item in shipped():
        assert any(line.startswith(f"{item.slug} ") for line in lines), item.slug


@pytest.mark.parametrize("width", [80, 100])
def test_on_a_narrow_terminal_a_slug_is_cut_short_never_wrapped(width: int) -> None:
    lines = plain(listing_view(shipped()), width).splitlines()
    assert all(len(line) <= width for line in lines)
    starts = [line.split(" ")[0] for line in lines if line[:1].isalnum()]
    for item in shipped():
        assert any(start == item.slug or item.slug.startswith(start.removesuffix("…")) for start in starts)
    assert not any(line.startswith(("-", "wounded", "bodies")) for line in lines)  # no slug's tail on a line


def test_at_120_columns_the_titles_get_the_room_left() -> None:
    lines = plain(listing_view(shipped()), 120).splitlines()
    assert _title_width(lines) >= 24
    assert any("Easter 2025, 246 for 246 " in line for line in lines)


def test_a_wide_terminal_shows_each_exchange_on_one_line() -> None:
    lines = plain(listing_view(shipped()), 200).splitlines()
    assert len(lines) == 3 + len(shipped())  # the count, the header and its rule, one line each
