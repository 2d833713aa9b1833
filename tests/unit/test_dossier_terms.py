"""Dossier version 2 keys for terms, plans and completion: read, written back, and refused by path and line."""

from __future__ import annotations

import pytest

from adapters.cli.importing import outcome_line
from adapters.dossier.loader import DossierError, dump_dossier, read_dossier
from adapters.persistence.store import open_reconciler

DOSSIER = """\
format: recon-dossier/2
exchange:
  id: terms-swap
  title: Terms swap
  parties: [Ukraine, Russia]
  terms: not announced
  source: tass
sources:
  tass: {name: TASS, tier: established_media}
  hq: {name: Coordination Headquarters, tier: official}
terms:
  - source: tass
    form: composite
    each_side: 175
    parts: ["175 each side", "23 severely wounded to Ukraine, one way"]
    says: as the Kremlin put it
  - {source: hq, form: per_direction, per_direction: {to Ukraine: 84, to Russia: {at_least: 50}}}
  - {source: hq, form: all_for_all, unit: bodies}
claims:
  - stage: 1
    direction: to Ukraine
    source: tass
    planned: {total: 198, subsets: {severely_wounded: 23}}
    figures: {total: 197, subsets: {severely_wounded: 22}}
  - {stage: 2, direction: to Ukraine, source: hq, took_place_on: 2025-03-20, note: "the second round, no number"}
  - {stage: 1, direction: to Ukraine, source: hq, unit: bodies, figures: {total: 1212}}
completion:
  - tass
  - {source: hq, says: denied}
  - {source: {name: Ukrinform, tier: established_media}, says: continuing}
  - {source: hq, unit: bodies}
  - {source: tass, says: continuing, unit: bodies}
"""


def refusal(text: str) -> DossierError:
    """The error reading `text` raises."""
    with pytest.raises(DossierError) as refused:
        read_dossier(text)
    return refused.value


def test_version_2_keys_build_statements_plans_units_denials_and_a_stage_without_headcount() -> None:
    plan = read_dossier(DOSSIER)
    assert plan.agreement.terms.targets == {}
    assert [statement.form for statement in plan.terms] == ["composite", "per_direction", "all_for_all"]
    assert plan.terms[1].summary == "to Russia at least 50; to Ukraine 84"
    assert [(claim.planned, claim.figures.total) for claim in plan.claims[:2]] == [(False, 197), (True, 198)]
    assert plan.claims[2].figures.unstated
    assert plan.claims[3].unit == "bodies"
    assert [source.name for source in plan.completions] == ["TASS"]
    assert [source.name for source in (*plan.denials, *plan.continuing)] == ["Coordination Headquarters", "Ukrinform"]
    assert [(said.source.name, said.unit, said.says) for said in plan.by_unit] == [
        ("Coordination Headquarters", "bodies", "declared"),
        ("TASS", "bodies", "continuing"),
    ]


def test_a_version_2_dossier_written_back_reads_into_the_same_plan() -> None:
    plan = read_dossier(DOSSIER)
    written = dump_dossier(plan)
    assert written.startswith("format: recon-dossier/2\n")
    assert read_dossier(written) == plan
    assert read_dossier(dump_dossier(plan, ".json"), "dossier.json") == plan


def test_a_plan_without_version_2_constructs_is_still_written_as_version_1() -> None:
    plain = DOSSIER.split("terms:\n  - source")[0].replace("not announced", "{each side: 175}")
    written = dump_dossier(read_dossier(plain.replace("recon-dossier/2", "recon-dossier/1")))
    assert written.startswith("format: recon-dossier/1\n")


@pytest.mark.parametrize(
    ("old", "new", "path", "line", "message"),
    [
        ("form: composite\n", "form: all_for_all\n", "terms[0]", 12, "give no numbers"),
        (
            'parts: ["175 each side", "23 severely wounded to Ukraine, one way"]\n',
            "\n",
            "terms[0]",
            12,
            "name their parts",
        ),
        ("{to Ukraine: 84,", "{to Belarus: 84,", "terms[1].per_direction.to Belarus", 17, "Belarus is not a party"),
        ("{source: hq, says: denied}", "{source: hq, says: maybe}", "completion[1].says", 29, "'maybe'"),
        (
            'note: "the second round, no number"}',
            "note: x}\n  - {direction: to Russia, source: hq}",
            "claims[2]",
            26,
            "without a headcount",
        ),
    ],
)
def test_malformed_version_2_keys_are_refused_with_path_and_line(
    old: str, new: str, path: str, line: int, message: str
) -> None:
    assert old in DOSSIER
    refused = refusal(DOSSIER.replace(old, new, 1))
    assert (refused.path, refused.line) == (path, line), str(refused)
    assert message in refused.message


def test_importing_statements_of_terms_says_so_and_importing_them_again_is_nothing_new() -> None:
    reconciler = open_reconciler("memory:")
    plan = read_dossier(DOSSIER)
    first, again = (outcome_line(reconciler.record_plans([plan])[0]) for _ in range(2))
    assert "2 completions recorded, 6 statements of the terms or denials of completion recorded" in first
    assert again.startswith("terms-swap: nothing new")


def test_a_target_of_at_most_a_number_reads_as_the_range_up_to_it_and_is_written_back_as_said() -> None:
    capped = DOSSIER.replace("to Russia: {at_least: 50}", "to Russia: {at_most: 60}")
    plan = read_dossier(capped)
    target = plan.terms[1].targets["Russia"]
    assert (target.kind, target.count, target.high, target.label) == ("range", 0, 60, "at most 60")
    written = dump_dossier(plan)
    assert "{at_most: 60}" in written
    assert read_dossier(written) == plan
    both = refusal(DOSSIER.replace("to Russia: {at_least: 50}", "to Russia: {at_least: 50, at_most: 60}"))
    assert "a target says at_least or at_most alone" in both.message
