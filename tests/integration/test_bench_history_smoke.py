"""The history benchmark runs end to end on a small exchange and reports its ratios (no timing is asserted)."""

from __future__ import annotations

import json

import pytest

from tests.bench.bench_history import main

pytestmark = pytest.mark.integration


def test_the_history_benchmark_reports_timeline_and_as_of_ratios(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quick", "--json", "--runs", "1"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["events"] > 500
    assert results["timeline"]["ratio"] > 0
    assert results["timeline"]["ratio_to_plain"] > 0
    assert [point["version"] for point in results["as_of"]["points"]][-1] == results["events"]
    assert all(point["ratio"] > 0 and point["cpu_ratio"] > 0 for point in results["as_of"]["points"])
    assert results["as_of"]["worst_cpu_ratio"] == max(point["cpu_ratio"] for point in results["as_of"]["points"])
