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


@pytest.mark.parametrize("width", [44, 64, 80, 100])
def test_on_a_narrow_terminal_a_slug_is_neither_cut_nor_wrapped(width: int) -> None:
    lines = plain(listing_view(shipped()), width).splitlines()
    assert all(len(line) <= width for line in lines)
    starts = {line.split(" ")[0] for line in lines}
    assert {item.slug for item in shipped()} <= starts
    assert not any("…" in line for line in lines)


def test_columns_are_left_out_least_useful_first_and_the_list_says_which() -> None:
    assert plain(listing_view(shipped()), 100).startswith("10 exchanges (left out at this width: Parties)\n")
    at_80 = plain(listing_view(shipped()), 80).splitlines()
    assert at_80[0] == "10 exchanges (left out at this width: Parties, Version, Claims)"
    assert "Title" in at_80[2]
    assert "Verdict" in at_80[2]


def test_below_the_slugs_verdicts_and_findings_each_exchange_is_a_slug_with_its_verdict_under_it() -> None:
    lines = plain(listing_view(shipped()), 40).splitlines()
    assert lines[1:3] == ["1000-for-1000", "  1,000 for 1,000: reconciles, 0 open"]


def test_at_120_columns_the_titles_get_the_room_left() -> None:
    lines = plain(listing_view(shipped()), 120).splitlines()
    assert _title_width(lines) >= 24
    assert any("Easter 2025, 246 for 246 " in line for line in lines)


def test_a_wide_terminal_shows_each_exchange_on_one_line() -> None:
    lines = plain(listing_view(shipped()), 200).splitlines()
    assert len(lines) == 3 + len(shipped())  # the count, the header and its rule, one line each
