"""The projection benchmark's quick run produces every figure; how fast is for `make bench` to say, never for a test."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from rich.console import Console

from tests.bench.bench_projection import main, show

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    """The JSON figures of one quick run with a short profile, shared by the tests below."""
    with pytest.MonkeyPatch.context() as patch:
        output = io.StringIO()
        patch.setattr("sys.stdout", output)
        assert main(["--quick", "--profile", "200", "--json"]) == 0
    figures: dict[str, Any] = json.loads(output.getvalue())
    return figures


def test_the_quick_run_replays_and_projects_the_same_events(results: dict[str, Any]) -> None:
    assert results["dataset"]["events"] > 1_900
    assert results["runs"] == len(results["samples"]) == 1


@pytest.mark.parametrize(
    ("side", "key"),
    [
        ("replay", "events_per_second"),
        ("plain_replay", "events_per_second"),
        ("plain_replay", "ratio"),
        ("projection", "events_per_second"),
        ("projection", "reconciling_seconds"),
        ("projection", "writing_seconds"),
    ],
)
def test_every_rate_and_share_is_a_positive_number(results: dict[str, Any], side: str, key: str) -> None:
    assert results[side][key] > 0


def test_the_profile_says_where_the_time_went(results: dict[str, Any]) -> None:
    profile = results["profile"]
    assert profile["events"] == 200
    assert "domain (reconciliation)" in profile["by_place"]
    assert len(profile["top"]) == 12


def test_the_tables_end_with_a_verdict_on_the_target(results: dict[str, Any]) -> None:
    assert set(results["target"]) == {"ratio", "target", "passed"}
    text = io.StringIO()
    show(results, Console(file=text, width=120))
    last = text.getvalue().splitlines()[-1]
    assert last.startswith(("PASS projection catch-up: ", "FAIL projection catch-up: "))
    assert last.endswith("the replay rate (target >= 0.3x)")
