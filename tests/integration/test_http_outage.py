"""A PostgreSQL outage under a running service: every request answers 503 with Retry-After at once, /ready says
so, and when the server returns the service goes on without a restart, with nothing lost or written twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from adapters.auth.keyring import Role
from tests.builders import MINISTRY, agreement
from tests.postgres_server import INSTALL_HINT, PostgresServer, find_bindir
from tests.service_processes import issue_token, server_process

pytestmark = pytest.mark.integration
SLUG = "1000-for-1000"
CLIENT_TIMEOUT = 10
"""Seconds a request may take before the test gives up on it: a bound on the test's own waiting (a service that
held requests until the server returned would fail here), not a measure of speed."""


def claim(total: int) -> dict[str, Any]:
    """A claim of the first stage with this total."""
    return {
        "claim": {
            "stage": 1,
            "direction": {"kind": "to", "party": "Ukraine"},
            "source": MINISTRY.model_dump(mode="json"),
            "figures": {"total": total},
        }
    }


@pytest.fixture
def own_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test's own, since the test stops it."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip(f"no PostgreSQL server binaries: {INSTALL_HINT}")
    server = PostgresServer(bindir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


def assert_unavailable(answer: httpx.Response) -> None:
    """A 503 problem that says when to try again."""
    assert answer.status_code == 503, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["type"].endswith("/store-unavailable")
    assert int(answer.headers["retry-after"]) > 0


def test_requests_during_an_outage_answer_503_and_the_service_recovers_with_nothing_lost(
    own_server: PostgresServer, tmp_path: Path
) -> None:
    url = own_server.create_database()
    token = issue_token(url, Role.RECORDER)
    with server_process(url, tmp_path / "serve.log") as server:
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=server.url, headers=headers, timeout=CLIENT_TIMEOUT) as http:
            http.post("/exchanges", json=agreement().model_dump(mode="json")).raise_for_status()
            assert http.post(f"/exchanges/{SLUG}/claims", json=claim(390)).status_code == 201
            own_server.halt()
            assert_unavailable(http.get(f"/exchanges/{SLUG}/report"))
            assert_unavailable(http.post(f"/exchanges/{SLUG}/claims", json=claim(391)))
            assert_unavailable(http.get("/exchanges"))
            ready = http.get("/ready")
            assert (ready.status_code, ready.json()["status"]) == (503, "unavailable")
            assert "retry-after" in ready.headers
            own_server.resume()
            assert http.get("/ready").json() == {"status": "ready", "events": 2, "detail": None}
            assert http.post(f"/exchanges/{SLUG}/claims", json=claim(391)).status_code == 201
            report = http.get(f"/exchanges/{SLUG}/report").json()
            timeline = http.get(f"/exchanges/{SLUG}/timeline").json()
    assert report["exchange"]["claims"] == 2
    assert [entry["event"] for entry in timeline["entries"]] == ["ExchangeAgreed", "ClaimRecorded", "ClaimRecorded"]
    assert token not in (tmp_path / "serve.log").read_text()
