"""Values no store could give back are refused at every edge, naming the field, before any event exists."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from adapters.auth.keyring import Role
from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier
from adapters.http.app import create_app, open_service
from adapters.settings import Settings
from domain.figures import MAX_COUNT, MAX_STAGE
from tests.builders import MINISTRY, agreement
from tests.http_service import TestClient

pytestmark = pytest.mark.integration
SLUG = "1000-for-1000"
HUGE = 2**64
"""The first integer JSON readers give back as a float."""
CLAIM: dict[str, Any] = {
    "stage": 1,
    "direction": {"kind": "to", "party": "Ukraine"},
    "source": MINISTRY.model_dump(mode="json"),
    "figures": {"total": 390},
}


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLite file, or a new database on the throwaway PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def http(store_url: str, tmp_path: Path) -> Iterator[TestClient]:
    """The real app on the store, holding the agreed exchange and one claim, with a reviewer's token."""
    keyring = f"sqlite:///{tmp_path / 'keyring.sqlite3'}"
    running = open_service(Settings(database_url=store_url, keyring_database_url=keyring))
    token, _ = running.keyring.issue("reviewer", Role.REVIEWER)
    with TestClient(create_app(running), headers={"Authorization": f"Bearer {token}"}) as client:
        client.post("/exchanges", json=agreement().model_dump(mode="json")).raise_for_status()
        client.post(f"/exchanges/{SLUG}/claims", json={"claim": CLAIM}).raise_for_status()
        yield client


def refused(response: Any, field: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["field"] == field, response.json()


def versions(client: TestClient) -> list[int]:
    listed = client.get("/exchanges")
    assert listed.status_code == 200, listed.text
    return [item["version"] for item in listed.json()]


def test_an_agreement_with_a_target_beyond_the_maximum_is_refused_and_not_recorded(http: TestClient) -> None:
    body = agreement(slug="huge").model_dump(mode="json")
    body["terms"]["targets"]["Ukraine"]["count"] = 10**20
    refused(http.post("/exchanges", json=body), "terms.targets.Ukraine.count")
    assert versions(http) == [2]
    assert http.get("/exchanges/huge/report").status_code == 404


def test_a_claim_with_a_stage_beyond_the_maximum_is_refused_and_every_read_still_answers(http: TestClient) -> None:
    refused(http.post(f"/exchanges/{SLUG}/claims", json={"claim": {**CLAIM, "stage": HUGE}}), "claim.stage")
    refused(http.post(f"/exchanges/{SLUG}/claims", json={"claim": {**CLAIM, "stage": MAX_STAGE + 1}}), "claim.stage")
    assert versions(http) == [2]
    for path in ("report", "timeline", "bundle"):
        assert http.get(f"/exchanges/{SLUG}/{path}").status_code == 200
    assert http.get("/findings").status_code == 200


def test_a_correction_beyond_the_maximum_count_is_refused(http: TestClient) -> None:
    claim_id = http.post(f"/exchanges/{SLUG}/claims", json={"claim": CLAIM}).json()["claim_id"]
    corrections = f"/exchanges/{SLUG}/claims/{claim_id}/corrections"
    refused(http.post(corrections, json={"figures": {"total": HUGE}, "reason": "x"}), "figures.total")
    refused(http.post(corrections, json={"figures": {"total": MAX_COUNT + 1}, "reason": "x"}), "figures.total")
    assert http.post(corrections, json={"figures": {"total": MAX_COUNT}, "reason": "x"}).status_code == 200
    assert versions(http) == [3]
    assert http.get(f"/exchanges/{SLUG}/report").json()["exchange"]["claims"] == 1


def test_an_announcement_at_midnight_in_a_zone_reads_back_as_that_instant(http: TestClient) -> None:
    claim_id = http.post(f"/exchanges/{SLUG}/claims", json={"claim": CLAIM}).json()["claim_id"]
    retraction = f"/exchanges/{SLUG}/claims/{claim_id}/retraction"
    midnight = {"reason": "x", "announced_at": "2025-05-24T00:00:00+05:00"}
    assert http.post(retraction, json=midnight).status_code == 200
    last = http.get(f"/exchanges/{SLUG}/timeline").json()["entries"][-1]
    assert last["announced_at"] == "2025-05-24T00:00:00+05:00"


def test_the_published_schema_states_the_maxima() -> None:
    running = open_service(Settings(database_url="memory:", keyring_database_url="memory:"))
    with TestClient(create_app(running)) as client:
        schemas = client.get("/openapi.json").json()["components"]["schemas"]
    # A total is an exact count or a count said with its uncertainty (an Amount, whose low and high are counts too).
    assert schemas["Figures"]["properties"]["total"]["anyOf"][0]["oneOf"][0]["maximum"] == MAX_COUNT
    assert schemas["Amount"]["properties"]["low"]["maximum"] == MAX_COUNT
    assert schemas["Claim"]["properties"]["stage"]["anyOf"][0]["maximum"] == MAX_STAGE


def test_the_cli_refuses_a_correction_beyond_the_maximum_and_the_store_stays_readable(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    runner = CliRunner()
    env = {**os.environ, "USER": "olena"}
    assert runner.invoke(app, ["--db", url, "import", str(shipped_dossier())], env=env).exit_code == 0
    pravda = "c732ccd1-832f-5042-afba-215ff642d8aa"
    answer = runner.invoke(
        app, ["--db", url, "correct", SLUG, pravda, "--figures", f"total: {HUGE}", "--reason", "x"], env=env
    )
    assert answer.exit_code == 2
    assert "--figures: total: must be at most 100,000,000" in answer.output
    for command in (["list"], ["check"], ["findings"]):
        assert runner.invoke(app, ["--db", url, *command], env=env).exit_code in (0, 1), command


def test_a_finding_of_parties_with_the_longest_names_can_be_acknowledged(http: TestClient) -> None:
    ukraine, russia = "U" * 200, "R" * 200
    long_names = agreement(slug="long-names").model_dump(mode="json")
    long_names["parties"] = [ukraine, russia]
    long_names["terms"]["targets"] = {ukraine: {"kind": "exactly", "count": 10}}
    assert http.post("/exchanges", json=long_names).status_code == 201
    claim = {**CLAIM, "direction": {"kind": "to", "party": ukraine}, "figures": {"total": 11}}
    assert http.post("/exchanges/long-names/claims", json={"claim": claim}).status_code == 201
    (finding,) = http.get("/exchanges/long-names/report").json()["findings"]
    assert len(finding["id"]) > 200
    body = {"finding_id": finding["id"], "note": "the ministry counted one twice"}
    assert http.post("/exchanges/long-names/acknowledgements", json=body).status_code == 200


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (b'"note": "wrong \\ud800 figure"', "claim.note"),
        (b'"took_place_on": "0001-01-01"', "claim.took_place_on"),
        (b'"took_place_on": "9999-12-31"', "claim.took_place_on"),
    ],
    ids=["lone surrogate in a note", "the first day of the calendar", "the last day of the calendar"],
)
def test_text_and_dates_that_could_not_be_stored_are_refused(http: TestClient, raw: bytes, field: str) -> None:
    body = json.dumps({"claim": CLAIM}).encode().replace(b'"stage": 1', b'"stage": 1, ' + raw)
    refused(http.post(f"/exchanges/{SLUG}/claims", content=body, headers={"Content-Type": "application/json"}), field)
    assert versions(http) == [2]
