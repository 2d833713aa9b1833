"""The load run's smoke run on SQLite produces every figure and no error; how fast is for `make bench` to say."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from rich.console import Console

from tests.bench.bench_http import main, show

pytestmark = pytest.mark.integration

MIXES = ("reports", "claims")


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    """The JSON figures of one one-second run per mix against SQLite and the constant app."""
    with pytest.MonkeyPatch.context() as patch:
        output = io.StringIO()
        patch.setattr("sys.stdout", output)
        assert (
            main(["--quick", "--json", "--seconds", "1", "--stores", "sqlite", "--workers", "2", "--claims", "5"]) == 0
        )
    figures: dict[str, Any] = json.loads(output.getvalue())
    return figures


def test_the_run_measures_sqlite_and_the_constant_app_only(results: dict[str, Any]) -> None:
    assert set(results["runs"]) == {"constant", "sqlite"}
    assert results["skipped"] == {}


@pytest.mark.parametrize("server", ["constant", "sqlite"])
@pytest.mark.parametrize("mix", MIXES)
def test_every_mix_reports_its_rate_latencies_and_no_error(results: dict[str, Any], server: str, mix: str) -> None:
    found = results["runs"][server][mix]
    assert found["requests"] > 0
    assert found["rps"] > 0
    assert 0 < found["p50_ms"] <= found["p99_ms"]
    assert (found["errors"], found["error_kinds"]) == (0, {})


@pytest.mark.parametrize("mix", MIXES)
def test_each_mix_of_the_store_is_a_ratio_to_the_constant_app(results: dict[str, Any], mix: str) -> None:
    assert results["runs"]["sqlite"][mix]["ratio"] > 0


def test_every_claim_answered_201_is_in_the_report(results: dict[str, Any]) -> None:
    stored = results["stored"]["sqlite"]
    assert stored["held"] == stored["recorded"] > 5
    assert results["passed"] is True


def test_the_table_ends_with_a_verdict_per_mix_and_for_the_claims_kept(results: dict[str, Any]) -> None:
    text = io.StringIO()
    show(results, Console(file=text, width=120))
    lines = [line for line in text.getvalue().splitlines() if line.startswith(("PASS ", "FAIL "))]
    assert [line.partition(":")[0] for line in lines] == [
        "PASS constant, reading reports",
        "PASS constant, recording claims",
        "PASS sqlite, reading reports",
        "PASS sqlite, recording claims",
        "PASS sqlite",
    ]
