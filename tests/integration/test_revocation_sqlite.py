"""On SQLite, where the keyring is a file of its own and a write cannot confirm it, a writer's token remembered by one
server process is looked up just before its write: revoked through another process, it is refused whatever it sends,
and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.auth.keyring import Role
from adapters.settings import keyring_url
from tests.builders import agreement
from tests.integration.test_revocation_postgres import SLUG, issued, post
from tests.service_processes import client, issue_token, server_processes

pytestmark = pytest.mark.integration


def test_writers_tokens_remembered_by_one_process_and_revoked_through_the_other_are_refused_whatever_they_send(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    admin_token = issue_token(keyring_url(url))
    with (
        server_processes(url, 2, tmp_path / "servers.log") as (first, second),
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
