"""A token revoked through one server process is refused by another at once, though that one remembers having
verified it: reads, whose token is checked in the report's own statement, and writes alike."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from adapters.auth.keyring import Role
from tests.builders import agreement, claim, figures
from tests.service_processes import ServerProcess, client, issue_token, server_processes

pytestmark = pytest.mark.integration

SLUG = "revoked-desk"


def issued(admin: httpx.Client, name: str, role: Role) -> tuple[str, str]:
    """A new token and its id, issued over HTTP."""
    answer = admin.post("/tokens", json={"name": name, "role": role.value}).raise_for_status().json()
    return answer["token"], answer["token_id"]


def claim_body(stage: int) -> dict[str, object]:
    return {"claim": claim(stage, figures(10)).model_dump(mode="json")}


def statuses(server: ServerProcess, token: str, stage: int) -> list[int]:
    """What one server answers the token: the latest report, an as-of report, the list, and recording a claim."""
    with client(server, token) as http:
        return [
            http.get(f"/exchanges/{SLUG}/report").status_code,
            http.get(f"/exchanges/{SLUG}/report", params={"as_of_version": 1}).status_code,
            http.get("/exchanges").status_code,
            http.post(f"/exchanges/{SLUG}/claims", json=claim_body(stage)).status_code,
        ]


def test_a_token_revoked_through_one_process_is_refused_by_the_other_from_its_next_request(
    postgres_url: str, tmp_path: Path
) -> None:
    admin_token = issue_token(postgres_url)
    with (
        server_processes(postgres_url, 2, tmp_path / "servers.log") as (first, second),
        client(second, admin_token) as admin,
    ):
        admin.post("/exchanges", json=agreement(SLUG).model_dump(mode="json")).raise_for_status()
        desk, desk_id = issued(admin, "Desk", Role.RECORDER)
        other, _ = issued(admin, "Other desk", Role.RECORDER)
        before = statuses(first, desk, 1) + statuses(first, desk, 2)  # the second time, from memory
        admin.post(f"/tokens/{desk_id}/revocation", json={"reason": "left"}).raise_for_status()
        after = statuses(first, desk, 3)
        unrevoked = statuses(first, other, 4)
        report = admin.get(f"/exchanges/{SLUG}/report").raise_for_status().json()
    assert before == [200, 200, 200, 201] * 2
    assert after == [401, 401, 401, 401]
    assert unrevoked == [200, 200, 200, 201]
    assert report["exchange"]["claims"] == 3  # the revoked token's claim was not recorded


def test_writers_tokens_remembered_by_one_process_and_revoked_through_the_other_are_refused_whatever_they_send(
    postgres_url: str, tmp_path: Path
) -> None:
    # A write takes a token its process verified from memory and confirms it in its own transaction: a new claim
    # after the revocation is refused whole, a claim sent again is not answered "already recorded" and a claim
    # into an exchange that does not exist is not answered 404 nor a malformed claim 422, each with 401 (one token
    # each, as the first refusal makes the process forget the token).
    admin_token = issue_token(postgres_url)
    with (
        server_processes(postgres_url, 2, tmp_path / "servers.log") as (first, second),
        client(second, admin_token) as admin,
    ):
        admin.post("/exchanges", json=agreement(SLUG).model_dump(mode="json")).raise_for_status()
        desks = [issued(admin, f"Desk {number}", Role.RECORDER) for number in range(4)]
        before = [post(first, token, SLUG, stage) for stage, (token, _) in enumerate(desks, start=1)]
        with client(first, desks[3][0]) as http:
            before.append(http.post(f"/exchanges/{SLUG}/claims", json={"claim": {"stage": -1}}).status_code)
        for _, desk_id in desks:
            admin.post(f"/tokens/{desk_id}/revocation", json={"reason": "left"}).raise_for_status()
        (new, _), (again, _), (elsewhere, _), (malformed, _) = desks
        after = [post(first, new, SLUG, 5), post(first, again, SLUG, 2), post(first, elsewhere, "no-such-desk", 6)]
        with client(first, malformed) as http:
            after.append(http.post(f"/exchanges/{SLUG}/claims", json={"claim": {"stage": -1}}).status_code)
        report = admin.get(f"/exchanges/{SLUG}/report").raise_for_status().json()
    assert before == [201, 201, 201, 201, 422]
    assert after == [401, 401, 401, 401]
    assert report["exchange"]["claims"] == 4


def post(server: ServerProcess, token: str, slug: str, stage: int) -> int:
    """The status one server answers the token recording a claim of `stage` into the exchange `slug`."""
    with client(server, token) as http:
        return http.post(f"/exchanges/{slug}/claims", json=claim_body(stage)).status_code
