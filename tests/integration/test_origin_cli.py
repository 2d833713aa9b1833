"""`recon origin set` on a SQLite file holding "1,000 for 1,000" as it was before its sources named their origins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app

pytestmark = pytest.mark.integration

WITHOUT_ORIGINS = Path(__file__).parent.parent / "dossiers" / "1000-for-1000-without-origins.yaml"
KYIV_INDEPENDENT = "e02d1648-7fc1-5e8d-b431-2593c2f57dfa"
"""Kyiv Independent's claim on stage 1, to Ukraine, as that file records it: total 390, citing the president."""
WHO = {"USER": "olena"}


def recon(store: str, *args: str) -> Result:
    return CliRunner().invoke(app, ["--db", store, *args], env=WHO)


@pytest.fixture
def store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    assert recon(url, "import", str(WITHOUT_ORIGINS)).exit_code == 0
    return url


def origins_of_stage_1_total(store: str) -> list[str | None]:
    report = json.loads(recon(store, "report", "1000-for-1000", "-f", "json").stdout)
    total = report["stages"][0]["directions"][0]["figures"][0]
    return [line["origin"] for line in total["corroboration"]["origins"]]


def test_an_origin_set_on_a_claim_counts_from_then_on_and_the_timeline_says_who_set_it(store: str) -> None:
    assert origins_of_stage_1_total(store) == [None, None, None]
    answer = recon(
        store,
        "origin",
        "set",
        "1000-for-1000",
        KYIV_INDEPENDENT[:8],
        "--origin",
        "Ukraine / President Zelensky",
        "--reason",
        "the article quotes the president",
    )
    assert answer.exit_code == 0, answer.output
    assert answer.stdout == (
        f"1000-for-1000: the source of claim {KYIV_INDEPENDENT} carried the word of Ukraine's President Zelensky, "
        "as olena attributed it (version 14)\n"
    )
    assert origins_of_stage_1_total(store) == [None, None, "Ukraine / President Zelensky"]
    timeline = json.loads(recon(store, "timeline", "1000-for-1000", "-f", "json").stdout)
    assert (timeline["entries"][-1]["event"], timeline["entries"][-1]["what"]) == (
        "OriginAttributed",
        "Kyiv Independent (citing President Zelensky) carried the word of Ukraine's President Zelensky, as olena "
        "attributed it (the article quotes the president)",
    )
    earlier = json.loads(recon(store, "report", "1000-for-1000", "--as-of-version", "13", "-f", "json").stdout)
    assert earlier["stages"][0]["directions"][0]["figures"][0]["corroboration"]["kind"] == "origin_not_stated"


def test_the_same_origin_again_changes_nothing_and_another_replaces_it_saying_which_it_replaced(store: str) -> None:
    arguments = ["origin", "set", "1000-for-1000", KYIV_INDEPENDENT, "--reason", "quotes the president"]
    assert recon(store, *arguments, "--origin", "Ukraine / President Zelensky").exit_code == 0
    again = recon(store, *arguments, "--origin", "Ukraine / President Zelensky")
    assert again.exit_code == 0
    assert "nothing changed" in again.stdout
    other = recon(
        store, *arguments[:-1], "the president was quoting the headquarters", "--origin", "Ukraine / Coordination HQ"
    )
    assert other.exit_code == 0, other.output
    assert other.stdout == (
        f"1000-for-1000: the source of claim {KYIV_INDEPENDENT} carried the word of Ukraine's Coordination HQ, not "
        "Ukraine's President Zelensky, as olena re-attributed it (version 15)\n"
    )
    assert origins_of_stage_1_total(store) == [None, None, "Ukraine / Coordination HQ"]
    timeline = json.loads(recon(store, "timeline", "1000-for-1000", "-f", "json").stdout)
    assert (timeline["entries"][-1]["event"], timeline["entries"][-1]["what"]) == (
        "OriginReattributed",
        "Kyiv Independent (citing President Zelensky) carried the word of Ukraine's Coordination HQ, not Ukraine's "
        "President Zelensky, as olena re-attributed it (the president was quoting the headquarters)",
    )


@pytest.mark.parametrize(
    ("origin", "message"),
    [
        ("the president", "an origin is written 'Party / body', not 'the president'"),
        ("Qatar / Foreign Ministry", "origin 'Qatar / Foreign Ministry': Qatar is not a party or mediator of this"),
    ],
)
def test_a_malformed_or_foreign_origin_is_refused_and_nothing_is_written(store: str, origin: str, message: str) -> None:
    answer = recon(store, "origin", "set", "1000-for-1000", KYIV_INDEPENDENT, "--origin", origin, "--reason", "r")
    assert answer.exit_code == 2
    assert answer.stderr.startswith(f"error: --origin: {message}")
    assert origins_of_stage_1_total(store) == [None, None, None]
    assert json.loads(recon(store, "report", "1000-for-1000", "-f", "json").stdout)["exchange"]["version"] == 13
