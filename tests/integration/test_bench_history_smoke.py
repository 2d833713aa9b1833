"""The history benchmark runs end to end on a small exchange and reports its ratios (no timing is asserted)."""

from __future__ import annotations

import json

import pytest

from tests.bench.bench_history import main
from tests.bench.history_parts import PARTS

pytestmark = pytest.mark.integration


def test_the_history_benchmark_reports_timeline_and_as_of_ratios(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quick", "--json", "--runs", "1", "--parts"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["events"] > 500
    assert results["timeline"]["ratio"] > 0
    assert results["timeline"]["ratio_to_plain"] > 0
    assert [point["version"] for point in results["as_of"]["points"]][-1] == results["events"]
    assert all(point["ratio"] > 0 and point["cpu_ratio"] > 0 for point in results["as_of"]["points"])
    assert results["as_of"]["worst_cpu_ratio"] == max(point["cpu_ratio"] for point in results["as_of"]["points"])
    # Each point split into its parts (which make the same report as Reconciler.report, or the run fails).
    parts = results["as_of"]["parts"]
    assert [point["version"] for point in parts] == [point["version"] for point in results["as_of"]["points"]]
    assert all(set(point["parts_ms"]) == set(PARTS) and point["replay_ms"] > 0 for point in parts)
    assert all(point["added_ms"] < point["total_ms"] for point in parts)
