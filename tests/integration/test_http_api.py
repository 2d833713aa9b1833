"""The shared service over real HTTP: uvicorn on a loopback port, a SQLite file, reads, errors and limits."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from time import monotonic, sleep

import httpx
import pytest

from adapters.audit.verify import verify_bundle
from adapters.auth.keyring import Role
from adapters.dossier.loader import shipped_dossier
from tests.http_service import Running, serve

pytestmark = pytest.mark.integration
SLUG = "1000-for-1000"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """One service for the module, holding the shipped "1,000 for 1,000" dossier."""
    with serve(tmp_path_factory.mktemp("http"), max_body_bytes=64_000) as running, running.client(Role.RECORDER) as c:
        yaml = shipped_dossier().read_text(encoding="utf-8")
        c.post("/dossiers", content=yaml, headers={"Content-Type": "application/yaml"}).raise_for_status()
        yield running


@pytest.fixture
def reader(served: Running) -> Iterator[httpx.Client]:
    """A client with a reader's token."""
    with served.client(Role.READER) as client:
        yield client


def test_health_and_readiness_need_no_token(served: Running) -> None:
    with served.client() as client:
        assert client.get("/health").json() == {"status": "ok"}
        assert client.get("/ready").json()["events"] == 13


def test_the_openapi_and_its_docs_are_published(served: Running) -> None:
    with served.client() as client:
        spec = client.get("/openapi.json").json()
        assert client.get("/docs").status_code == 200
    assert "/exchanges/{exchange}/report" in spec["paths"]
    assert "Idempotency-Key" in spec["paths"]["/exchanges/{exchange}/claims"]["post"]["description"]


def test_a_request_id_is_echoed_or_made(reader: httpx.Client) -> None:
    assert reader.get("/health", headers={"X-Request-ID": "desk-42"}).headers["x-request-id"] == "desk-42"
    assert len(reader.get("/health").headers["x-request-id"]) == 32


def test_the_listing_and_the_report_read_as_the_cli_prints_them(reader: httpx.Client) -> None:
    listing = reader.get("/exchanges").json()
    report = reader.get(f"/exchanges/{SLUG}/report").json()
    assert [(row["slug"], row["verdict"], row["version"]) for row in listing] == [(SLUG, "reconciles", 13)]
    assert report["exchange"]["slug"] == SLUG
    assert report["verdict"] == "reconciles"


@pytest.mark.parametrize(
    ("query", "label"),
    [
        ("as_of_version=5", "as of version 5"),
        ("announced_before=2025-05-24T20:00:00Z", "as announced before 2025-05-24 20:00 UTC"),
        ("recorded_before=2999-01-01", "as recorded before 2999-01-01 00:00 UTC"),
    ],
)
def test_the_report_as_of_a_point_of_history(reader: httpx.Client, query: str, label: str) -> None:
    report = reader.get(f"/exchanges/{SLUG}/report?{query}").json()
    assert report["as_of"] == label


def test_the_timeline_and_a_diff(reader: httpx.Client) -> None:
    timeline = reader.get(f"/exchanges/{SLUG}/timeline").json()
    diff = reader.get(f"/exchanges/{SLUG}/diff", params={"from": "5", "to": "9"}).json()
    assert [entry["version"] for entry in timeline["entries"]] == list(range(1, 14))
    assert (diff["start_version"], diff["end_version"]) == (5, 9)


def test_the_bundle_is_the_one_recon_verify_accepts(reader: httpx.Client) -> None:
    response = reader.get(f"/exchanges/{SLUG}/bundle")
    bundle = verify_bundle(response.content, "download", response.headers["x-bundle-head"])
    assert bundle.manifest.records == 13


def test_open_findings_come_from_the_reports(reader: httpx.Client) -> None:
    assert reader.get("/findings").json() == []
    assert reader.get("/findings", params={"exchange": SLUG, "severity": "error"}).json() == []


@pytest.mark.parametrize(
    ("path", "status", "field"),
    [
        ("/exchanges/no-such-exchange/report", 404, "exchange"),
        (f"/exchanges/{SLUG}/report?as_of_version=0", 422, "as_of_version"),
        (f"/exchanges/{SLUG}/report?as_of_version=99", 422, "as_of_version"),
        (f"/exchanges/{SLUG}/report?as_of_version=2&announced_before=2025-05-24", 422, "announced_before"),
        (f"/exchanges/{SLUG}/report?recorded_before=yesterday", 422, "recorded_before"),
        (f"/exchanges/{SLUG}/diff?from=soon", 422, "from"),
        (f"/exchanges/{SLUG}/diff?from=9&to=5", 422, "from"),
        ("/findings?severity=grave", 422, "severity"),
        ("/findings?severity=info", 422, "severity"),
    ],
)
def test_refusals_are_problems_naming_the_field(reader: httpx.Client, path: str, status: int, field: str) -> None:
    response = reader.get(path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert (problem["status"], problem["field"]) == (status, field)
    assert problem["detail"]
    assert problem["type"].endswith(problem["type"].rsplit("/", 1)[-1])


def test_an_unknown_route_is_a_problem_too(reader: httpx.Client) -> None:
    response = reader.get("/nowhere")
    assert (response.status_code, response.json()["status"]) == (404, 404)


def test_a_body_declared_too_large_is_refused_before_it_is_read(served: Running) -> None:
    with served.client(Role.RECORDER) as client:
        response = client.post("/extract", content=b"x" * 70_000, headers={"Content-Type": "text/plain"})
    assert response.status_code == 413
    assert response.json()["field"] == "body"


def test_a_chunked_body_is_refused_once_it_passes_the_limit(served: Running) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(100):
            yield b"390 prisoners returned home. " * 40

    with served.client(Role.RECORDER) as client:
        response = client.post("/extract", content=chunks(), headers={"Content-Type": "text/plain"})
    assert response.status_code == 413


@pytest.mark.parametrize(
    "body",
    [b"", b"{", b"null", b"[]", b'"text"', b"\xff\xfe", b'{"claim": {"stage": -1}}', b'{"claim": 7}', b"1e999"],
)
@pytest.mark.parametrize(
    "path",
    [
        "/exchanges",
        f"/exchanges/{SLUG}/claims",
        f"/exchanges/{SLUG}/completions",
        f"/exchanges/{SLUG}/acknowledgements",
        "/dossiers",
    ],
)
def test_garbage_bodies_are_refused_never_a_server_error(served: Running, path: str, body: bytes) -> None:
    with served.client(Role.ADMIN) as client:
        response = client.post(path, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code in (400, 404, 422)
    assert response.headers["content-type"] == "application/problem+json"


def test_each_request_is_logged_as_one_json_line_without_the_token(
    served: Running, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="recon.http"), served.client(Role.READER) as client:
        client.get("/exchanges", headers={"X-Request-ID": "log-check"})
        line = json.loads(logged(caplog, "log-check"))
    assert line["method"] == "GET"
    assert (line["path"], line["status"]) == ("/exchanges", 200)
    assert line["duration_ms"] >= 0
    assert served.tokens[Role.READER] not in caplog.text


def logged(caplog: pytest.LogCaptureFixture, marker: str, seconds: float = 10.0) -> str:
    """The first log message holding `marker`: the service logs a request once its response is sent, so the
    line can come a moment after the client has the response."""
    deadline = monotonic() + seconds
    while monotonic() < deadline:
        found = [r.getMessage() for r in caplog.records if marker in r.getMessage()]
        if found:
            return found[0]
        sleep(0.01)
    raise AssertionError(f"no log line with {marker!r} within {seconds} s")


def test_the_store_file_is_where_the_settings_say(served: Running, tmp_path: Path) -> None:
    assert served.service.database_url.endswith("recon.sqlite3")
