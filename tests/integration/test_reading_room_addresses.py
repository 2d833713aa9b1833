"""An exchange page's address edited by hand, through the real app on a SQLite file: a version that is not one is
answered with a page saying so, as a date that is not one already was, never with the API's problem document."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from adapters.auth.keyring import Role
from adapters.http.app import create_app
from tests.easter_dossier import EASTER
from tests.http_service import TestClient, service

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The real app, open to readers, on a SQLite file holding the Easter swap."""
    running, tokens = service(tmp_path_factory.mktemp("addresses"), public_reads=True)
    with TestClient(create_app(running)) as client:
        headers = {"Authorization": f"Bearer {tokens[Role.RECORDER]}", "Content-Type": "application/yaml"}
        client.post("/dossiers", content=EASTER, headers=headers).raise_for_status()
        yield client


@pytest.mark.parametrize("version", ["abc", "0", "-2", "1.5", "²"])
def test_a_version_that_is_not_one_is_a_page_saying_what_to_write(client: TestClient, version: str) -> None:
    answer = client.get("/exchanges/easter-swap", params={"as_of_version": version})
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("text/html")
    assert f"{version!r} is not a version: write a whole number from 1 up." in answer.text.replace("&#39;", "'")


def test_a_version_given_is_still_the_point_the_page_shows(client: TestClient) -> None:
    answer = client.get("/exchanges/easter-swap", params={"as_of_version": "1"})
    assert answer.status_code == 200
    assert 'value="1"' in answer.text


@pytest.mark.parametrize("claim", ["zzz", "1234", "afe028ef"])
def test_a_claim_address_that_is_no_claim_id_is_a_page_saying_so(client: TestClient, claim: str) -> None:
    answer = client.get(f"/exchanges/easter-swap/claims/{claim}")
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("text/html")
    assert f"There is no claim {claim!r}" in answer.text.replace("&#39;", "'")


BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def test_an_address_nothing_answers_is_the_reading_rooms_page_for_a_browser(client: TestClient) -> None:
    answer = client.get("/nowhere", headers={"Accept": BROWSER})
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("text/html")
    assert "There is nothing at this address." in answer.text
    assert 'href="/"' in answer.text


@pytest.mark.parametrize("accept", ["application/json", "*/*", ""])
def test_an_address_nothing_answers_is_a_problem_document_for_a_script(client: TestClient, accept: str) -> None:
    answer = client.get("/nowhere", headers={"Accept": accept})
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["status"] == 404
