"""What a write without a valid token is told, over real HTTP on SQLite and PostgreSQL: 401 before anything about
its body; and revoking a token nobody issued is 404."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from adapters.auth.keyring import Role
from adapters.persistence.failfast import fail_fast_env
from adapters.settings import eventsourcing_env
from tests.builders import agreement
from tests.http_service import Running, serve

pytestmark = pytest.mark.integration
SLUG = "1000-for-1000"
JSON = {"Content-Type": "application/json"}
LIMIT = 16_000


@pytest.fixture(params=["sqlite", "postgresql"])
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Running]:
    """A service holding one agreed exchange, on a SQLite file or a PostgreSQL database."""
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    with serve(tmp_path, max_body_bytes=LIMIT, database_url=url) as running:
        running.service.reconciler.agree_exchange(agreement())
        yield running


def chunks() -> Iterator[bytes]:
    """A JSON body sent in chunks, with no Content-Length, past the limit."""
    yield b'{"claim": "'
    for _ in range(40):
        yield b"x" * 1024


BODIES: list[tuple[str, bytes | Iterator[bytes] | None]] = [
    ("declared-too-large", b"x" * (LIMIT * 2)),
    ("chunked-too-large", None),
    ("not-json", b"{nope"),
    ("repeated-key", b'{"claim": 1, "claim": 2}'),
]


@pytest.mark.parametrize("token", [None, "recon_not-a-token"], ids=["no-token", "unknown-token"])
@pytest.mark.parametrize(("label", "body"), BODIES, ids=[label for label, _ in BODIES])
def test_a_write_without_a_valid_token_is_401_whatever_its_body(
    served: Running, token: str | None, label: str, body: bytes | None
) -> None:
    headers = {**JSON, **({"Authorization": f"Bearer {token}"} if token else {})}
    with httpx.Client(base_url=served.url, timeout=30) as client:
        answer = client.post(f"/exchanges/{SLUG}/claims", content=chunks() if body is None else body, headers=headers)
    assert answer.status_code == 401, (label, answer.text)
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.headers["www-authenticate"].startswith("Bearer")
    assert answer.json()["field"] == "Authorization"


def test_with_a_valid_token_the_body_is_judged(served: Running) -> None:
    with served.client(Role.RECORDER) as client:
        statuses = [client.post(f"/exchanges/{SLUG}/claims", content=chunks(), headers=JSON).status_code]
        statuses.append(client.post(f"/exchanges/{SLUG}/claims", content=b"{nope", headers=JSON).status_code)
    assert statuses == [413, 400]


def test_revoking_a_token_nobody_issued_is_404_and_changes_nothing(served: Running) -> None:
    unknown = "00000000-0000-0000-0000-000000000000"
    with served.client(Role.ADMIN) as admin:
        before = admin.get("/tokens").json()
        answer = admin.post(f"/tokens/{unknown}/revocation", json={"reason": "mistyped"})
        after = admin.get("/tokens").json()
    assert answer.status_code == 404
    assert (answer.json()["type"].rsplit("/", 1)[1], answer.json()["field"]) == ("token-not-found", "token_id")
    assert after == before


def test_the_reading_rooms_forms_pass_the_front_door_to_their_own_checks(served: Running) -> None:
    """A page's form is signed in by its session cookie, not a bearer token: the front door lets it through, and the
    page itself refuses a visitor who is not signed in, recording nothing."""
    before = served.service.reconciler.report(SLUG).model_dump_json()
    with httpx.Client(base_url=served.url, timeout=30) as client:
        answer = client.post(f"/exchanges/{SLUG}/record", data={"stage": "1", "figures": "total: 5"})
        sign_in = client.post("/sign-in", data={"token": "recon_not-a-token"})
    assert answer.status_code == 403, answer.text
    assert "text/html" in answer.headers["content-type"]
    assert sign_in.status_code == 403, sign_in.text  # a sign-in form that did not come from the page
    assert served.service.reconciler.report(SLUG).model_dump_json() == before


def test_the_services_of_these_tests_wait_for_a_connection_as_a_loaded_machine_needs(postgres_url: str) -> None:
    assert fail_fast_env(eventsourcing_env(postgres_url), postgres_url)["POSTGRES_CONNECT_TIMEOUT"] == "30"
