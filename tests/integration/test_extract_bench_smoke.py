"""The extraction benchmark runs end to end on its generated text (its timings are read by people, not asserted)."""

from __future__ import annotations

import json

import pytest

from tests.bench.bench_extract import WORDS, main, statement

pytestmark = pytest.mark.integration


def test_the_generated_statement_is_about_two_thousand_words() -> None:
    assert WORDS <= len(statement().split()) < WORDS + 40


def test_the_benchmark_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--runs", "1", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["proposed"] > 0
    assert figures["not_taken"] > 0
