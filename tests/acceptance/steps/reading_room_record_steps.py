"""Steps of the reading room reading a version 2 record: origins and outlets, ranges, numbers kept apart."""

from __future__ import annotations

import re
from html import unescape

from pytest_bdd import given, parsers, then, when

from adapters.auth.keyring import Role
from tests.acceptance.steps.reading_room_steps import Room
from tests.easter_dossier import EASTER, SLUG

BETWEEN = """\
format: recon-dossier/2
exchange: {id: between-so-far, title: "Between 1,100 and 1,300", parties: [Ukraine, Russia], source: agency,
  terms: {each side: {low: 1100, high: 1300}}}
sources:
  agency: {name: Agency, tier: official, published: 2025-08-01}
claims:
  - {stage: 1, direction: to Ukraine, source: agency, figures: {total: 980}}
"""
"""A target said as a range, and a first stage short of its lowest value."""
DOSSIERS = {"Easter swap": EASTER, "Between 1,100 and 1,300": BETWEEN}


@given(parsers.parse('the reading room also holds the desk\'s "{title}" dossier'))
def room_holds_easter(room: Room, title: str) -> None:
    headers = {"Authorization": f"Bearer {room.tokens[Role.RECORDER]}", "Content-Type": "application/yaml"}
    room.client.post("/dossiers", content=DOSSIERS[title], headers=headers).raise_for_status()


@then(parsers.parse("the progress to {party} shows {agreed} agreed and {remaining} remaining"))
def progress_table_shows(room: Room, party: str, agreed: str, remaining: str) -> None:
    """The Agreed and Remaining cells of the table under the party's chart."""
    figure = room.last.text.split(f'<figure class="chart" data-party="{party}"', 1)[1].split("</figure>", 1)[0]
    heads = re.findall(r'<th scope="col">([^<]*)</th>', figure)
    cells = [unescape(cell) for cell in re.findall(r'<td class="num">([^<]*)</td>', figure)]
    shown = dict(zip(heads, cells, strict=True))
    assert (shown.get("Agreed"), shown.get("Remaining")) == (agreed, remaining), shown


def _claim_of(room: Room, source: str, stage: int, direction: str) -> str:
    """The claim `source` made about the stage's total in `direction`, from the JSON report."""
    headers = {"Authorization": f"Bearer {room.tokens[Role.READER]}"}
    report = room.client.get(f"/exchanges/{SLUG}/report", headers=headers).json()
    (part,) = [part for part in report["stages"] if part["stage"] == stage]
    (figures,) = [d["figures"] for d in part["directions"] if d["direction"] == direction]
    return str(next(e["claim_id"] for e in figures[0]["sources"] if e["source"] == source))


def _figure_row(room: Room, stage: int, direction: str, unit: str | None = None) -> str:
    """The HTML of the total's row in the stage's table of `direction` (in `unit`'s section, when given)."""
    page = room.last.text if unit is None else room.last.text.split(f'data-unit="{unit}"', 1)[1]
    section = page.split(f'data-stage="{stage}"', 1)[1].split('<section class="stage"', 1)[0]
    table = section.split(f"<caption>{direction[:1].upper()}{direction[1:]}</caption>", 1)[1].split("</table>")[0]
    return table.split('<tr data-figure="total">', 1)[1].split("</tr>", 1)[0]


@then(parsers.parse('stage {stage:d}\'s total {direction} says "{words}"'))
def total_says(room: Room, stage: int, direction: str, words: str) -> None:
    row = _figure_row(room, stage, direction)
    assert words in " ".join(unescape(re.sub(r"<[^>]+>", " ", row)).split()).replace(" ,", ","), row


@then(parsers.parse('in {unit}, stage {stage:d}\'s total {direction} says "{words}"'))
def unit_total_says(room: Room, unit: str, stage: int, direction: str, words: str) -> None:
    row = _figure_row(room, stage, direction, unit)
    assert words in " ".join(unescape(re.sub(r"<[^>]+>", " ", row)).split()).replace(" ,", ","), row


@then(parsers.parse("\"{name}\" under stage {stage:d}'s total {direction} links to {source}'s claim"))
def origin_links_to(room: Room, name: str, stage: int, direction: str, source: str) -> None:
    row = unescape(_figure_row(room, stage, direction))
    link = f'<a href="/exchanges/{SLUG}/claims/{_claim_of(room, source, stage, direction)}">{name}</a>'
    assert link in row, row


@then(parsers.parse("the progress to {party} draws stage {stage:d} as a band from {low:d} to {high:d}"))
def draws_band(room: Room, party: str, stage: int, low: int, high: int) -> None:
    figure = room.last.text.split(f'data-party="{party}"', 1)[1].split("</figure>", 1)[0]
    assert f'class="seg ranged-low"><title>Stage {stage} (a range): at least {low:,}</title>' in figure, figure
    assert f'class="band"><title>Stage {stage} (a range): {low:,} to {high:,}</title>' in figure, figure


@when(parsers.parse('the editor opens the page of {source}\'s stage {stage:d} claim {direction} in "{slug}"'))
def opens_easter_claim(room: Room, source: str, stage: int, direction: str, slug: str) -> None:
    assert slug == SLUG, slug
    room.open(f"/exchanges/{SLUG}/claims/{_claim_of(room, source, stage, direction)}")


@when(parsers.parse('the editor opens the history of "{slug}"'))
def opens_history(room: Room, slug: str) -> None:
    room.open(f"/exchanges/{slug}/history")
