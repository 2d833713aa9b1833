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
