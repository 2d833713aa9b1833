"""Writes over real HTTP: idempotent by content, retried past concurrent writers; and 409 when retries run out."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from adapters.auth.keyring import Role
from adapters.http import retry
from adapters.http.app import create_app
from domain.application import Reconciler
from domain.errors import ConcurrentWriteError
from tests.builders import MINISTRY, agreement
from tests.http_service import Running, TestClient, serve, service

pytestmark = pytest.mark.integration
SLUG = "1000-for-1000"
CLAIM: dict[str, Any] = {
    "stage": 1,
    "direction": {"kind": "to", "party": "Ukraine"},
    "source": MINISTRY.model_dump(mode="json"),
    "figures": {"total": 390, "breakdowns": [{"dimension": "service", "parts": {"military": 270, "civilian": 121}}]},
}


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Running]:
    """A service holding the agreed exchange and nothing else."""
    with serve(tmp_path) as running, running.client(Role.RECORDER) as client:
        client.post("/exchanges", json=agreement().model_dump(mode="json")).raise_for_status()
        yield running


@pytest.fixture
def recorder(served: Running) -> Iterator[httpx.Client]:
    """A client with a recorder's token."""
    with served.client(Role.RECORDER) as client:
        yield client


def test_agreeing_again_on_the_same_terms_changes_nothing(recorder: httpx.Client) -> None:
    again = recorder.post("/exchanges", json=agreement().model_dump(mode="json"))
    other = recorder.post("/exchanges", json=agreement(each_side=1200).model_dump(mode="json"))
    assert (again.status_code, again.json()["changed"]) == (200, False)
    assert (other.status_code, other.json()["field"]) == (409, "exchange")


def test_a_claim_sent_twice_is_counted_once(recorder: httpx.Client) -> None:
    first = recorder.post(f"/exchanges/{SLUG}/claims", json={"claim": CLAIM})
    second = recorder.post(f"/exchanges/{SLUG}/claims", json={"claim": CLAIM})
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["claim_id"] == second.json()["claim_id"]
    assert recorder.get(f"/exchanges/{SLUG}/report").json()["exchange"]["claims"] == 1


def test_corrections_and_retractions_answer_the_same_when_repeated(recorder: httpx.Client) -> None:
    claim_id = recorder.post(f"/exchanges/{SLUG}/claims", json={"claim": CLAIM}).json()["claim_id"]
    fixed = {"figures": {"total": 391}, "reason": "the ministry's revised count"}
    retraction = {"reason": "published in error", "by": "Desk A"}
    corrected = [recorder.post(f"/exchanges/{SLUG}/claims/{claim_id}/corrections", json=fixed) for _ in range(2)]
    retracted = [recorder.post(f"/exchanges/{SLUG}/claims/{claim_id}/retraction", json=retraction) for _ in range(2)]
    other = recorder.post(f"/exchanges/{SLUG}/claims/{claim_id}/retraction", json={"reason": "another reason"})
    assert [r.json()["changed"] for r in corrected + retracted] == [True, False, True, False]
    assert corrected[1].json()["version"] == corrected[0].json()["version"]
    assert retracted[1].json()["version"] == retracted[0].json()["version"]
    assert (other.status_code, other.json()["field"]) == (409, "claim_id")
    assert recorder.get(f"/exchanges/{SLUG}/timeline").json()["entries"][-1]["event"] == "ClaimRetracted"


def test_a_correction_is_signed_by_the_token_holder_unless_named(recorder: httpx.Client, served: Running) -> None:
    claim_id = recorder.post(f"/exchanges/{SLUG}/claims", json={"claim": CLAIM}).json()["claim_id"]
    recorder.post(f"/exchanges/{SLUG}/claims/{claim_id}/corrections", json={"figures": {"total": 391}, "reason": "r"})
    events = served.service.reconciler.history(SLUG)
    assert getattr(events[-1], "corrected_by", None) == "recorder holder"


def test_completion_is_once_per_source(recorder: httpx.Client) -> None:
    body = {"source": MINISTRY.model_dump(mode="json")}
    answers = [recorder.post(f"/exchanges/{SLUG}/completions", json=body) for _ in range(2)]
    assert [answer.json()["changed"] for answer in answers] == [True, False]
    # Created the first time, as a claim or a statement of the terms is; the same statement again is no new record.
    assert [answer.status_code for answer in answers] == [201, 200]


def test_a_reviewer_acknowledges_a_finding(served: Running, recorder: httpx.Client) -> None:
    recorder.post(f"/exchanges/{SLUG}/claims", json={"claim": CLAIM}).raise_for_status()
    finding = recorder.get("/findings", params={"rule": "breakdown-sum"}).json()[0]["finding"]["id"]
    body = {"finding_id": finding, "note": "the ministry's own rounding"}
    refused = recorder.post(f"/exchanges/{SLUG}/acknowledgements", json=body)
    with served.client(Role.REVIEWER) as reviewer:
        done = reviewer.post(f"/exchanges/{SLUG}/acknowledgements", json=body)
        missing = reviewer.post(f"/exchanges/{SLUG}/acknowledgements", json={**body, "finding_id": "no/such"})
    assert refused.status_code == 403
    assert done.json()["changed"] is True
    assert (missing.status_code, missing.json()["field"]) == (404, "finding_id")
    assert recorder.get("/findings").json() == []


def test_a_dossier_in_json_is_imported_once(recorder: httpx.Client) -> None:
    dossier: dict[str, Any] = {
        "format": "recon-dossier/1",
        "exchange": {"id": "small", "title": "Small", "parties": ["Ukraine", "Russia"], "terms": {"each side": 5}},
        "sources": {"m": {"name": "Ministry", "tier": "official"}},
        "claims": [{"stage": 1, "direction": "to Ukraine", "source": "m", "figures": {"total": 5}}],
    }
    dossier["exchange"]["source"] = "m"
    answers = [recorder.post("/dossiers", json=dossier).json()[0] for _ in range(2)]
    bad = recorder.post("/dossiers", json={**dossier, "claims": [{"stage": 0}]})
    assert [(a["claims_recorded"], a["claims_already_known"]) for a in answers] == [(1, 0), (0, 1)]
    assert bad.status_code == 422
    assert bad.json()["field"].startswith("claims[0]")


def test_extract_proposes_the_claims_of_a_statement(recorder: httpx.Client) -> None:
    text = "390 Ukrainians returned home today: 270 servicemen and 120 civilians."
    answer = recorder.post("/extract", content=text, headers={"Content-Type": "text/plain"})
    empty = recorder.post("/extract", content=" ", headers={"Content-Type": "text/plain"})
    assert answer.status_code == 200
    assert answer.json()["claims"][0]["figures"]["total"] == 390
    assert (empty.status_code, empty.json()["field"]) == (422, "body")


def test_concurrent_writers_lose_nothing(served: Running) -> None:
    def record(total: int) -> int:
        with served.client(Role.RECORDER) as client:
            claim = {**CLAIM, "figures": {"total": total}}
            return client.post(f"/exchanges/{SLUG}/claims", json={"claim": claim}).status_code

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(record, range(300, 324)))
    with served.client(Role.READER) as client:
        claims = client.get(f"/exchanges/{SLUG}/report").json()["exchange"]["claims"]
    assert set(statuses) == {201}
    assert claims == 24


def _losing(times: int, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the store refuse the next `times` saves as concurrent writes; count the attempts."""
    attempts: list[int] = []
    real = Reconciler.save

    def save(self: Reconciler, *objs: Any, **kwargs: Any) -> Any:
        attempts.append(1)
        if len(attempts) <= times:
            raise ConcurrentWriteError("another writer got there first", "exchange")
        return real(self, *objs, **kwargs)

    monkeypatch.setattr(Reconciler, "save", save)
    monkeypatch.setattr(retry, "BACKOFF_SECONDS", 0.0)
    return attempts


# In-process with TestClient: the store's save is replaced to lose races on purpose, which needs the same process.
@pytest.mark.parametrize(("losses", "status", "attempts"), [(2, 201, 3), (retry.ATTEMPTS, 409, retry.ATTEMPTS)])
def test_concurrent_writes_are_retried_then_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, losses: int, status: int, attempts: int
) -> None:
    running, tokens = service(tmp_path)
    running.reconciler.agree_exchange(agreement())
    made = _losing(losses, monkeypatch)
    with TestClient(create_app(running)) as client:
        headers = {"Authorization": f"Bearer {tokens[Role.RECORDER]}"}
        response = client.post(f"/exchanges/{SLUG}/claims", json={"claim": CLAIM}, headers=headers)
    assert (response.status_code, len(made)) == (status, attempts)
    if status == 409:
        assert f"{retry.ATTEMPTS} attempts" in response.json()["detail"]
        assert response.headers["Retry-After"] == "1"
