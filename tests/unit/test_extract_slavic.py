"""Reading Ukrainian and Russian statements: inflected head nouns by lemma, who received whom from the sentence."""

from __future__ import annotations

import sys
from datetime import date

import pytest

from adapters.extract.extractor import read_text
from adapters.extract.model import Bound
from adapters.extract.morphology import language_of


def figures(text: str) -> dict[str | None, dict[str, int]]:
    return {claim.direction: claim.figures for claim in read_text(text).claims}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Україна повернула додому 52 військових.", "uk"),
        ("Россия вернула 52 военных.", "ru"),
        ("Ukraine brought home 52 soldiers.", "en"),
    ],
)
def test_the_language_is_told_by_its_letters(text: str, language: str) -> None:
    assert language_of(text) == language


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Додому повернулися 61 військовополонений.", "service:military"),
        ("Додому повернулися 61 військовополонених.", "service:military"),
        ("Вдалося повернути 61 захисника.", "service:military"),
        ("Додому повернулися 61 цивільних.", "service:civilian"),
        ("Серед звільнених – 61 жінка.", "sex:women"),
        ("Домой вернулись 61 военнослужащий.", "service:military"),
        ("Домой вернулись 61 военнопленного.", "service:military"),
        ("Домой вернулись 61 гражданских лиц.", "service:civilian"),
    ],
)
def test_an_inflected_head_noun_maps_to_one_figure_by_its_lemma(text: str, key: str) -> None:
    [claim] = read_text(text).claims
    assert claim.figures == {key: 61}


def test_a_number_written_in_words_counts_in_ukrainian_and_russian() -> None:
    assert figures("Додому повернулися сорок два оборонці.") == {"to Ukraine": {"service:military": 42}}
    assert figures("Домой вернулись сорок два военных.") == {"to Russia": {"service:military": 42}}
    assert figures("Додому повернулися восьмеро цивільних.") == {"to Ukraine": {"service:civilian": 8}}


def test_the_party_named_with_the_people_says_who_received_them() -> None:
    text = "Из плена вернулись 64 российских военных. Взамен передали 64 военнопленных ВСУ."
    assert figures(text) == {"to Russia": {"service:military": 64}, "to Ukraine": {"service:military": 64}}


def test_a_receiver_in_the_dative_after_handing_over_is_the_direction() -> None:
    assert figures("Українській стороні передали 58 людей.") == {"to Ukraine": {"total": 58}}
    assert figures("Российской стороне отдали 58 человек.") == {"to Russia": {"total": 58}}


def test_a_party_receiving_as_the_subject_is_the_direction() -> None:
    assert figures("Україна отримала 58 людей.") == {"to Ukraine": {"total": 58}}
    assert figures("Украина получила 58 человек, а Россия получила 40 человек.") == {
        "to Ukraine": {"total": 58},
        "to Russia": {"total": 40},
    }


def test_each_side_comes_from_po_with_an_exchange_in_the_same_sentence() -> None:
    assert figures("Стороны обменялись по 48 военнопленных.") == {"each side": {"service:military": 48}}


def test_a_figure_of_an_earlier_stage_is_set_aside_with_its_reason() -> None:
    text = "Состоялся третий этап обмена: вернулись 77 военных. Во время второго этапа вернулись 66 военных."
    extraction = read_text(text)
    assert [(claim.stage, claim.figures) for claim in extraction.claims] == [(3, {"service:military": 77})]
    assert any(r.quote == "66" and r.reason.startswith("about stage 2") for r in extraction.rejected)


def test_a_count_over_the_whole_war_is_set_aside() -> None:
    text = "Додому повернулися 77 воїнів. З початку повномасштабної війни повернули 4100 людей."
    extraction = read_text(text)
    assert figures(text) == {"to Ukraine": {"service:military": 77}}
    assert any(r.quote == "4100" and "whole war" in r.reason for r in extraction.rejected)


def test_bodies_are_not_living_people() -> None:
    extraction = read_text("Україні передали 700 тіл загиблих. Додому повернулися 77 воїнів.")
    assert [(claim.unit, claim.figures) for claim in extraction.claims] == [("people", {"service:military": 77})]
    assert extraction.rejected[0].reason == "counts bodies, not living people"


def test_a_statement_about_bodies_alone_proposes_a_claim_of_bodies() -> None:
    extraction = read_text("Україні передали 700 тіл загиблих.")
    assert [(claim.unit, claim.direction, claim.figures) for claim in extraction.claims] == [
        ("bodies", "to Ukraine", {"total": 700})
    ]


def test_an_approximate_count_is_a_bound() -> None:
    [claim] = read_text("Додому повернулися понад 300 захисників.").claims
    assert claim.bounds == {"service:military": Bound(relation="at least", value=301)}


def test_a_group_handed_over_besides_the_exchange_is_counted_in_addition() -> None:
    text = "Додому повернулися 90 воїнів. Крім того, окремо передали 12 тяжкопоранених."
    [claim] = read_text(text).claims
    assert (claim.figures, claim.added) == ({"service:military": 90}, {"subset:wounded": 12})


def test_a_day_and_month_take_the_year_of_the_publication() -> None:
    [claim] = read_text("У вівторок, 11 березня, додому повернулися 90 воїнів.", published=date(2025, 3, 12)).claims
    assert claim.took_place_on == date(2025, 3, 11)


def test_the_terms_are_read_from_n_for_n() -> None:
    extraction = read_text("Триває обмін «500 на 500». Додому повернулися 90 воїнів.")
    assert extraction.terms is not None
    assert extraction.terms.value == 500


def test_an_english_statement_does_not_load_the_dictionaries() -> None:
    sys.modules.pop("pymorphy3", None)
    from adapters.extract import morphology

    morphology.analyzer.cache_clear()
    read_text("Ukraine brought home 52 soldiers.")
    assert "pymorphy3" not in sys.modules


def test_a_list_of_units_after_dashes_gives_each_branch() -> None:
    text = "Серед звільнених:\n- 41 – воїни ЗСУ,\n- 7 – тероборони,\n- 5 – Нацгвардії."
    assert figures(text) == {
        "to Ukraine": {"branch:armed_forces": 41, "branch:territorial_defence": 7, "branch:national_guard": 5}
    }


def test_defenders_named_by_the_place_they_held_are_a_group_of_their_own() -> None:
    assert figures("Додому повернулися 19 захисників «Азовсталі».") == {"to Ukraine": {"subset:azovstal_defenders": 19}}
    assert figures("Домой вернулись 19 защитников Херсона.") == {"to Russia": {"subset:kherson_defenders": 19}}
    assert figures("Додому повернулися 19 захисників.") == {"to Ukraine": {"service:military": 19}}


def test_a_count_since_a_year_is_set_aside() -> None:
    extraction = read_text("Додому повернулися 77 воїнів. З березня 2022 року вдалося визволити 4100 людей.")
    assert figures("Додому повернулися 77 воїнів. З березня 2022 року вдалося визволити 4100 людей.") == {
        "to Ukraine": {"service:military": 77}
    }
    assert any(r.quote == "4100" and "whole war" in r.reason for r in extraction.rejected)


def test_a_formula_under_the_agreement_is_the_terms_and_otherwise_each_sides_count() -> None:
    agreed = read_text("По договорённостям стороны провели обмен по формуле 500 на 500 человек.")
    assert agreed.terms is not None
    assert agreed.terms.value == 500
    assert figures("Стороны провели обмен по формуле 70 на 70.") == {"each side": {"total": 70}}


def test_people_counted_by_unit_in_a_list_of_units_are_that_branchs_and_ukraines() -> None:
    text = "Из плена вернулись 61 боец ВСУ, 14 бойцов терробороны и 9 нацгвардейцев."
    assert figures(text) == {
        "to Ukraine": {"branch:armed_forces": 61, "branch:territorial_defence": 14, "branch:national_guard": 9}
    }


def test_a_single_count_of_the_armed_forces_is_servicemen_not_a_branch() -> None:
    assert figures("В ответ передали 61 военнопленного ВСУ.") == {"to Ukraine": {"service:military": 61}}


def test_a_headline_figure_for_a_direction_the_body_does_not_give_is_kept() -> None:
    text = "Домой вернулись 64 российских военных\n\nВзамен украинской стороне передали 64 военнопленных.\n"
    assert figures(text) == {"to Russia": {"service:military": 64}, "to Ukraine": {"service:military": 64}}


def test_ranks_singled_out_are_groups_of_their_own_in_ukrainian() -> None:
    text = "Додому повернулися 60 військових. Серед них 7 офіцерів і 53 рядових та сержантів."
    assert figures(text) == {
        "to Ukraine": {"service:military": 60, "subset:officers": 7, "subset:privates_and_sergeants": 53}
    }


def test_figures_after_a_word_of_recalling_are_a_recap() -> None:
    text = "Додому повернулися 303 захисники.\nНагадаємо: 24 травня додому повернулися 307 українців."
    extraction = read_text(text, published=date(2025, 5, 25))
    assert {claim.direction: claim.figures for claim in extraction.claims} == {"to Ukraine": {"service:military": 303}}
    assert all(claim.took_place_on is None for claim in extraction.claims)
    assert any(r.quote == "307" and r.reason.startswith("a recap") for r in extraction.rejected)


def test_a_number_in_brackets_after_the_people_it_counts_is_their_figure() -> None:
    text = "Додому повернулися 230 українців. Переважна більшість – чоловіки (225), а ще 5 жінок."
    assert figures(text) == {"to Ukraine": {"total": 230, "sex:men": 225, "sex:women": 5}}


def test_bodies_named_before_the_number_are_not_living_people() -> None:
    extraction = read_text("Україна отримала тіла 563 загиблих оборонців. Додому повернулися 77 воїнів.")
    assert extraction.rejected[0].reason.startswith("counts the bodies of the dead")


def test_in_a_statement_about_bodies_a_count_of_the_dead_by_group_is_a_part_left_to_a_person() -> None:
    extraction = read_text("Україна отримала тіла 563 загиблих оборонців. Серед них 89 полеглих воїнів.")
    assert [(claim.unit, claim.figures) for claim in extraction.claims] == [("bodies", {"total": 563})]
    assert [r.quote for r in extraction.rejected if r.reason.startswith("a count of the dead by service")] == ["89"]
