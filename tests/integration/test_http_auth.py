"""Who may do what over real HTTP: every role against every route, and tokens refused, revoked or absent."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from adapters.auth.keyring import Role
from tests.builders import MINISTRY, agreement
from tests.http_service import Running, serve

pytestmark = pytest.mark.integration
SLUG = "1000-for-1000"
CLAIM_ID = "00000000-0000-0000-0000-000000000000"
JSON_CLAIM = {"stage": 1, "direction": {"kind": "to", "party": "Ukraine"}, "source": MINISTRY.model_dump(mode="json")}

ROUTES: list[tuple[str, str, Any, Role]] = [
    ("GET", "/exchanges", None, Role.READER),
    ("GET", f"/exchanges/{SLUG}/report", None, Role.READER),
    ("GET", f"/exchanges/{SLUG}/timeline", None, Role.READER),
    ("GET", f"/exchanges/{SLUG}/diff?from=1", None, Role.READER),
    ("GET", f"/exchanges/{SLUG}/bundle", None, Role.READER),
    ("GET", "/findings", None, Role.READER),
    ("POST", "/exchanges", agreement().model_dump(mode="json"), Role.RECORDER),
    ("POST", f"/exchanges/{SLUG}/claims", {"claim": {**JSON_CLAIM, "figures": {"total": 390}}}, Role.RECORDER),
    (
        "POST",
        f"/exchanges/{SLUG}/claims/{CLAIM_ID}/corrections",
        {"figures": {"total": 1}, "reason": "r"},
        Role.RECORDER,
    ),
    ("POST", f"/exchanges/{SLUG}/claims/{CLAIM_ID}/retraction", {"reason": "r"}, Role.RECORDER),
    ("POST", f"/exchanges/{SLUG}/completions", {"source": MINISTRY.model_dump(mode="json")}, Role.RECORDER),
    ("POST", "/dossiers", {"format": "recon-dossier/1"}, Role.RECORDER),
    ("POST", "/extract", "390 returned", Role.RECORDER),
    ("POST", f"/exchanges/{SLUG}/acknowledgements", {"finding_id": "x", "note": "n"}, Role.REVIEWER),
    ("GET", "/tokens", None, Role.ADMIN),
    ("POST", "/tokens", {"name": "Partner", "role": "reader"}, Role.ADMIN),
    ("POST", f"/tokens/{CLAIM_ID}/revocation", {"reason": "r"}, Role.ADMIN),
]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """One service for the module with the exchange agreed."""
    with serve(tmp_path_factory.mktemp("auth")) as running:
        running.service.reconciler.agree_exchange(agreement())
        yield running


def _send(client: httpx.Client, method: str, path: str, body: Any) -> httpx.Response:
    if isinstance(body, str):
        return client.request(method, path, content=body, headers={"Content-Type": "text/plain"})
    return client.request(method, path, json=body)


@pytest.mark.parametrize("role", [None, *Role], ids=lambda role: "anonymous" if role is None else role.value)
@pytest.mark.parametrize(("method", "path", "body", "needed"), ROUTES, ids=[f"{m} {p}" for m, p, _, _ in ROUTES])
def test_each_role_against_each_route(
    served: Running, role: Role | None, method: str, path: str, body: Any, needed: Role
) -> None:
    with served.client(role) as client:
        response = _send(client, method, path, body)
    if role is None:
        assert response.status_code == 401
        assert response.headers["www-authenticate"].startswith("Bearer")
    elif not role.allows(needed):
        assert response.status_code == 403
        assert response.json()["field"] == "Authorization"
    else:
        assert response.status_code not in (401, 403, 500)


def test_an_unknown_token_is_refused_as_invalid(served: Running) -> None:
    with httpx.Client(base_url=served.url, headers={"Authorization": "Bearer recon_guessed"}) as client:
        response = client.get("/exchanges")
    assert response.status_code == 401
    assert 'error="invalid_token"' in response.headers["www-authenticate"]


def test_a_revoked_token_is_refused_from_the_next_request(served: Running) -> None:
    with served.client(Role.ADMIN) as admin:
        issued = admin.post("/tokens", json={"name": "Partner", "role": "reader"}).json()
        headers = {"Authorization": f"Bearer {issued['token']}"}
        before = admin.get("/exchanges", headers=headers).status_code
        admin.post(f"/tokens/{issued['token_id']}/revocation", json={"reason": "left"}).raise_for_status()
        after = admin.get("/exchanges", headers=headers).status_code
        listed = admin.get("/tokens").json()
    assert (before, after) == (200, 401)
    assert issued["token"] not in str(listed)
    assert any(holder["name"] == "Partner" and holder["revoked"] for holder in listed)


def test_tokens_are_kept_as_hashes_in_their_own_file(served: Running) -> None:
    path = served.service.database_url.removeprefix("sqlite:///").replace("recon.sqlite3", "recon-keyring.sqlite3")
    with open(path, "rb") as stored:
        data = stored.read()
    assert all(token.encode() not in data for token in served.tokens.values())


def test_public_reads_open_the_reads_only(tmp_path_factory: pytest.TempPathFactory) -> None:
    with serve(tmp_path_factory.mktemp("public"), public_reads=True) as running, running.client() as client:
        reads = client.get("/exchanges").status_code
        writes = client.post("/exchanges", json=agreement().model_dump(mode="json")).status_code
    assert (reads, writes) == (200, 401)
