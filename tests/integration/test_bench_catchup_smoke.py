"""The catch-up benchmark runs end to end on small exchanges and reports its figures and ratio (no timing asserted)."""

from __future__ import annotations

import json

import pytest

from tests.bench.bench_catchup import main

pytestmark = pytest.mark.integration


def test_the_catch_up_benchmark_reports_both_exchanges_and_their_ratio(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--small", "10", "--large", "30", "--events", "12", "--runs", "2"]) == 0
    results = json.loads(capsys.readouterr().out)
    for name, claims in (("small", 10), ("large", 30)):
        assert results[name]["claims"] == claims
        assert results[name]["events"] == 12, "the burst is recorded before the timed catch-up takes it in"
        assert results[name]["catch_up_s"] > 0
        assert results[name]["catch_up_cpu_s"] > 0, "processor time, apart from the waiting on a shared machine"
        assert results[name]["first_read_ms"] > 0
        assert results[name]["first_read_cpu_ms"] > 0
        assert results[name]["hit_ms"] > 0
    assert results["ratio"] == pytest.approx(results["large"]["catch_up_s"] / results["small"]["catch_up_s"])
    assert results["cpu_ratio"] == pytest.approx(
        results["large"]["catch_up_cpu_s"] / results["small"]["catch_up_cpu_s"]
    )
    assert len(results["load"]) == 2, "the load average before and after, for reading the figures"
