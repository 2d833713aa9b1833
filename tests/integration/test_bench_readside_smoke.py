"""The read-side benchmark runs end to end on a small exchange and reports its ratio (no timing asserted)."""

from __future__ import annotations

import json
import statistics

import pytest

from tests.bench.bench_readside import main

pytestmark = pytest.mark.integration


def test_the_read_side_benchmark_reports_both_reads_and_their_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--claims", "20", "--runs", "2"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["read_model_ms"] > 0
    assert results["fresh_ms"] > 0
    assert len(results["ratios"]) == 2
    assert all(ratio > 0 for ratio in results["ratios"])
    assert results["ratio"] == pytest.approx(statistics.median(results["ratios"]))
    assert results["first_in_a_process_ms"] > 0
    assert results["first_ratio"] > 0
