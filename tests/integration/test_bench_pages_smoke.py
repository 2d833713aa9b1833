"""The pages benchmark runs end to end on a few exchanges and reports its ratios and weights (no timing asserted)."""

from __future__ import annotations

import json

import pytest

from tests.bench.bench_pages import main

pytestmark = pytest.mark.integration


def test_the_pages_benchmark_reports_ratios_and_page_weights(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quick", "--json", "--runs", "1"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["exchange_page"]["ratio"] > 0
    assert results["list_page"]["ratio"] > 0
    weights = results["weights"]["bytes"]
    assert set(weights) >= {"exchanges list", "exchange 1000-for-1000", "a claim of 1000-for-1000", "morning list"}
    assert all(size > results["weights"]["assets"] for size in weights.values())
