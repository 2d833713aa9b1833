"""A claim that counts bodies says so wherever the reading room names it, through the real app on a SQLite file:
its own page's heading and the history page's line; a claim of people reads as it always did."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from adapters.auth.keyring import Role
from adapters.http.app import create_app
from tests.http_service import TestClient, service

pytestmark = pytest.mark.integration

DOSSIER = """
format: recon-dossier/2
exchange:
  id: people-and-remains
  title: People and remains
  parties: [Ukraine, Russia]
  terms: {each side: 300}
  source: kyiv
sources:
  kyiv: {name: Kyiv Desk, tier: official, published: 2025-03-01}
claims:
  - {stage: 1, direction: each side, source: kyiv, figures: {total: 150}}
  - {stage: 2, direction: to Ukraine, source: kyiv, unit: bodies, figures: {total: 900}}
"""


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The real app, open to readers, on a SQLite file holding an exchange of people with remains beside them."""
    running, tokens = service(tmp_path_factory.mktemp("claim-units"), public_reads=True)
    with TestClient(create_app(running)) as client:
        headers = {"Authorization": f"Bearer {tokens[Role.RECORDER]}", "Content-Type": "application/yaml"}
        client.post("/dossiers", content=DOSSIER, headers=headers).raise_for_status()
        yield client


def _claim_links(client: TestClient) -> list[str]:
    """The addresses of the claims' pages, as the exchange page links them, in the order of the stages."""
    page = client.get("/exchanges/people-and-remains").text
    return list(dict.fromkeys(re.findall(r'href="(/exchanges/people-and-remains/claims/[0-9a-f-]+)"', page)))


def test_the_heading_of_a_claim_of_bodies_names_the_unit_and_that_of_people_does_not(client: TestClient) -> None:
    headings = [re.search(r"<h1>(.*?)</h1>", client.get(link).text) for link in _claim_links(client)]
    assert sorted(found.group(1) for found in headings if found) == [
        "Kyiv Desk, stage 1, each side",
        "Kyiv Desk, stage 2, to Ukraine, in bodies",
    ]


def test_the_history_page_and_the_timeline_name_the_unit_of_a_claim_of_bodies(client: TestClient) -> None:
    said = "Kyiv Desk on stage 2, to Ukraine, in bodies: total 900"
    assert said in client.get("/exchanges/people-and-remains/history").text
    whats = [item["what"] for item in client.get("/exchanges/people-and-remains/timeline").json()["entries"]]
    assert whats[1:] == ["Kyiv Desk on stage 1, each side: total 150", said]
