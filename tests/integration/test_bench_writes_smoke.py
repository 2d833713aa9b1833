"""The write benchmark runs end to end on small exchanges and reports its ratio (no timing asserted)."""

from __future__ import annotations

import json

import pytest

from tests.bench.bench_writes import main

pytestmark = pytest.mark.integration


def test_the_write_benchmark_reports_both_exchanges_and_their_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--small", "5", "--large", "40", "--runs", "2"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["small_ms"] > 0
    assert results["large_ms"] > 0
    assert results["ratio"] == pytest.approx(results["large_ms"] / results["small_ms"])
