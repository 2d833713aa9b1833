"""Bodies the parser cannot take, over real HTTP: each is the client's error, named, and nothing is recorded; a 500
is kept for a fault of the service, and then carries the request id in its body and its log line."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from adapters.auth.keyring import Role
from adapters.dossier.loader import shipped_dossier
from tests.builders import agreement
from tests.http_service import Running, serve

pytestmark = pytest.mark.integration
SLUG = "1000-for-1000"
JSON = {"Content-Type": "application/json"}
DEEP = "[" * 100_000 + "]" * 100_000
LONG_NUMBER = "9" * 100_000


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """One service for the module, holding one agreed exchange."""
    with serve(tmp_path_factory.mktemp("input")) as running, running.client(Role.RECORDER) as client:
        client.post("/exchanges", json=agreement().model_dump(mode="json")).raise_for_status()
        yield running


@pytest.fixture
def recorder(served: Running) -> Iterator[httpx.Client]:
    """A client with a recorder's token."""
    with served.client(Role.RECORDER) as client:
        yield client


def events(served: Running) -> int:
    """How many events the store holds."""
    return served.service.reconciler.recorder.max_notification_id() or 0


def problem(answer: httpx.Response, status: int) -> dict[str, object]:
    """The problem body of an answer that must have `status`."""
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    body: dict[str, object] = answer.json()
    return body


@pytest.mark.parametrize(
    ("path", "body", "status", "says"),
    [
        ("/exchanges", DEEP, 400, "nests arrays or objects too deeply"),
        ("/dossiers", DEEP, 422, "nests lists or mappings too deeply"),
        (f"/exchanges/{SLUG}/claims", '{"claim": {"stage": ' + LONG_NUMBER + "}}", 422, "more than 4,300 digits"),
        ("/dossiers", '{"format": ' + LONG_NUMBER + "}", 422, "this number has 100,000 digits"),
    ],
    ids=["deep-json", "deep-json-dossier", "long-number", "long-number-dossier"],
)
def test_json_the_parser_cannot_take_is_refused_naming_why(
    served: Running, recorder: httpx.Client, path: str, body: str, status: int, says: str
) -> None:
    before = events(served)
    answer = recorder.post(path, content=body, headers=JSON)
    assert says in str(problem(answer, status)["detail"])
    assert events(served) == before


def test_a_yaml_dossier_with_a_number_too_long_to_read_is_refused(served: Running, recorder: httpx.Client) -> None:
    answer = recorder.post(
        "/dossiers", content=f"format: {LONG_NUMBER}\n", headers={"Content-Type": "application/yaml"}
    )
    assert "this number has 100,000 digits" in str(problem(answer, 422)["detail"])


@pytest.mark.parametrize(
    ("path", "role", "body", "key"),
    [
        ("/exchanges", Role.RECORDER, '{"slug": "a", "slug": "b"}', "slug"),
        ("/tokens", Role.ADMIN, '{"name": "Desk A", "role": "reader", "role": "admin"}', "role"),
    ],
    ids=["agreement", "token"],
)
def test_a_key_written_twice_is_refused_naming_it(served: Running, path: str, role: Role, body: str, key: str) -> None:
    before = events(served)
    with served.client(role) as client:
        answer = client.post(path, content=body, headers=JSON)
    refused = problem(answer, 422)
    assert (refused["field"], refused["type"]) == (key, "https://exchange-reconciler.invalid/problems/duplicate-key")
    assert events(served) == before


def test_a_chunked_json_body_over_the_limit_is_413(tmp_path: Path) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"claim": "'
        for _ in range(40):
            yield b"x" * 1024

    with serve(tmp_path, max_body_bytes=16_000) as running, running.client(Role.RECORDER) as client:
        answer = client.post(f"/exchanges/{SLUG}/claims", content=chunks(), headers=JSON)
    assert "over the limit of 16,000" in str(problem(answer, 413)["detail"])


def test_a_fault_of_the_service_is_a_500_whose_request_id_is_in_the_body_and_the_log(
    served: Running, recorder: httpx.Client, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise RuntimeError("a defect")

    monkeypatch.setattr(served.service.reconciler, "standing_exchanges", broken)  # what GET /exchanges reads
    with caplog.at_level(logging.ERROR, logger="recon.http"):
        answer = recorder.get("/exchanges", headers={"X-Request-ID": "probe-500"})
    body = problem(answer, 500)
    assert "probe-500" in str(body["detail"])
    assert "a defect" not in answer.text
    assert "Traceback" not in answer.text
    logged = [
        json.loads(entry.getMessage())
        for entry in caplog.records
        if entry.name == "recon.http" and entry.levelno == logging.ERROR
    ]
    assert {"event": "unexpected-error", "request_id": "probe-500", "error": "RuntimeError"} in logged


@pytest.mark.parametrize("media_type", ["text/csv", "application/x-www-form-urlencoded", "text/plain; charset=utf-8"])
def test_a_dossier_of_another_media_type_is_refused_naming_those_accepted(
    served: Running, recorder: httpx.Client, media_type: str
) -> None:
    before = events(served)
    body = shipped_dossier("sep-2024-103-each").read_bytes()  # a good dossier: only its label is wrong
    answer = recorder.post("/dossiers", content=body, headers={"Content-Type": media_type})
    found = problem(answer, 415)
    assert found["detail"] == (
        "a dossier is sent as application/yaml (also application/x-yaml, text/yaml) or application/json, "
        f"not {media_type.split(';')[0]}"
    )
    assert found["field"] == "Content-Type"
    assert events(served) == before
