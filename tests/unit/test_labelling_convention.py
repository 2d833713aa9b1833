"""The labelling convention (tests/eval/LABELLING.md) where a program can check it: the tuning split keeps it, and
each check finds the breach it is for and passes the label once corrected. The held-out files are never read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.eval.convention import breaches
from tests.eval.real import held_out, parse, real_files
from tests.eval.schema import RealText

MINIMAL = {
    "language": "en",
    "follows": "https://example.org/statement",
    "published": "2025-05-23",
    "speaker": "Ukraine",
    "patterns": ["background"],
    "about": "a minimal text",
    "text": "390 people came home.",
    "expected": {"stages": [{"claims": {"to Ukraine": {"total": 390}}}]},
}


def labelled(**changes: object) -> RealText:
    return RealText.model_validate(MINIMAL | changes)


TUNING = [path for path in real_files() if not held_out(path.name)]


@pytest.mark.parametrize("path", TUNING, ids=lambda path: path.name)
def test_every_tuning_file_keeps_the_labelling_convention(path: Path) -> None:
    assert breaches(parse(path)) == []


ONE_STAGE = {"stages": [{"claims": {"to Ukraine": {"service:military": 95}, "to Russia": {"service:military": 95}}}]}


@pytest.mark.parametrize(
    ("broken", "kept", "breach"),
    [
        (
            {
                "expected": {
                    "stages": [{"claims": {"each side": {"service:military": 95}, **ONE_STAGE["stages"][0]["claims"]}}]
                }
            },
            {"expected": ONE_STAGE},
            "each side service:military 95 repeats",
        ),
        (
            {
                "text": "Swap of 190 prisoners\n\n95 soldiers came home and 95 went back.",
                "expected": {"stages": [{"claims": {"combined": {"total": 190}}}]},
            },
            {
                "text": "Swap of 190 prisoners\n\n95 soldiers came home and 95 went back.",
                "expected": {"stages": [], "set_aside": [{"value": 190, "why": "headline"}]},
            },
            "190 is given only by the headline",
        ),
        (
            {"text": "It was the 58th exchange.", "expected": {"stages": []}},
            {"text": "It was the 58th exchange.", "expected": {"set_aside": [{"value": 58, "why": "ordinal"}]}},
            "'58th exchange' numbers an exchange",
        ),
        (
            {"language": "uk", "text": "Це перший цього року обмін.", "expected": {"stages": []}},
            {
                "language": "uk",
                "text": "Це перший цього року обмін.",
                "expected": {"set_aside": [{"value": 1, "why": "ordinal"}]},
            },
            "'перший цього року обмін' numbers an exchange",
        ),
        (
            {"expected": {"stages": [{"claims": {"to Ukraine": {"subset:azov": {"value": 4, "within": "mariupol"}}}}]}},
            {
                "expected": {
                    "stages": [
                        {
                            "claims": {
                                "to Ukraine": {
                                    "subset:mariupol": 9,
                                    "subset:azov": {"value": 4, "within": "subset:mariupol"},
                                }
                            }
                        }
                    ]
                }
            },
            "which to Ukraine does not count",
        ),
        (
            {
                "text": "KYIV, May 23 (Wire) – 390 people came home.",
                "expected": {"stages": [{"took_place_on": "2025-05-23", "claims": {"to Ukraine": {"total": 390}}}]},
            },
            {
                "text": "KYIV, May 23 (Wire) – 390 people came home today.",
                "expected": {"stages": [{"took_place_on": "2025-05-23", "claims": {"to Ukraine": {"total": 390}}}]},
            },
            "is the dateline's day",
        ),
        (
            {"text": "Today 390 people came home."},
            {
                "text": "Today 390 people came home.",
                "expected": {"stages": [{"took_place_on": "2025-05-23", "claims": {"to Ukraine": {"total": 390}}}]},
            },
            "'Today 390 people came home' dates the exchange",
        ),
        (
            {"language": "ru", "text": "Обмен прошёл в понедельник: вернулись 390 человек."},
            {
                "language": "ru",
                "text": "Обмен прошёл в понедельник: вернулись 390 человек.",
                "expected": {"stages": [{"took_place_on": "2025-05-19", "claims": {"to Ukraine": {"total": 390}}}]},
            },
            "dates the exchange",
        ),
    ],
    ids=["each-side", "headline", "ordinal", "ordinal-in-words", "nested", "dateline", "today", "weekday-in-russian"],
)
def test_the_convention_check_finds_a_breach_and_passes_its_correction(
    broken: dict[str, object], kept: dict[str, object], breach: str
) -> None:
    assert any(breach in found for found in breaches(labelled(**broken)))
    assert breaches(labelled(**kept)) == []


def test_a_stage_s_own_number_is_not_an_ordinal_to_set_aside() -> None:
    stage = {"stages": [{"stage": 8, "claims": {}}]}
    assert breaches(labelled(text="Today the eighth exchange of the series took place.", expected=stage)) == []
    assert breaches(labelled(text="The second stage of the exchange took place.", expected={"stages": []})) == []


def test_an_ordinal_word_that_numbers_no_exchange_asks_for_nothing() -> None:
    for text in ("The minister first mentioned the swap.", "The first emotions after the exchange.", "Two swaps."):
        assert breaches(labelled(text=text, expected={"stages": []})) == []


@pytest.mark.parametrize(
    "changes",
    [
        # A day and a count side by side are two numbers, not one with a thousands comma.
        {
            "text": "100 Ukrainians home\n\nOn April 10, 100 Ukrainian soldiers came home.",
            "expected": {"stages": [{"claims": {"to Ukraine": {"service:military": 100}}}]},
        },
        # A Slavic ordinal numbers the noun it agrees with: here the photographs, not the exchange.
        {"language": "ru", "text": "Появились первые фотографии очередного обмена пленными.", "expected": {}},
        # A line that carries on the sentence above is the body's words, even when it opens with a day and month.
        {
            "language": "uk",
            "text": "Обмін\n\nДо України повернулися 35 військовослужбовців. Їх визволили\n23 листопада.",
            "expected": {
                "stages": [{"took_place_on": "2022-11-23", "claims": {"to Ukraine": {"service:military": 35}}}]
            },
        },
        # A day beside the words of a speaker dates what was said, not the exchange.
        {"text": "390 people came home, the ministry said on Friday."},
        {"language": "ru", "text": "В четверг Минобороны сообщило, что вернулись 390 человек."},
        # A day of another exchange, of one still to come, or 'четверо' (four) is not the stage's day.
        {"text": "390 people came home. Last Monday 100 were exchanged for 106."},
        {"language": "uk", "text": "Повернулися 390 людей. Наступні етапи обміну чекають у суботу та неділю."},
        {"language": "uk", "text": "Додому повернулися четверо бійців і 386 цивільних."},
    ],
    ids=[
        "day-then-count",
        "ordinal-of-another-noun",
        "wrapped-date",
        "said-on-a-weekday",
        "weekday-of-the-announcement",
        "another-exchange-s-weekday",
        "stages-still-to-come",
        "four-not-thursday",
    ],
)
def test_readings_that_keep_the_convention_are_not_breaches(changes: dict[str, object]) -> None:
    assert breaches(labelled(**changes)) == []
