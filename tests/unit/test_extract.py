"""Reading statements: numbers in digits and words, the span behind each figure, and the numbers left aside."""

from __future__ import annotations

import hashlib

import pytest

from adapters.extract.extractor import extract, read_text
from adapters.extract.numbers import mentions
from adapters.extract.reading import OVER_THE_WAR
from tests.eval.corpus import load_corpus
from tests.eval.eval_extract import PRECISION_TARGET, RECALL_TARGET, evaluate

STATEMENT = (
    "Ukraine has brought 390 of its citizens home from Russian captivity: 270 military personnel and 120 civilians. "
    "This is the first stage of the 1,000 for 1,000 exchange. Among those freed are 387 men and three women."
)


def figures_of(text: str) -> dict[str, int]:
    """Every proposed claim's figures, keyed 'direction/figure'."""
    return {f"{c.direction}/{k}": v for c in read_text(text).claims for k, v in c.figures.items()}


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("390", 390),
        ("1,000", 1000),
        ("1 000", 1000),
        ("7,000", 7000),
        ("three", 3),
        ("Eighty-four", 84),
        ("two hundred seventy", 270),
        ("one hundred and twenty", 120),
    ],
)
def test_a_number_is_read_in_digits_or_in_words(written: str, value: int) -> None:
    found = mentions(f"There were {written} people.")
    assert [(m.quote, m.value) for m in found] == [(written, value)]


def test_a_date_and_a_time_are_one_mention_each_not_several_numbers() -> None:
    found = mentions("On 23 May 2025 at 14:30 they crossed.")
    assert [(m.quote, m.form) for m in found] == [("23 May 2025", "date"), ("14:30", "time")]


def test_the_statement_proposes_its_stage_terms_direction_and_every_headcount() -> None:
    extraction = read_text(STATEMENT)
    [claim] = extraction.claims
    assert (claim.stage, claim.direction, extraction.terms and extraction.terms.value) == (1, "to Ukraine", 1000)
    assert claim.figures == {
        "total": 390,
        "service:military": 270,
        "service:civilian": 120,
        "sex:men": 387,
        "sex:women": 3,
    }


def test_every_proposed_figure_quotes_the_exact_words_at_its_span() -> None:
    extraction = read_text(STATEMENT)
    assert extraction.figures
    for figure in extraction.figures:
        assert STATEMENT[figure.start : figure.end] == figure.quote
    for claim in extraction.claims:
        assert {span.figure for span in claim.spans} >= {*claim.figures, "stage", "direction", "terms"}
        assert all(STATEMENT[span.start : span.end] == span.quote for span in claim.spans)


def test_every_proposed_value_is_written_in_the_text_itself() -> None:
    for figure in read_text(STATEMENT).headcounts:
        [mention] = mentions(figure.quote)
        assert mention.value == figure.value


def test_a_total_the_text_does_not_print_is_never_worked_out() -> None:
    assert figures_of("Ukraine has returned 270 servicemen and 120 civilians.") == {
        "to Ukraine/service:military": 270,
        "to Ukraine/service:civilian": 120,
    }


def test_a_figure_repeated_is_proposed_once_and_the_repeat_is_listed_with_why() -> None:
    extraction = read_text("390 Ukrainians are home. The 390 returnees include 3 women.")
    assert [f.quote for f in extraction.headcounts if f.figure == "total"] == ["390"]
    assert any(r.reason.startswith("repeats the total") for r in extraction.rejected)


@pytest.mark.parametrize(
    ("sentence", "quote", "reason"),
    [
        ("Some had been held since 2014; 84 Ukrainians came home.", "2014", "a year"),
        ("The youngest of the 84 Ukrainians freed is 19 years old.", "19", "an age"),
        ("This was the 64th exchange; 84 Ukrainians came home.", "64th", "the ordinal of an exchange"),
        ("The 84 Ukrainian soldiers freed fought in 12 brigades.", "12", "counts brigades, not people"),
        ("Share 312\n\n84 Ukrainians came home.", "312", "page furniture"),
        ("On 23 May, 84 Ukrainians came home.", "23 May", "a date without its year"),
        ("84 Ukrainians came home; 95% of them need care.", "95%", "not a whole count"),
    ],
)
def test_a_number_that_is_not_a_headcount_is_listed_with_the_reason(sentence: str, quote: str, reason: str) -> None:
    extraction = read_text(sentence)
    assert any(r.quote == quote and r.reason.startswith(reason) for r in extraction.rejected), extraction.rejected
    assert all(f.quote != quote for f in extraction.figures)


def test_every_number_in_the_text_is_either_proposed_or_listed_as_left_aside() -> None:
    extraction = read_text(STATEMENT)
    covered = [(f.start, f.end) for f in extraction.figures] + [(r.start, r.end) for r in extraction.rejected]
    for mention in mentions(STATEMENT):
        assert any(start <= mention.start < end for start, end in covered), mention


def test_a_figure_attributed_to_the_other_partys_ministry_goes_to_that_party() -> None:
    text = "Eighty-four Ukrainians came home. Russia's Defence Ministry said it received 84 Russian servicemen."
    assert figures_of(text) == {"to Ukraine/total": 84, "to Russia/service:military": 84}


def test_each_side_is_read_from_the_sentence_that_says_so() -> None:
    assert figures_of("Each side released 307 prisoners in the second stage.") == {"each side/total": 307}


def test_servicemen_with_civilians_among_them_are_proposed_as_the_total_with_a_note() -> None:
    extraction = read_text("Ukraine got back 390 servicemen, among them 120 civilians.")
    [total] = [f for f in extraction.headcounts if f.figure == "total"]
    assert (total.value, "calls them 'servicemen'" in total.meaning) == (390, True)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "the text is empty"),
        (b"  \n\t ", "the text is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"caf\xe9 390 people", "not UTF-8 text"),
        (b"390 people " * 200, "over the limit of 1,000 bytes"),
    ],
)
def test_bad_input_gives_a_clear_message_and_no_claim(data: bytes, why: str) -> None:
    extraction = extract(data, max_bytes=1000)
    assert extraction.refused is not None
    assert why in extraction.refused
    assert (extraction.claims, extraction.figures) == ((), ())


def test_a_text_without_figures_gives_no_claim_and_says_so() -> None:
    extraction = extract("The delegations met in Istanbul on 16 May 2025 and agreed to meet again.")
    assert (extraction.refused, extraction.claims) == (None, ())
    assert extraction.messages == ("no figures found: the text states no headcount of people returned",)


def test_the_text_hash_is_that_of_the_text_the_spans_index() -> None:
    assert read_text(STATEMENT).text_sha256 == hashlib.sha256(STATEMENT.encode()).hexdigest()


def test_every_expected_figure_of_the_corpus_is_written_in_its_text() -> None:
    corpus = load_corpus()
    assert len(corpus) >= 40
    for entry in corpus:
        written = {m.value for m in mentions(entry.text)} | {m.when.isoformat() for m in mentions(entry.text) if m.when}
        for kind, _, _, value in entry.expected:
            if kind != "direction":
                assert value in written or (kind == "stage"), (entry.name, value)


def test_the_corpus_meets_the_precision_and_recall_targets() -> None:
    overall = evaluate(load_corpus()).overall
    assert (overall.precision >= PRECISION_TARGET, overall.recall >= RECALL_TARGET) == (True, True)


def test_during_a_swap_of_prisoners_of_war_is_not_a_time_over_the_whole_war() -> None:
    extraction = read_text("During the swap of prisoners of war 100 Ukrainians came home.")
    assert [figure.value for figure in extraction.headcounts] == [100]


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("45 servicemen came home. Since the invasion began, 2005 Ukrainians have come back.", [45]),
        ("In 2022 Ukrainians held out at Azovstal; today 45 servicemen came home.", [45]),
    ],
)
def test_four_digits_the_people_they_count_follow_are_a_count_unless_a_word_of_time_comes_first(
    text: str, taken: list[int]
) -> None:
    extraction = read_text(text)
    assert [figure.value for figure in extraction.headcounts] == taken
    assert {r.quote: r.reason for r in extraction.rejected}.get("2005", OVER_THE_WAR) == OVER_THE_WAR
    assert {r.quote: r.reason for r in extraction.rejected}.get("2022", "a year") == "a year"
