"""The benchmark's quick run produces every figure; how fast is for `make bench` to say, never for a test."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from rich.console import Console

from tests.bench.bench_import import main, show

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    """The JSON figures of one quick run, shared by the tests below."""
    with pytest.MonkeyPatch.context() as patch:
        output = io.StringIO()
        patch.setattr("sys.stdout", output)
        assert main(["--quick", "--json"]) == 0
    figures: dict[str, Any] = json.loads(output.getvalue())
    return figures


def test_the_quick_run_imports_every_claim_into_both_stores(results: dict[str, Any]) -> None:
    assert results["dataset"]["claims"] == 500
    assert results["dataset"]["exchanges"] == results["dataset"]["dossier_files"] == 10
    assert results["stores"]["ours"]["events"] == results["stores"]["baseline"]["events"] > 500


@pytest.mark.parametrize(
    ("section", "key"),
    [
        ("import", "ours_seconds"),
        ("import", "ours_load_seconds"),
        ("import", "ours_record_seconds"),
        ("import", "ours_claims_per_second"),
        ("import", "baseline_events_per_second"),
        ("import", "ratio"),
        ("import", "ours_json_seconds"),
        ("import", "json_ratio"),
        ("report", "ours_replay_ms"),
        ("report", "ours_build_report_ms"),
        ("report", "ours_report_ms"),
        ("report", "baseline_replay_ms"),
        ("report", "ratio"),
        ("report", "ours_fresh_report_ms"),
        ("report", "fresh_ratio"),
    ],
)
def test_every_timing_and_ratio_is_a_positive_number(results: dict[str, Any], section: str, key: str) -> None:
    assert results[section][key] > 0


@pytest.mark.parametrize("target", ["import", "import_json", "report", "fresh_report"])
def test_each_target_states_its_ratio_and_whether_it_was_met(results: dict[str, Any], target: str) -> None:
    assert set(results["targets"][target]) == {"ratio", "target", "passed"}
    assert isinstance(results["targets"][target]["passed"], bool)


def test_the_tables_end_with_a_verdict_per_target(results: dict[str, Any]) -> None:
    text = io.StringIO()
    show(results, Console(file=text, width=120))
    lines = [line for line in text.getvalue().splitlines() if line.startswith(("PASS ", "FAIL "))]
    assert [line[5:].partition(":")[0] for line in lines] == [
        "import throughput, YAML dossiers",
        "import throughput, JSON dossiers",
        "report time, read models",
        "report time, replayed afresh",
    ]
