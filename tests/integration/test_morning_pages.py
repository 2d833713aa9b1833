"""The morning list a page at a time through the real app on a SQLite file: errors first, filters kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest

from adapters.auth.keyring import Role
from adapters.http.app import create_app
from adapters.http.pages import morning
from tests.easter_dossier import EASTER
from tests.http_service import TestClient, service

pytestmark = pytest.mark.integration
# The Easter swap again under another name, with a stage-1 breakdown that does not make up its total: an error.
BROKEN = EASTER.replace("id: easter-swap", "id: broken-swap").replace("title: Easter swap", "title: Broken swap") + (
    "  - {stage: 1, direction: to Ukraine, source: tass, figures: {total: 246, breakdowns: {service: "
    "{military: 200, civilian: 40}}}}\n"
)
_LINE = re.compile(
    r'<li class="finding sev-(\w+)" data-finding="[^"]+"><span class="sev">\w+</span>\s*<a href="/exchanges/([^/#"]+)'
)


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The real app on a SQLite file holding both swaps (four warnings, one error), one finding a page."""
    monkeypatch.setattr(morning, "PAGE_SIZE", 1)
    running, tokens = service(tmp_path, public_reads=True)
    with TestClient(create_app(running)) as client:
        headers = {"Authorization": f"Bearer {tokens[Role.RECORDER]}", "Content-Type": "application/yaml"}
        for text in (EASTER, BROKEN):
            client.post("/dossiers", content=text, headers=headers).raise_for_status()
        yield client


_CHOICES = re.compile(r'<option value="(\w+)"')
"""The values a filter of the list offers (beside "any")."""


def test_the_first_page_opens_with_the_error_and_counts_every_page(client: TestClient) -> None:
    answer = client.get("/morning")
    assert answer.status_code == 200
    assert _LINE.findall(answer.text) == [("error", "broken-swap")]
    assert "5 open findings: 1 error, 4 warnings; page 1 of 5" in " ".join(answer.text.split())
    assert 'href="/morning?page=2" rel="next"' in answer.text


def test_the_next_page_keeps_the_filters(client: TestClient) -> None:
    answer = client.get("/morning?severity=warning&page=1")
    assert [severity for severity, _ in _LINE.findall(answer.text)] == ["warning"]
    assert 'href="/morning?severity=warning&amp;page=2" rel="next"' in answer.text


def test_notes_are_not_a_severity_of_the_morning_list(client: TestClient) -> None:
    answer = client.get("/morning?severity=info")
    assert answer.status_code == 422
    assert "There is no severity 'info' among findings: choose error or warning" in unescape(answer.text)
    offered = re.search(r'<select id="severity".*?</select>', client.get("/morning").text, re.S)
    assert offered is not None
    assert _CHOICES.findall(offered.group()) == ["error", "warning"]


def test_a_page_beyond_the_last_is_refused_naming_how_many_there_are(client: TestClient) -> None:
    answer = client.get("/morning?page=9")
    assert answer.status_code == 404
    assert "The morning list has 5 pages, not 9." in answer.text


def test_a_page_number_below_one_is_refused(client: TestClient) -> None:
    answer = client.get("/morning?page=0")
    assert answer.status_code == 422
    assert "page" in answer.text
