"""Figures that are not exact or not yet delivered, and dates completed from the day of publication."""

from __future__ import annotations

from datetime import date

import pytest

from adapters.dossier.loader import read_dossier
from adapters.extract.extractor import read_text
from adapters.extract.model import Bound
from adapters.extract.reading import EARLIER_EXCHANGE
from adapters.extract.snippet import Recording, plan_of, snippet
from domain.figures import Amount, Tier

RECORDING = Recording(exchange="x", stage=1, source="Ministry", tier=Tier.OFFICIAL)


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


def titled(proposal: str) -> str:
    """The proposal with the title a reviewer writes where the statement named no exchange."""
    return proposal.replace("title: unknown", "title: A reviewed statement")


def test_a_figure_expected_is_proposed_as_planned_not_as_delivered() -> None:
    [claim] = read_text("Ukraine expects 300 servicemen to come home tomorrow.").claims
    assert (claim.figures, claim.planned) == ({}, {"service:military": 300})


def test_what_version_1_cannot_hold_is_written_in_a_version_2_dossier_that_reads_back() -> None:
    extraction = read_text("Some 213 Ukrainians came home; 300 servicemen are expected to follow.")
    plan = read_dossier(titled(snippet(extraction, RECORDING)).replace("terms: unknown", "terms: all for all"))
    delivered, planned = plan.claims
    assert (delivered.planned, delivered.figures.total) == (False, Amount.about(213))
    assert (planned.planned, planned.figures.breakdowns[0].parts) == (True, {"military": 300})


def test_groups_in_addition_make_the_total_in_all_and_keep_the_count_exchanged_as_a_group() -> None:
    text = "Ukraine received 175 people. In addition, 22 severely wounded soldiers came home outside the exchange."
    [claim] = read_dossier(
        titled(snippet(read_text(text), RECORDING)).replace("terms: unknown", "terms: all for all")
    ).claims
    assert claim.figures.total == 197
    assert {(s.name, s.count, s.relation) for s in claim.figures.subsets} == {
        ("exchanged", 175, "among"),
        ("severely_wounded", 22, "in_addition"),
    }


def test_an_exact_statement_is_proposed_in_the_current_format() -> None:
    assert "format: recon-dossier/2" in snippet(read_text("Ukraine received 390 Ukrainians."), RECORDING)


def test_an_ordinal_and_a_count_over_the_war_are_notes_beside_the_claim() -> None:
    text = "In the 64th exchange, 84 Ukrainians came home. Since 2022, 5,857 people have been freed."
    [claim] = plan_of(read_text(text), RECORDING).claims
    assert [note.value for note in claim.notes] == ["64th", 5857]


def test_a_note_written_in_number_words_keeps_the_count_they_say() -> None:
    text = "Ten Ukrainians came home today. Almost two hundred people have come back since the war began."
    [claim] = plan_of(read_text(text), RECORDING).claims
    assert [note.value for note in claim.notes] == [200]


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


def test_each_claim_of_a_version_2_dossier_keeps_the_words_of_its_own_figures() -> None:
    text = "Some 213 Ukrainians came home on Friday, among them 120 civilians. 300 servicemen are expected next week."
    recording = Recording(exchange="x-for-x", stage=2, source="Ministry", tier=Tier.OFFICIAL)
    written = snippet(read_text(text), recording)
    assert "Not taken" not in written
    delivered, planned = read_dossier(titled(written).replace("terms: unknown", "terms: {each side: 500}")).claims
    assert delivered.provenance is not None
    assert planned.provenance is not None
    assert {span.figure for span in delivered.provenance.spans} == {"direction", "total", "service:civilian"}
    assert {span.figure for span in planned.provenance.spans} == {"direction", "service:military"}


def test_a_figure_for_both_directions_together_is_combined() -> None:
    [claim] = read_text("Kyiv and Moscow swapped 260 prisoners in a deal brokered by Qatar.").claims
    assert (claim.direction, claim.figures) == ("combined", {"total": 260})


def test_each_side_wins_over_a_combined_swap_in_the_same_clause() -> None:
    [claim] = read_text("The two sides swapped 130 prisoners each.").claims
    assert (claim.direction, claim.figures) == ("each side", {"total": 130})


def test_the_direction_comes_from_the_numbers_own_clause_before_the_rest_of_its_sentence() -> None:
    text = "Ukraine got back 64 soldiers, and the swap also covered 9 civilians from each side."
    directions = {figure.value: figure.direction for figure in read_text(text).headcounts}
    assert directions == {64: "to Ukraine", 9: "each side"}


@pytest.mark.parametrize(
    ("sentence", "quote", "reason"),
    [
        ("Russia holds 5,900 Ukrainians, Kyiv says; 64 Ukrainians came home.", "5,900", "a count of people held"),
        ("As of 2 March, 2,900 Ukrainians had come home; 64 more came home today.", "2,900", "a count over the whole"),
        ("Since the invasion, 2,900 Ukrainians have come home; 64 came home today.", "2,900", "a count over the whole"),
        ("In all, 4,200 Ukrainians have now come home; 64 came home today.", "4,200", "a count over the whole"),
    ],
)
def test_a_count_of_the_whole_war_or_of_people_held_is_set_aside(sentence: str, quote: str, reason: str) -> None:
    extraction = read_text(sentence)
    assert any(r.quote == quote and r.reason.startswith(reason) for r in extraction.rejected), extraction.rejected
    assert [figure.value for figure in extraction.headcounts] == [64]


def test_a_figure_of_a_day_too_far_back_to_be_a_stage_is_an_earlier_exchanges_set_aside() -> None:
    text = "On 12 March, 64 Ukrainians came home. On 2 March, 50 Ukrainians had come home."
    extraction = read_text(text, published=date(2025, 3, 12))
    assert [figure.value for figure in extraction.headcounts] == [64]
    assert any(r.quote == "50" and r.reason == EARLIER_EXCHANGE for r in extraction.rejected)


def test_without_a_day_in_the_lead_the_first_day_named_with_a_figure_is_the_stages() -> None:
    text = '64 Ukrainians came home. "On 12 March 64 servicemen came home," the ministry said.'
    extraction = read_text(text, published=date(2025, 3, 12))
    assert {figure.value for figure in extraction.headcounts} == {64}
    assert extraction.claims[0].took_place_on == date(2025, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "quote", "reason"),
    [
        (
            'They agreed "2000 for 2000" for the bodies of the fallen; 64 Ukrainians came home.',
            "2000 for 2000",
            "terms for",
        ),
        ("Kyiv keeps urging an exchange of all for all; 64 Ukrainians came home.", "all for all", "terms called for"),
        ('They agreed to swap soldiers on a "40 for 40" basis; 64 Ukrainians came home.', "40 for 40", "the manner of"),
    ],
)
def test_terms_for_bodies_called_for_or_a_manner_are_not_the_exchanges_terms(
    sentence: str, quote: str, reason: str
) -> None:
    extraction = read_text(sentence)
    assert extraction.terms is None
    assert any(r.quote == quote and r.reason.startswith(reason) for r in extraction.rejected), extraction.rejected


def test_a_count_over_the_exchanges_so_far_is_set_aside() -> None:
    extraction = read_text("64 Ukrainians came home today; 4,100 people have been freed in these exchanges.")
    assert [figure.value for figure in extraction.headcounts] == [64]


def test_a_list_of_branches_after_dashes_gives_each_branch() -> None:
    dash = "\u2013"
    text = (
        f"Of the 90 freed:\n41 {dash} National Guard,\n22 {dash} Naval Forces,\n17 {dash} Armed Forces,\n"
        f"10 {dash} State Border Guard Service."
    )
    [claim] = read_text(text, published=date(2025, 3, 1)).claims
    assert {key: value for key, value in claim.figures.items() if key.startswith("branch:")} == {
        "branch:national_guard": 41,
        "branch:navy": 22,
        "branch:armed_forces": 17,
        "branch:border_guard": 10,
    }


def test_a_party_freeing_people_from_captivity_brings_them_home() -> None:
    [claim] = read_text("Ukraine has freed 58 soldiers from Russian captivity.").claims
    assert (claim.direction, claim.figures) == ("to Ukraine", {"service:military": 58})


def test_a_party_releasing_people_without_another_cue_gives_them_to_the_other_side() -> None:
    [claim] = read_text("Russia released 58 soldiers.").claims
    assert (claim.direction, claim.figures) == ("to Ukraine", {"service:military": 58})


def test_prisoners_of_a_partys_armed_forces_go_to_that_party() -> None:
    [claim] = read_text("In return, 58 prisoners of war of Ukraine's armed forces were handed back.").claims
    assert claim.direction == "to Ukraine"


def test_an_each_side_figure_that_both_directions_give_is_not_counted_twice() -> None:
    text = "Each side got 70 servicemen back. 70 Russian servicemen came back and 70 Ukrainian servicemen came home."
    extraction = read_text(text)
    assert {claim.direction for claim in extraction.claims} == {"to Russia", "to Ukraine"}
    assert any(r.reason.startswith("each side's figure, given for each direction") for r in extraction.rejected)


def test_a_figure_of_an_earlier_exchange_is_set_aside() -> None:
    extraction = read_text("64 Ukrainians came home. The previous swap, in May, saw 95 Ukrainians come home.")
    assert [figure.value for figure in extraction.headcounts] == [64]
    assert any(r.quote == "95" and r.reason == "about an earlier exchange, not this one" for r in extraction.rejected)


def test_the_day_of_the_lead_is_the_stages_day_even_when_its_sentence_names_no_verb_of_return() -> None:
    text = "In the swap with Russia on Friday, 7 March, Ukraine brought 41 defenders home."
    [claim] = read_text(text, published=date(2025, 3, 7)).claims
    assert claim.took_place_on == date(2025, 3, 7)


def test_a_day_announced_ahead_of_the_publication_is_never_the_stages_day_but_today_is() -> None:
    text = "The sides will swap 500 prisoners each on 9 June. 41 Ukrainians came home today."
    extraction = read_text(text, published=date(2025, 6, 4))
    assert {claim.took_place_on for claim in extraction.claims} == {date(2025, 6, 4)}
    assert any(r.quote == "9 June" and r.reason.startswith("a day after the publication") for r in extraction.rejected)


def test_ranks_singled_out_are_groups_of_their_own() -> None:
    [claim] = read_text("Ukraine got back 60 soldiers: 7 officers and 53 privates and sergeants.").claims
    assert claim.figures == {
        "service:military": 60,
        "subset:officers": 7,
        "subset:privates_and_sergeants": 53,
    }


def test_a_rounded_count_that_an_exact_one_of_the_same_direction_restates_is_set_aside() -> None:
    extraction = read_text("Over 100 Ukrainian soldiers are home. The 116 Ukrainians freed include medics.")
    assert [(f.figure, f.value, f.bound) for f in extraction.headcounts] == [("service:military", 116, None)]
    assert any(r.quote == "100" and r.reason.startswith("an approximate service:military") for r in extraction.rejected)


def test_its_own_people_belong_to_the_party_that_speaks() -> None:
    text = "Moscow said it handed over 95 Ukrainian prisoners and got 95 of its own servicemen back."
    directions = sorted((f.direction, f.figure) for f in read_text(text).headcounts)
    assert directions == [("to Russia", "service:military"), ("to Ukraine", "total")]


def test_the_day_before_the_publication_named_with_figures_is_the_stages_when_the_lead_names_none() -> None:
    text = "64 Ukrainians came home. The exchange, held on 11 March, freed 30 soldiers and 34 civilians."
    [claim] = read_text(text, published=date(2025, 3, 12)).claims
    assert claim.took_place_on == date(2025, 3, 11)
    assert claim.figures == {"total": 64, "service:military": 30, "service:civilian": 34}


def test_a_receiver_named_right_after_the_people_wins_over_the_clauses_subject() -> None:
    text = "Russia has brought home 205 servicemen and has handed over another 205 prisoners of war to Ukraine."
    directions = sorted(f.direction or "" for f in read_text(text).headcounts)
    assert directions == ["to Russia", "to Ukraine"]


def test_prisoners_of_the_armed_forces_named_by_adjective_belong_to_that_party() -> None:
    [claim] = read_text("In return, 58 prisoners of war of the Ukrainian armed forces were handed over.").claims
    assert claim.direction == "to Ukraine"


def test_a_number_in_brackets_after_the_people_it_counts_is_their_figure_in_english() -> None:
    [claim] = read_text("Ukraine got back 230 people. Most are men (225).").claims
    assert claim.figures == {"total": 230, "sex:men": 225}


def test_people_of_a_party_named_in_the_possessive_are_that_partys() -> None:
    [claim] = read_text("185 of Ukraine's military personnel have come home.").claims
    assert (claim.direction, claim.figures) == ("to Ukraine", {"service:military": 185})


def test_an_abbreviated_month_does_not_end_the_sentence() -> None:
    extraction = read_text("64 Ukrainians came home. In the previous exchange, on Dec. 31, 140 Ukrainians were freed.")
    assert [figure.value for figure in extraction.headcounts] == [64]
    assert any(r.quote == "140" and r.reason == "about an earlier exchange, not this one" for r in extraction.rejected)


def test_a_difference_between_two_counts_is_not_a_count() -> None:
    extraction = read_text("64 Ukrainians came home; this year 356 more people came home than last year.")
    assert [figure.value for figure in extraction.headcounts] == [64]
    assert any(r.quote == "356" and r.reason.startswith("a difference between two counts") for r in extraction.rejected)


def test_a_group_freed_on_top_of_the_exchange_is_counted_in_addition() -> None:
    text = (
        "Ukraine got back 175 soldiers. "
        "Moscow said it had freed 22 more severely wounded Ukrainian captives as a goodwill gesture."
    )
    claims = {claim.direction: claim for claim in read_text(text).claims}
    assert claims["to Ukraine"].figures == {"service:military": 175}
    assert claims["to Ukraine"].added == {"subset:severely_wounded": 22}
