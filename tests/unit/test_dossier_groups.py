"""Dossier version 2 for groups: in addition, within a group, named without a count, breakdowns of a group, notes."""

from __future__ import annotations

import pytest

from adapters.dossier.loader import DossierError, dump_dossier, read_dossier
from domain.figures import Breakdown, NumberNote, Subset

# The Coordination Headquarters on 19 March 2025, as the casebook transcribes it (mar-2025-175-plus-wounded):
# https://news.k4s.uk/2025/03/ukraine-brings-home-22-heavily-wounded-defenders-outside-the-exchange-process
DOSSIER = """\
format: recon-dossier/2
exchange:
  id: mar-2025-175-plus-wounded
  title: 175 for 175, plus the severely wounded
  parties: [Ukraine, Russia]
  terms:
    each side: 175
  source: hq
sources:
  hq: {name: Coordination Headquarters, tier: official}
claims:
  - stage: 1
    direction: to Ukraine
    source: hq
    figures:
      total: 197
      subsets:
        exchanged: 175
        severely_wounded: {count: 22, relation: in_addition}
        mariupol_defenders: {count: 31, within: exchanged}
        azovstal_defenders: {count: 18, within: mariupol_defenders}
        kursk_operation: {within: exchanged}
      breakdowns:
        wounded_branch: {within: severely_wounded, parts: {armed_forces: 21, border_guard: 1}}
    notes:
      - {value: 68, meaning: the exchange's ordinal number}
      - {value: 6th of the year, meaning: as the outlet counts them}
"""


def refusal(old: str, new: str) -> DossierError:
    assert old in DOSSIER, old
    with pytest.raises(DossierError) as refused:
        read_dossier(DOSSIER.replace(old, new, 1), "groups.yaml")
    return refused.value


def test_groups_in_addition_within_groups_and_without_a_count_are_read() -> None:
    (claim,) = read_dossier(DOSSIER, "groups.yaml").claims
    assert claim.figures.subsets == (
        Subset(name="exchanged", count=175),
        Subset(name="severely_wounded", count=22, relation="in_addition"),
        Subset(name="mariupol_defenders", count=31, within="exchanged"),
        Subset(name="azovstal_defenders", count=18, within="mariupol_defenders"),
        Subset(name="kursk_operation", within="exchanged"),
    )
    assert claim.figures.breakdowns == (
        Breakdown(dimension="wounded_branch", within="severely_wounded", parts={"armed_forces": 21, "border_guard": 1}),
    )
    assert claim.notes == (
        NumberNote(value=68, meaning="the exchange's ordinal number"),
        NumberNote(value="6th of the year", meaning="as the outlet counts them"),
    )


def test_a_dump_writes_the_groups_and_notes_back_as_version_2() -> None:
    plan = read_dossier(DOSSIER, "groups.yaml")
    written = dump_dossier(plan)
    assert written.startswith("format: recon-dossier/2\n")
    assert "severely_wounded: {count: 22, relation: in_addition}" in written
    assert "kursk_operation: {within: exchanged}" in written
    assert read_dossier(written, "again.yaml") == plan


@pytest.mark.parametrize(
    ("old", "new", "line", "path", "words"),
    [
        (
            "{count: 31, within: exchanged}",
            "{count: 31, within: exchanges}",
            20,
            "subsets.mariupol_defenders.within",
            "within names 'exchanges', which no claim about this stage states",
        ),
        (
            "{count: 22, relation: in_addition}",
            "{count: 22, relation: in_addition, within: exchanged}",
            19,
            "subsets.severely_wounded",
            "a group in addition adds to the stage's total",
        ),
        (
            "{count: 22, relation: in_addition}",
            "{count: 22, relation: besides}",
            19,
            "subsets.severely_wounded.relation",
            "among",
        ),
        (
            "{count: 31, within: exchanged}",
            "{count: 31, within: azovstal_defenders}",
            15,
            "figures",
            "mariupol_defenders within azovstal_defenders within mariupol_defenders form a cycle",
        ),
        (
            "{within: severely_wounded,",
            "{within: wounded,",
            24,
            "breakdowns.wounded_branch.within",
            "within names 'wounded'",
        ),
        ("{value: 68, meaning: the exchange's ordinal number}", "{value: 68}", 26, "notes[0].meaning", "missing"),
        (
            "{count: 22, relation: in_addition}",
            "{count: 22, relation: in_addition, same_as: 'wounded_branch:navy'}",
            19,
            "subsets.severely_wounded.same_as",
            "same_as names 'wounded_branch:navy', which no claim about this stage states as a breakdown part",
        ),
        (
            "{count: 22, relation: in_addition}",
            "{count: 22, relation: in_addition, same_as: armed_forces}",
            19,
            "subsets.severely_wounded",
            "same_as names a breakdown part as dimension:part",
        ),
    ],
)
def test_malformed_groups_and_notes_are_refused_with_file_path_and_line(
    old: str, new: str, line: int, path: str, words: str
) -> None:
    refused = refusal(old, new)
    assert (refused.file, refused.line) == ("groups.yaml", line)
    assert refused.path.endswith(path), refused.path
    assert words in refused.message


def test_a_group_said_to_be_the_same_people_as_a_part_is_read_and_written_back() -> None:
    same = "{count: 22, relation: in_addition, same_as: 'wounded_branch:armed_forces'}"
    plan = read_dossier(DOSSIER.replace("{count: 22, relation: in_addition}", same), "same.yaml")
    assert plan.claims[0].figures.subsets[1].same_as == "wounded_branch:armed_forces"
    assert read_dossier(dump_dossier(plan), "again.yaml") == plan
