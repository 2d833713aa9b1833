"""Figures that are not exact or not yet delivered, and dates completed from the day of publication."""

from __future__ import annotations

from datetime import date

import pytest

from adapters.dossier.loader import read_dossier
from adapters.extract.extractor import read_text
from adapters.extract.model import Bound
from adapters.extract.snippet import Recording, snippet
from domain.figures import Tier


@pytest.mark.parametrize(
    ("sentence", "relation", "value"),
    [
        ("Some 213 Ukrainians came home on Friday.", "about", 213),
        ("More than 500 Ukrainians came home on Friday.", "at least", 501),
        ("At least 40 Ukrainians came home on Friday.", "at least", 40),
        ("Up to 250 Ukrainians came home on Friday.", "at most", 250),
        ("Fewer than 30 Ukrainians came home on Friday.", "at most", 29),
    ],
)
def test_an_approximate_count_is_proposed_as_a_bound_not_as_an_exact_figure(
    sentence: str, relation: str, value: int
) -> None:
    [claim] = read_text(sentence).claims
    assert claim.figures == {}
    assert claim.bounds == {"total": Bound(relation=relation, value=value)}


def test_a_figure_handed_over_is_exact_although_over_is_a_bound_word() -> None:
    [claim] = read_text("Russia handed over 84 Ukrainians on Friday.").claims
    assert claim.figures == {"total": 84}


def test_the_exact_figure_wins_over_a_rounded_one_of_the_same_kind() -> None:
    extraction = read_text("About 400 Ukrainians came home. Ukraine received 390 Ukrainians.")
    [claim] = extraction.claims
    assert (claim.figures, claim.bounds) == ({"total": 390}, {})
    assert any(r.quote == "400" and r.reason.startswith("an approximate total") for r in extraction.rejected)


def test_a_figure_expected_is_proposed_as_planned_not_as_delivered() -> None:
    [claim] = read_text("Ukraine expects 300 servicemen to come home tomorrow.").claims
    assert (claim.figures, claim.planned) == ({}, {"service:military": 300})


def test_the_dossier_lists_what_its_format_cannot_hold() -> None:
    [claim] = read_text("Some 213 Ukrainians came home; 300 servicemen are expected to follow.").claims
    assert claim.not_held() == [
        "total about 213: not an exact count",
        "service:military 300 planned: not yet delivered",
    ]


def test_a_day_and_month_take_the_year_of_the_publication() -> None:
    [claim] = read_text("On 24 May, 307 Ukrainians came home.", published=date(2025, 5, 25)).claims
    assert claim.took_place_on == date(2025, 5, 24)


def test_a_day_later_in_the_year_than_the_publication_belongs_to_the_year_before() -> None:
    [claim] = read_text("On 30 December, 140 Ukrainians came home.", published=date(2023, 1, 3)).claims
    assert claim.took_place_on == date(2022, 12, 30)


def test_without_a_publication_day_a_date_without_year_is_left_aside() -> None:
    extraction = read_text("On 24 May, 307 Ukrainians came home.")
    assert extraction.claims[0].took_place_on is None
    assert any(r.quote == "24 May" for r in extraction.rejected)


def test_a_dossier_written_from_bounds_and_planned_figures_stays_a_valid_version_one_dossier() -> None:
    text = "Some 213 Ukrainians came home on Friday, among them 120 civilians. 300 servicemen are expected next week."
    recording = Recording(exchange="x-for-x", stage=2, source="Ministry", tier=Tier.OFFICIAL)
    written = snippet(read_text(text), recording)
    assert "# Not taken, to Ukraine: total about 213: not an exact count" in written
    assert "# Not taken, to Ukraine: service:military 300 planned: not yet delivered" in written
    [claim] = read_dossier(written.replace("terms: unknown", "terms: {each side: 500}")).claims
    assert claim.figures.total is None
    assert claim.provenance is not None
    assert {span.figure for span in claim.provenance.spans} == {"direction", "service:civilian"}
