"""The extraction benchmark runs end to end on its generated text (its timings are read by people, not asserted)."""

from __future__ import annotations

import json

import pytest

from adapters.extract.morphology import language_of
from tests.bench.bench_extract import WORDS, main, statement

pytestmark = pytest.mark.integration


def test_the_generated_statement_is_about_two_thousand_words() -> None:
    assert WORDS <= len(statement().split()) < WORDS + 40


def test_the_generated_ukrainian_statement_is_read_in_ukrainian() -> None:
    assert language_of(statement(language="uk")) == "uk"


def test_the_generated_russian_statement_is_read_in_russian() -> None:
    assert language_of(statement(language="ru")) == "ru"


def test_the_benchmark_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--runs", "1", "--starts", "1", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    for language in ("en", "uk", "ru"):
        assert figures[language]["proposed"] > 0
        assert figures[language]["not_taken"] > 0
    assert {"python_c_pass_s", "recon_extract_page_en_s", "recon_extract_page_uk_s"} <= set(figures["start_up"])
