"""Steps of the reading room: the real app on a SQLite file, its pages read as HTML through FastAPI's TestClient."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_bdd import given, parsers, then, when

from adapters.auth.keyring import Role
from adapters.dossier.loader import shipped_dossier
from adapters.http.app import create_app
from tests.http_service import TestClient, service

SLUG = "1000-for-1000"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
_FINDING = re.compile(r'<li class="finding sev-(\w+)" data-finding="([^"]+)">')


@dataclass
class Room:
    """The reading room in a scenario: a browser-like client keeping cookies, the tokens, and the last page."""

    client: TestClient
    tokens: dict[Role, str]
    answer: httpx.Response | None = None
    finding: str | None = None
    morning: list[tuple[str, str]] = field(default_factory=list)
    imported_version: int = 0

    @property
    def last(self) -> httpx.Response:
        """The last page answered."""
        assert self.answer is not None, "no page was opened yet"
        return self.answer

    @property
    def text(self) -> str:
        """The last page's text, tags and runs of spaces taken out, as a person reads it."""
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", self.last.text)).split())

    def csrf(self, path: str = "/") -> str:
        """The CSRF token the forms of a page carry."""
        found = _CSRF.search(self.client.get(path).text)
        assert found is not None, f"no form on {path}"
        return found.group(1)

    def open(self, path: str) -> None:
        """Open a page, following redirects as a browser does."""
        self.answer = self.client.get(path)


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    """The real app on a SQLite file in tmp_path, reads not public, a token issued for every role."""
    running, tokens = service(tmp_path)
    with TestClient(create_app(running)) as client:
        yield Room(client, tokens)


@given(parsers.parse('the reading room holds the shipped "{title}" dossier'))
def room_holds_the_shipped_dossier(room: Room, title: str) -> None:
    text = shipped_dossier().read_text(encoding="utf-8")
    headers = {"Authorization": f"Bearer {room.tokens[Role.RECORDER]}", "Content-Type": "application/yaml"}
    room.client.post("/dossiers", content=text, headers=headers).raise_for_status()
    room.imported_version = report_of(room)["exchange"]["version"]


def report_of(room: Room) -> Any:
    """The exchange's JSON report, read with a reader's token."""
    headers = {"Authorization": f"Bearer {room.tokens[Role.READER]}"}
    return room.client.get(f"/exchanges/{SLUG}/report", headers=headers).json()


@given(parsers.parse("the editor has signed in with a {role} token"))
def signed_in(room: Room, role: str) -> None:
    form = {"token": room.tokens[Role(role)], "csrf": room.csrf("/sign-in"), "next": "/"}
    room.client.post("/sign-in", data=form).raise_for_status()


@when(parsers.parse('the editor signs in with the token "{token}"'))
def signs_in_with(room: Room, token: str) -> None:
    room.answer = room.client.post("/sign-in", data={"token": token, "csrf": room.csrf("/sign-in"), "next": "/"})


@when("the editor opens the exchanges page")
def opens_exchanges(room: Room) -> None:
    room.open("/")


@when(parsers.parse('the editor searches the exchanges for "{name}"'))
def searches(room: Room, name: str) -> None:
    room.open(f"/?q={name}")


@when(parsers.parse('the editor opens the "{slug}" page as of version {version:d}'))
def opens_as_of(room: Room, slug: str, version: int) -> None:
    room.open(f"/exchanges/{slug}?as_of_version={version}")


@when(parsers.parse('the editor opens the "{slug}" page'))
def opens_exchange(room: Room, slug: str) -> None:
    room.open(f"/exchanges/{slug}")


@when(parsers.parse('a visitor who has not signed in opens the "{slug}" page'))
def visitor_opens(room: Room, slug: str) -> None:
    room.answer = room.client.get(f"/exchanges/{slug}", follow_redirects=False)


def _record(room: Room, total: int, party: str, stage: int) -> None:
    form = {
        "csrf": room.csrf(f"/exchanges/{SLUG}/record"),
        "stage": str(stage),
        "direction": f"to {party}",
        "source_name": "Sakh.online",
        "tier": "aggregator",
        "figures": f"{{total: {total}}}",
    }
    room.answer = room.client.post(f"/exchanges/{SLUG}/record", data=form)


@given(
    parsers.parse(
        "the editor has recorded from the form that Sakh.online announced {total:d} returned to {party} "
        "at stage {stage:d}"
    )
)
def has_recorded(room: Room, total: int, party: str, stage: int) -> None:
    _record(room, total, party, stage)
    assert room.last.status_code == 200, room.text


@when(
    parsers.parse(
        "the editor records from the form that Sakh.online announced {total:d} returned to {party} at stage {stage:d}"
    )
)
def records_from_form(room: Room, total: int, party: str, stage: int) -> None:
    _record(room, total, party, stage)


@when(parsers.parse('the editor uploads the shipped dossier as "{name}" with stage 1\'s total written as {total:d}'))
def uploads(room: Room, name: str, total: int) -> None:
    text = shipped_dossier().read_text(encoding="utf-8").replace("total: 390", f"total: {total}", 1)
    files = {"dossier": (name, text.encode("utf-8"), "application/yaml")}
    room.answer = room.client.post("/record", data={"csrf": room.csrf("/record")}, files=files)


def claim_of(room: Room, source: str, stage: int) -> str:
    """The id of the claim `source` made about `stage`, as the JSON report cites it."""
    report = report_of(room)
    cited = [
        evidence["claim_id"]
        for part in report["stages"]
        if part["stage"] == stage
        for direction in part["directions"]
        for line in direction["figures"]
        for evidence in line["sources"]
        if evidence["source"].startswith(source)
    ]
    assert cited, f"{source} made no claim about stage {stage}"
    return str(cited[0])


@given(parsers.parse('{source}\'s stage {stage:d} claim was corrected to {total:d} because "{reason}"'))
def claim_corrected(room: Room, source: str, stage: int, total: int, reason: str) -> None:
    body = {"figures": {"total": total}, "reason": reason, "by": "Desk editor"}
    headers = {"Authorization": f"Bearer {room.tokens[Role.RECORDER]}"}
    path = f"/exchanges/{SLUG}/claims/{claim_of(room, source, stage)}/corrections"
    room.client.post(path, json=body, headers=headers).raise_for_status()


@when(parsers.parse("the editor opens the page of {source}'s stage {stage:d} claim"))
def opens_claim(room: Room, source: str, stage: int) -> None:
    room.open(f"/exchanges/{SLUG}/claims/{claim_of(room, source, stage)}")


@then(parsers.parse('the page links to "{address}"'))
def links_to(room: Room, address: str) -> None:
    assert f'<a href="{address}"' in room.last.text


@when("the editor reads the morning list")
def reads_morning(room: Room) -> None:
    room.open("/morning")
    room.morning = _FINDING.findall(room.last.text)


@when(parsers.parse('the editor acknowledges that finding with the note "{note}"'))
def acknowledges(room: Room, note: str) -> None:
    assert room.finding is not None
    form = {"csrf": room.csrf(f"/exchanges/{SLUG}"), "finding": unescape(room.finding), "note": note}
    room.answer = room.client.post(f"/exchanges/{SLUG}/acknowledge", data=form)
    assert room.last.status_code == 200, room.text


@when("the editor sends an acknowledgement anyway")
def sends_anyway(room: Room) -> None:
    form = {"csrf": room.csrf("/"), "finding": "source-agreement/1/to Ukraine/total", "note": "a reader tries"}
    room.answer = room.client.post(f"/exchanges/{SLUG}/acknowledge", data=form)


@when("the editor sends an acknowledgement without the page's CSRF token")
def sends_without_csrf(room: Room) -> None:
    form = {"finding": "source-agreement/1/to Ukraine/total", "note": "sent from elsewhere"}
    room.answer = room.client.post(f"/exchanges/{SLUG}/acknowledge", data=form)


@then(parsers.parse("the page answers {status:d}"))
def page_answers(room: Room, status: int) -> None:
    assert room.last.status_code == status, room.text[:500]


@then(parsers.parse('the page reads "{words}"'))
def page_reads(room: Room, words: str) -> None:
    assert words in room.text, room.text[:2000]


@then(parsers.parse('"{title}" is listed as "{verdict}"'))
def listed_as(room: Room, title: str, verdict: str) -> None:
    row = next(row for row in room.last.text.split("<tr>") if f">{title}</a>" in row)
    assert f">{verdict}</span>" in row


@then(parsers.parse("the page shows stage {stage:d} only"))
def shows_only_stage(room: Room, stage: int) -> None:
    assert re.findall(r'data-stage="(\d+)"', room.last.text) == [str(stage)]


@then(parsers.parse('the morning list holds a {severity} of rule "{rule}"'))
def morning_holds(room: Room, severity: str, rule: str) -> None:
    found = [finding for level, finding in room.morning if level == severity and finding.startswith(rule + "/")]
    assert found, room.morning
    room.finding = found[0]


@then("the morning list is empty")
def morning_empty(room: Room) -> None:
    assert room.morning == []
    assert "0 open findings" in room.text


@then(parsers.parse('the {name} field says "{words}"'))
def field_says(room: Room, name: str, words: str) -> None:
    found = re.search(rf'<p id="e-{name}" class="problem" role="alert">([^<]*)</p>', room.last.text)
    assert found is not None, room.text[:2000]
    assert words in unescape(found.group(1))


@then(parsers.parse("the exchange still holds {claims:d} claims"))
def still_holds(room: Room, claims: int) -> None:
    headers = {"Authorization": f"Bearer {room.tokens[Role.READER]}"}
    report = room.client.get(f"/exchanges/{SLUG}/report", headers=headers).json()
    assert report["exchange"]["claims"] == claims


@then(parsers.parse('the page offers no acknowledgement and no "{link}"'))
def offers_no_controls(room: Room, link: str) -> None:
    assert 'class="acknowledge' not in room.last.text
    assert f">{link}</a>" not in room.last.text


@then(parsers.parse('the visitor is sent to "{target}"'))
def sent_to(room: Room, target: str) -> None:
    assert room.last.status_code == 303
    assert room.last.headers["location"] == target
