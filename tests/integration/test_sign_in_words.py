"""Signing in to the reading room with nothing pasted, through the real app on a SQLite file: the page says that
no token was pasted, not that an empty one is unknown or revoked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from adapters.http.app import create_app
from tests.http_service import TestClient, service

pytestmark = pytest.mark.integration
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.mark.parametrize(
    ("token", "said"),
    [("", "No token was pasted"), ("  ", "No token was pasted"), ("recon_nope", "This token is unknown or revoked")],
)
def test_a_sign_in_refused_says_why(tmp_path: Path, token: str, said: str) -> None:
    running, _ = service(tmp_path)
    with TestClient(create_app(running)) as client:
        found = CSRF.search(client.get("/sign-in").text)
        assert found is not None
        answer = client.post("/sign-in", data={"token": token, "csrf": found[1], "next": "/"})
    assert answer.status_code == 401
    assert said in answer.text
