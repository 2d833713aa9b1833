"""Steps of the reading room where the desk acts on a claim or an exchange, and reads it as sources had announced it."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import quote

from pytest_bdd import parsers, then, when

from adapters.auth.keyring import Role
from tests.acceptance.steps.reading_room_steps import SLUG, Room, claim_of, report_of


def _claim_path(room: Room, source: str, stage: int) -> str:
    return f"/exchanges/{SLUG}/claims/{claim_of(room, source, stage)}"


@when(parsers.parse('the editor opens the "{slug}" page as announced before "{instant}"'))
def opens_as_announced(room: Room, slug: str, instant: str) -> None:
    room.open(f"/exchanges/{slug}?announced_before={quote(instant)}")


@when(
    parsers.re(
        r"the editor corrects (?P<source>.+)'s stage (?P<stage>\d+) claim to \"(?P<figures>[^\"]*)\" "
        r"because \"(?P<reason>[^\"]*)\""
    ),
    converters={"stage": int},
)
def corrects(room: Room, source: str, stage: int, figures: str, reason: str) -> None:
    path = _claim_path(room, source, stage)
    form = {"csrf": room.csrf(path), "figures": figures, "reason": reason}
    room.answer = room.client.post(f"{path}/correct", data=form)


@when(
    parsers.re(r"the editor retracts (?P<source>.+)'s stage (?P<stage>\d+) claim because \"(?P<reason>[^\"]*)\""),
    converters={"stage": int},
)
def retracts(room: Room, source: str, stage: int, reason: str) -> None:
    path = _claim_path(room, source, stage)
    room.answer = room.client.post(f"{path}/retract", data={"csrf": room.csrf(path), "retract_reason": reason})


@when(
    parsers.re(
        r"the editor attributes (?P<source>.+)'s stage (?P<stage>\d+) claim to \"(?P<origin>[^\"]*)\" "
        r"because \"(?P<reason>[^\"]*)\""
    ),
    converters={"stage": int},
)
def attributes(room: Room, source: str, stage: int, origin: str, reason: str) -> None:
    path = _claim_path(room, source, stage)
    form = {"csrf": room.csrf(path), "origin": origin, "origin_reason": reason}
    room.answer = room.client.post(f"{path}/attribute", data=form)


@when(parsers.re(r"the editor declares the exchange complete by \"(?P<name>[^\"]*)\" of tier \"(?P<tier>[^\"]*)\""))
def declares_complete(room: Room, name: str, tier: str) -> None:
    form = {"csrf": room.csrf(f"/exchanges/{SLUG}"), "source_name": name, "tier": tier}
    room.answer = room.client.post(f"/exchanges/{SLUG}/complete", data=form)


@when(
    parsers.re(r"the editor declares the (?P<unit>\w+) complete by \"(?P<name>[^\"]*)\" of tier \"(?P<tier>[^\"]*)\"")
)
def declares_unit_complete(room: Room, unit: str, name: str, tier: str) -> None:
    form = {"csrf": room.csrf(f"/exchanges/{SLUG}"), "source_name": name, "tier": tier, "unit": unit}
    room.answer = room.client.post(f"/exchanges/{SLUG}/complete", data=form)


@then(parsers.parse('stage {stage:d}\'s {figure} to {party} reads "{value}"'))
def stage_figure_reads(room: Room, stage: int, figure: str, party: str, value: str) -> None:
    section = room.last.text.split(f'data-stage="{stage}"', 1)[1].split('<section class="stage"', 1)[0]
    table = next(part for part in section.split("<caption>")[1:] if part.startswith(f"To {party}"))
    found = re.search(rf'<tr data-figure="{figure}">.*?<td class="num">([^<]*)</td>', table, re.DOTALL)
    assert found is not None, table[:1000]
    assert unescape(found.group(1)) == value


@then(parsers.parse("no figure of stage {stage:d} cites {source}"))
def no_figure_cites(room: Room, stage: int, source: str) -> None:
    section = room.last.text.split(f'data-stage="{stage}"', 1)[1].split('<section class="stage"', 1)[0]
    assert f">{source}" not in unescape(section)


@then("the page offers no correction and no retraction")
def offers_no_correction(room: Room) -> None:
    assert room.last.status_code == 200
    assert 'id="correct-form"' not in room.last.text
    assert 'id="retract-form"' not in room.last.text


@then("the page offers no declaration of completion")
def offers_no_declaration(room: Room) -> None:
    assert room.last.status_code == 200
    assert 'id="complete-form"' not in room.last.text


@then("the exchange is still as imported")
def still_as_imported(room: Room) -> None:
    assert report_of(room)["exchange"]["version"] == room.imported_version


@when(parsers.parse('the editor opens what changed in "{slug}" between versions {start:d} and {end:d}'))
def opens_diff(room: Room, slug: str, start: int, end: int) -> None:
    room.open(f"/exchanges/{slug}/changes?start={start}&end={end}")


@then(parsers.parse("the page names version {version:d} as responsible, saying what it recorded"))
def names_responsible(room: Room, version: int) -> None:
    headers = {"Authorization": f"Bearer {room.tokens[Role.READER]}"}
    timeline = room.client.get(f"/exchanges/{SLUG}/timeline", headers=headers).json()
    what = next(entry["what"] for entry in timeline["entries"] if entry["version"] == version)
    found = re.search(rf'<li id="event-{version}"[^>]*>(.*?)</li>', room.last.text, re.DOTALL)
    assert found is not None, room.text[:2000]
    assert what in unescape(re.sub(r"<[^>]+>", "", found.group(1)))
