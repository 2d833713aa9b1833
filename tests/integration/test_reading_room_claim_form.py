"""The reading room's form for one claim, through the real app on a SQLite file: a stage typed as a character that
Python counts as a digit but cannot read as a number is refused beside its field, as any other stage that is not
one, never a server error."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest

from adapters.auth.keyring import Role
from adapters.dossier.loader import shipped_dossier
from adapters.http.app import create_app
from tests.http_service import TestClient, service

pytestmark = pytest.mark.integration

PAGE = "/exchanges/1000-for-1000"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[TestClient]:
    """A recorder signed in to the reading room, on a SQLite file holding the shipped "1,000 for 1,000"."""
    running, tokens = service(tmp_path)
    with TestClient(create_app(running), raise_server_exceptions=False) as client:
        headers = {"Authorization": f"Bearer {tokens[Role.RECORDER]}", "Content-Type": "application/yaml"}
        client.post("/dossiers", content=shipped_dossier().read_text(encoding="utf-8"), headers=headers)
        form = {"token": tokens[Role.RECORDER], "csrf": _csrf(client, "/sign-in"), "next": "/"}
        client.post("/sign-in", data=form).raise_for_status()
        yield client


def _csrf(client: TestClient, path: str) -> str:
    found = _CSRF.search(client.get(path).text)
    assert found is not None, f"no form on {path}"
    return found.group(1)


@pytest.mark.parametrize("stage", ["²", "abc"])
def test_a_stage_that_is_not_a_number_is_refused_beside_its_field(desk: TestClient, stage: str) -> None:
    form = {
        "csrf": _csrf(desk, PAGE),
        "stage": stage,
        "direction": "to Ukraine",
        "source_name": "Suspilne",
        "tier": "established_media",
        "figures": "{total: 5}",
    }
    answer = desk.post(f"{PAGE}/record", data=form)
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("text/html")
    assert f"{stage!r} is not understood here; write the stage's number from 1" in unescape(answer.text)
