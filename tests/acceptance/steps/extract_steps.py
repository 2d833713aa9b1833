"""Steps for reading statements: the text in memory, or a file run through `recon extract` and `recon import`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import pytest
from pytest_bdd import given, parsers, then, when

from adapters.dossier.loader import read_dossier
from adapters.extract.extractor import read_text
from adapters.extract.model import Extraction, Proposed
from adapters.persistence.store import open_reconciler
from domain.amounts import shown
from domain.exchange import Claim, ClaimRecorded, exchange_id
from domain.figures import Figures
from tests.acceptance.steps.command_steps import Desk, phrase

FIGURES = {
    "total": "total",
    "running total": "cumulative",
    "military": "service:military",
    "civilians": "service:civilian",
    "men": "sex:men",
    "women": "sex:women",
    "wounded": "subset:wounded",
    "severely wounded": "subset:severely_wounded",
    "exchanged": "subset:exchanged",
    "outside exchange": "subset:outside_exchange",
    "armed forces": "branch:armed_forces",
    "territorial defence": "branch:territorial_defence",
    "territorial defence fighters": "subset:territorial_defence",
    "national guard": "branch:national_guard",
    "navy": "branch:navy",
    "special transport": "branch:special_transport",
    "air force": "branch:air_force",
    "unmanned systems": "branch:unmanned_systems",
    "border guard": "branch:border_guard",
    "ground forces": "branch:ground_forces",
    "national police": "branch:national_police",
    "Donetsk region": "subset:donetsk_region",
    "listed as missing": "subset:listed_missing",
    "Kharkiv region": "subset:kharkiv_region",
    "defenders of Azovstal": "subset:azovstal_defenders",
    "defenders of Mariupol": "subset:mariupol_defenders",
    "defenders of Snake Island": "subset:snake_island_defenders",
    "defenders of Bakhmut": "subset:bakhmut_defenders",
    "Azov regiment": "subset:azov_regiment",
    "Azov": "subset:azov",
    "Kursk residents": "subset:kursk_residents",
    "merchant sailors": "subset:merchant_sailors",
    "DPR fighters": "subset:dpr_fighters",
    "LPR fighters": "subset:lpr_fighters",
    "officers": "subset:officers",
    "privates and sergeants": "subset:privates_and_sergeants",
    "soldiers": "subset:soldiers",
    "conscripts": "subset:conscripts",
    "sentenced": "subset:sentenced",
    "Interior Ministry staff": "subset:interior_ministry",
    "people from Kovel": "subset:from_kovel",
    "people from Belgorod": "subset:from_belgorod",
    "people from Volyn": "subset:from_volyn",
    "defenders of Chernihiv": "subset:chernihiv_defenders",
}
"""The figures as the team names them in scenarios, and their keys."""
NAMES = {key: name for name, key in FIGURES.items()}

CONTENTS = {
    "nothing": b"",
    "binary data": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "2,000,000 bytes of text": b"390 " * 500_000,
}


@dataclass
class Reading:
    """The statement being read, and what reading it proposed."""

    text: str = ""
    found: Extraction | None = None
    listed: frozenset[str] = frozenset()

    @property
    def extraction(self) -> Extraction:
        """What the last reading proposed."""
        assert self.found is not None, "the statement has not been read yet"
        return self.found


@pytest.fixture
def reading() -> Reading:
    """A statement not read yet."""
    return Reading()


@given("the statement:")
def statement_block(reading: Reading, docstring: str) -> None:
    reading.text = docstring


@given(phrase('the statement "{text:Q}"'))
def statement_line(reading: Reading, text: str) -> None:
    reading.text = text


@given(phrase('the statement file "{name:Q}":'))
def statement_file(desk: Desk, name: str, docstring: str) -> None:
    desk.path(name).write_text(docstring + "\n", encoding="utf-8")


@given(phrase('the file "{name:Q}" holding {content}'))
def file_holding(desk: Desk, name: str, content: str) -> None:
    desk.path(name).write_bytes(CONTENTS[content])


@when("the team reads the statement")
def reads(reading: Reading) -> None:
    reading.found = read_text(reading.text)


@when(phrase("the team reads the statement published on {day}"))
def reads_published(reading: Reading, day: str) -> None:
    reading.found = read_text(reading.text, published=date.fromisoformat(day))


@when(phrase('the team extracts "{name:Q}" as the official "{source:Q}" into "{output:Q}"'))
def extracts_with_source(desk: Desk, name: str, source: str, output: str) -> None:
    desk.recon("extract", str(desk.path(name)), "--source", source, "--tier", "official", "-o", str(desk.path(output)))


@when(phrase('the team extracts "{name:Q}" as stage {stage:d} of the official "{source:Q}" into "{output:Q}"'))
def extracts_stage(desk: Desk, name: str, stage: int, source: str, output: str) -> None:
    arguments = ("--source", source, "--tier", "official", "--stage", str(stage), "-o", str(desk.path(output)))
    answer = desk.recon("extract", str(desk.path(name)), *arguments)
    assert answer.exit_code == 0, answer.output


@then(phrase('recon says "{words:Q}"'))
def recon_says(desk: Desk, words: str) -> None:
    assert words in desk.last.output, desk.last.output


@then(phrase('recon does not say "{words:Q}"'))
def recon_does_not_say(desk: Desk, words: str) -> None:
    assert words not in desk.last.output, desk.last.output


@then(phrase('the file "{name:Q}" does not say "{words:Q}"'))
def file_does_not_say(desk: Desk, name: str, words: str) -> None:
    text = desk.path(name).read_text(encoding="utf-8")
    assert words not in text, text


@when(phrase('the team extracts "{name:Q}" without naming the source into "{output:Q}"'))
def extracts_without_source(desk: Desk, name: str, output: str) -> None:
    answer = desk.recon("extract", str(desk.path(name)), "-o", str(desk.path(output)))
    assert answer.exit_code == 0, answer.output


@then(phrase("it proposes terms of {terms:d} for each side"))
def proposes_terms(reading: Reading, terms: int) -> None:
    found = reading.extraction.terms
    assert found is not None
    assert found.value == terms, found


@then("no terms are proposed")
def no_terms(reading: Reading) -> None:
    assert reading.extraction.terms is None, reading.extraction.terms


@then(phrase("it proposes stage {stage:d} of an exchange of {terms:d} for each side"))
def proposes_stage_and_terms(reading: Reading, stage: int, terms: int) -> None:
    extraction = reading.extraction
    assert [claim.stage for claim in extraction.claims] == [stage]
    assert extraction.terms is not None
    assert extraction.terms.value == terms


@then("it proposes these figures to Ukraine:")
def proposes_figures(reading: Reading, datatable: list[list[str]]) -> None:
    rows = [dict(zip(datatable[0], row, strict=True)) for row in datatable[1:]]
    found = {(f.figure, f.value, f.quote) for f in reading.extraction.headcounts if f.direction == "to Ukraine"}
    expected = {(FIGURES[row["figure"]], int(row["value"]), row["words"]) for row in rows}
    assert found >= expected
    reading.listed = frozenset(FIGURES[row["figure"]] for row in rows)


@then("nothing else is proposed as a headcount")
def nothing_else(reading: Reading) -> None:
    assert {f.figure for f in reading.extraction.headcounts} == reading.listed


@then("the words of every proposed figure are found at its place in the statement")
def words_in_place(reading: Reading) -> None:
    for figure in reading.extraction.figures:
        assert reading.text[figure.start : figure.end] == figure.quote


@then(phrase('it proposes {figure} {value:d} {direction}, read from "{words:Q}"'))
def proposes_one(reading: Reading, figure: str, value: int, direction: str, words: str) -> None:
    found = [(f.figure, f.value, f.direction, f.quote) for f in reading.extraction.headcounts]
    assert (FIGURES[figure], value, direction, words) in found, found


@then(
    parsers.re(
        r"the (?P<figure>[\w ]+?) is proposed as (?P<form>.+) (?P<direction>to \w+|each side|combined), "
        r'read from "(?P<words>[^"]+)"'
    )
)
def proposes_in_form(reading: Reading, figure: str, form: str, direction: str, words: str) -> None:
    found = [(f.figure, _form(f), f.direction, f.quote) for f in reading.extraction.headcounts]
    assert (FIGURES[figure], form, direction, words) in found, found


def _form(figure: Proposed) -> str:
    """A proposed figure as a scenario writes it: 'about 213', '300 planned', '12 in addition', '43 within the
    defenders of Azovstal'."""
    written = str(figure.bound) if figure.bound is not None else str(figure.value)
    within = f" within the {NAMES[figure.within]}" if figure.within is not None else ""
    return written + " planned" * figure.planned + " in addition" * figure.in_addition + within


@then(phrase("the stage took place on {day}"))
def took_place_on(reading: Reading, day: str) -> None:
    assert {claim.took_place_on for claim in reading.extraction.claims} == {date.fromisoformat(day)}


@then("the statement proposes these stages:")
def proposes_stages(reading: Reading, datatable: list[list[str]]) -> None:
    proposed = [
        [
            claim.took_place_on.isoformat() if claim.took_place_on else "",
            claim.direction or "",
            ", ".join(f"{key} {value}" for key, value in claim.figures.items()),
        ]
        for claim in reading.extraction.claims
    ]
    expected = [[cell.strip() for cell in row] for row in datatable[1:]]
    assert proposed == expected, proposed


@then(phrase("the claim of {day} reports stage {stage:d}"))
def claim_reports_stage(reading: Reading, day: str, stage: int) -> None:
    stages = {claim.stage for claim in reading.extraction.claims if claim.took_place_on == date.fromisoformat(day)}
    assert stages == {stage}, stages


@then(phrase("the stage took place in the month {month}"))
def took_place_in(reading: Reading, month: str) -> None:
    claims = reading.extraction.claims
    assert [(c.took_place_on, c.took_place_precision) for c in claims] == [(date.fromisoformat(f"{month}-01"), "month")]


@then(phrase("the recorded claim took place in the month {month}"))
def recorded_in_month(desk: Desk, month: str) -> None:
    assert [claim.took_place_as_written for claim in _recorded(desk)] == [month]


@then(phrase('the file "{name:Q}" says "{line:Q}"'))
def file_says(desk: Desk, name: str, line: str) -> None:
    assert any(each.startswith(line) for each in desk.path(name).read_text(encoding="utf-8").splitlines())


@then(phrase('"{name:Q}" is a recon-dossier/{version:d} dossier once a person writes the terms and the stage'))
def dossier_of_version(desk: Desk, name: str, version: int) -> None:
    text = desk.path(name).read_text(encoding="utf-8")
    written = text.replace("terms: unknown", "terms: {each side: 1000}").replace("stage: unknown", "stage: 1")
    # and the exchange's id and title, which a statement naming no exchange leaves to be written before importing
    written = written.replace("id: unknown", "id: reviewed").replace("title: unknown", "title: A reviewed statement")
    assert text.count(f"\nformat: recon-dossier/{version}\n") == 1
    assert read_dossier(written).claims


@then(phrase("every claim proposed counts {unit}"))
def claims_count(reading: Reading, unit: str) -> None:
    assert reading.extraction.claims
    assert {claim.unit for claim in reading.extraction.claims} == {unit}


@then(phrase('"{words:Q}" is set aside: it {reason}'))
def not_taken_because(reading: Reading, words: str, reason: str) -> None:
    reasons = {r.quote: r.reason for r in reading.extraction.rejected}
    assert reasons.get(words, "").startswith(reason), reasons


@then(phrase('"{words:Q}" is not taken because it is {reason}'))
def not_taken(reading: Reading, words: str, reason: str) -> None:
    reasons = {r.quote: r.reason for r in reading.extraction.rejected}
    assert reasons.get(words, "").startswith(reason), reasons


@then(phrase('nothing is proposed from "{words:Q}"'))
def nothing_from(reading: Reading, words: str) -> None:
    assert all(figure.quote != words for figure in reading.extraction.figures)


@then(phrase('"{words:Q}" is read as no number of the exchange at all'))
def no_number(reading: Reading, words: str) -> None:
    assert all(figure.quote != words for figure in reading.extraction.figures)
    assert all(rejected.quote != words for rejected in reading.extraction.rejected)


@then(phrase('"{words:Q}" is proposed only as planned'))
def only_planned(reading: Reading, words: str) -> None:
    found = [figure for figure in reading.extraction.headcounts if figure.quote == words]
    assert found
    assert all(figure.planned for figure in found), found


@then(phrase("nothing is proposed for the {figure}"))
def nothing_for(reading: Reading, figure: str) -> None:
    assert all(found.figure != FIGURES[figure] for found in reading.extraction.headcounts)


@then("nothing is proposed for each side")
def nothing_each_side(reading: Reading) -> None:
    assert all(figure.direction != "each side" for figure in reading.extraction.headcounts)


@then("nothing is proposed for both sides together")
def nothing_combined(reading: Reading) -> None:
    assert all(figure.direction != "combined" for figure in reading.extraction.headcounts)


@then("nothing is proposed for each side but military")
def only_military_each_side(reading: Reading) -> None:
    each = [figure.figure for figure in reading.extraction.headcounts if figure.direction == "each side"]
    assert each == ["service:military"], each


@then("no stage is proposed")
def no_stage(reading: Reading) -> None:
    assert all(claim.stage is None for claim in reading.extraction.claims)


@then("no total is proposed")
def no_total(reading: Reading) -> None:
    assert all(figure.figure != "total" for figure in reading.extraction.figures)


@then("no proposed figure comes from the headline")
def none_from_headline(reading: Reading) -> None:
    headline_end = reading.text.index("\n")
    assert all(figure.start > headline_end for figure in reading.extraction.headcounts), reading.extraction.headcounts


@then("no day is proposed")
def no_day(reading: Reading) -> None:
    assert all(claim.took_place_on is None for claim in reading.extraction.claims)


@then(phrase('the meaning of the total says the text calls them "{word:Q}"'))
def total_meaning(reading: Reading, word: str) -> None:
    [total] = [f for f in reading.extraction.figures if f.figure == "total"]
    assert f"calls them {word!r}" in total.meaning


@then(phrase('no claim is proposed, with the message "{message:Q}"'))
def no_claim(reading: Reading, message: str) -> None:
    assert reading.extraction.claims == ()
    assert message in reading.extraction.messages


@then(phrase('the recorded claim keeps the hash of "{name:Q}" and these words:'))
def recorded_provenance(desk: Desk, name: str, datatable: list[list[str]]) -> None:
    reconciler = open_reconciler(desk.database_url)
    try:
        events = list(reconciler.repository.event_store.get(exchange_id("1000-for-1000")))
    finally:
        reconciler.close()
    [recorded] = [event for event in events if isinstance(event, ClaimRecorded)]
    provenance = recorded.claim.provenance
    assert provenance is not None
    assert provenance.text_sha256 == hashlib.sha256(desk.path(name).read_bytes()).hexdigest()
    assert {span.figure: span.quote for span in provenance.spans} == dict(datatable[1:])


def _recorded(desk: Desk) -> list[Claim]:
    reconciler = open_reconciler(desk.database_url)
    try:
        events = list(reconciler.repository.event_store.get(exchange_id("1000-for-1000")))
    finally:
        reconciler.close()
    return [event.claim for event in events if isinstance(event, ClaimRecorded)]


def _stated(figures: Figures) -> dict[str, str]:
    """Each figure of a recorded claim keyed as the extractor keys it, as the report shows it."""
    stated = {"total": shown(figures.total)} if figures.total is not None else {}
    for breakdown in figures.breakdowns:
        stated |= {f"{breakdown.dimension}:{part}": shown(count) for part, count in breakdown.parts.items()}
    for group in figures.subsets:
        added = " in addition" if group.relation == "in_addition" else ""
        added += f" within {group.within}" if group.within is not None else ""
        stated[f"subset:{group.name}"] = (shown(group.count) if group.count is not None else "no count") + added
    return stated


@then(phrase('the recorded {kind} claim states the {figure} as "{value:Q}"'))
@then(phrase('the recorded claim states the {figure} as "{value:Q}"'))
def recorded_figure(desk: Desk, figure: str, value: str, kind: str = "delivered") -> None:
    [claim] = [claim for claim in _recorded(desk) if claim.planned == (kind == "planned")]
    assert _stated(claim.figures).get(FIGURES[figure]) == value, _stated(claim.figures)


@then(phrase("the recorded claim counts {unit}"))
def recorded_unit(desk: Desk, unit: str) -> None:
    [claim] = _recorded(desk)
    assert claim.unit == unit


@then("no delivered claim is recorded")
def no_delivered(desk: Desk) -> None:
    assert all(claim.planned for claim in _recorded(desk))


@then(phrase('the recorded claim notes "{value:Q}" as {meaning}'))
def recorded_note(desk: Desk, value: str, meaning: str) -> None:
    [claim] = _recorded(desk)
    assert any(str(note.value) == value and note.meaning.startswith(meaning) for note in claim.notes), claim.notes


@then(phrase('extracting is refused with exit status {status:d} and the message "{message:Q}"'))
def extract_refused(desk: Desk, status: int, message: str) -> None:
    assert desk.last.exit_code == status, desk.last.output
    assert desk.last.stderr.startswith("error: ")
    assert message in desk.last.stderr


@then(phrase('no snippet is written to "{name:Q}"'))
def no_snippet(desk: Desk, name: str) -> None:
    assert not desk.path(name).exists()
