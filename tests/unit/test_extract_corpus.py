"""The real-statements corpus: every file keeps the schema, the held-out split is fixed by name and untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from adapters.extract.extractor import read_text
from adapters.extract.model import Bound, Extraction, ProposedClaim
from tests.eval.eval_extract import evaluate
from tests.eval.manifest import MANIFEST, current, recorded, render
from tests.eval.real import REAL, Scored, held_out, load_real, parse, proposed_facts, proposed_notes, real_files, scored
from tests.eval.schema import RealText

MINIMAL = {
    "language": "en",
    "follows": "https://example.org/statement",
    "published": "2025-05-23",
    "speaker": "Ukraine",
    "patterns": ["background"],
    "about": "a minimal text",
    "text": "390 people came home.",
    "expected": {"stages": [{"claims": {"to Ukraine": {"total": 390}}}]},
}


def labelled(**changes: object) -> RealText:
    return RealText.model_validate(MINIMAL | changes)


@pytest.mark.parametrize("path", real_files(), ids=lambda path: path.name)
def test_every_real_corpus_file_keeps_the_schema(path: Path) -> None:
    entry = parse(path)
    assert path.name.startswith(f"{entry.language}-{entry.published.isoformat()}-")
    assert entry.follows.startswith("https://")


@pytest.mark.parametrize(
    "follows", ["http://example.org/statement", "example.org/statement", "https://", "https://host/a b"]
)
def test_a_follows_address_that_is_not_https_is_refused(follows: str) -> None:
    with pytest.raises(ValidationError, match="https address"):
        labelled(follows=follows)


@pytest.mark.parametrize(
    ("figures", "message"),
    [
        ({"soldiers": 3}, "not a figure key"),
        ({"total": {"about": 3, "at_least": 2}}, "Extra inputs"),
        ({"subset:wounded": {"value": 3}}, "exactly one of them"),
        ({"total": {"low": 5, "high": 2}}, "is not below"),
        ({"total": {"value": 3, "in_addition": True}}, "only a subset"),
    ],
)
def test_a_malformed_figure_is_refused_with_its_reason(figures: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        labelled(expected={"stages": [{"claims": {"to Ukraine": figures}}]})


def test_an_unknown_pattern_or_direction_is_refused() -> None:
    with pytest.raises(ValidationError, match="patterns"):
        labelled(patterns=["ordinal"])
    with pytest.raises(ValidationError, match="is not a direction"):
        labelled(expected={"stages": [{"claims": {"home": {"total": 1}}}]})


def test_a_value_that_is_not_exact_is_scored_as_the_range_it_allows() -> None:
    stage = {
        "stage": 2,
        "took_place_on": "2025-05",
        "claims": {
            "to Ukraine": {
                "total": {"about": 15},
                "cumulative": {"at_least": 1001},
                "service:military": {"at_most": 250},
                "service:civilian": {"low": 10, "high": 12},
                "subset:wounded": {"value": 23, "in_addition": True},
                "subset:azov": {"value": 4, "within": "subset:mariupol_defenders"},
            }
        },
        "planned": {"each side": {"total": 192}},
    }
    facts = scored("x.yaml", labelled(expected={"terms": "1,000 for 1,000", "stages": [stage]})).expected
    assert facts == {
        ("terms", "", "", "terms", 1000),
        ("stage", "", "", "stage", 2),
        ("date", "", "", "took_place_on", "2025-05"),
        ("direction", "", "to Ukraine", "direction", "to Ukraine"),
        ("bound", "", "to Ukraine", "total", "14-16"),
        ("bound", "", "to Ukraine", "cumulative", "1001-"),
        ("bound", "", "to Ukraine", "service:military", "0-250"),
        ("bound", "", "to Ukraine", "service:civilian", "10-12"),
        ("subset added", "", "to Ukraine", "subset:wounded", "23 in addition"),
        ("subset within", "", "to Ukraine", "subset:azov", "4 within subset:mariupol_defenders"),
        ("planned", "", "each side", "planned total", 192),
    }


def test_a_plain_proposal_for_an_approximate_count_is_not_scored_right() -> None:
    stages = {"stages": [{"claims": {"to Ukraine": {"total": {"about": 15}}}}]}
    expected = scored("x.yaml", labelled(text="About 15 people came home.", expected=stages)).expected
    plain = ProposedClaim(stage=None, direction="to Ukraine", figures={"total": 15}, spans=())
    extraction = Extraction(text_sha256="0" * 64, characters=1, parties=("Ukraine", "Russia"), claims=(plain,))
    right = proposed_facts(extraction, several_stages=False) & expected
    assert right == {("direction", "", "to Ukraine", "direction", "to Ukraine")}


def test_bounds_planned_figures_and_added_groups_are_scored_in_their_own_form() -> None:
    stages = {
        "stages": [
            {
                "claims": {
                    "to Ukraine": {"total": {"at_least": 501}, "subset:wounded": {"value": 22, "in_addition": True}}
                },
                "planned": {"each side": {"total": {"about": 1200}}},
            }
        ]
    }
    expected = scored("x.yaml", labelled(expected=stages)).expected
    delivered = ProposedClaim(
        stage=None,
        direction="to Ukraine",
        figures={},
        bounds={"total": Bound(relation="at least", value=501)},
        added={"subset:wounded": 22},
        spans=(),
    )
    planned = ProposedClaim(
        stage=None, direction="each side", figures={}, planned={"total": Bound(relation="about", value=1200)}, spans=()
    )
    extraction = Extraction(
        text_sha256="0" * 64, characters=1, parties=("Ukraine", "Russia"), claims=(delivered, planned)
    )
    assert proposed_facts(extraction, several_stages=False) == expected


@pytest.mark.parametrize(
    ("label", "bound", "right"),
    [
        ({"about": 213}, Bound(relation="about", value=213), True),
        ({"at_least": 501}, Bound(relation="at least", value=501), True),
        ({"at_least": 500}, Bound(relation="at least", value=501), False),
        ({"at_most": 250}, Bound(relation="at most", value=250), True),
        ({"low": 202, "high": 224}, Bound(relation="about", value=213), True),
        ({"low": 200, "high": 250}, Bound(relation="about", value=213), False),
        ({"about": 210}, Bound(relation="about", value=213), False),
    ],
)
def test_an_approximate_figure_is_right_when_its_range_is_the_labels(
    label: dict[str, int], bound: Bound, right: bool
) -> None:
    stages = {"stages": [{"claims": {"to Ukraine": {"total": label}}}]}
    expected = scored("x.yaml", labelled(expected=stages)).expected
    claim = ProposedClaim(stage=None, direction="to Ukraine", figures={}, bounds={"total": bound}, spans=())
    extraction = Extraction(text_sha256="0" * 64, characters=1, parties=("Ukraine", "Russia"), claims=(claim,))
    found = proposed_facts(extraction, several_stages=False) & expected
    assert any(fact[0] == "bound" for fact in found) == right


def test_an_ordinal_and_a_count_over_the_war_are_scored_as_notes_apart_from_the_figures() -> None:
    text = "In the 64th exchange, 84 Ukrainians came home. Since 2022, 5,857 people have been freed."
    aside = [{"value": 64, "why": "ordinal"}, {"value": 5857, "why": "since-war-began"}, {"value": 2022, "why": "year"}]
    expected = {"stages": [{"claims": {"to Ukraine": {"total": 84}}}], "set_aside": aside}
    entry = scored("x.yaml", labelled(text=text, expected=expected))
    assert entry.notes == {("note", "", "", "ordinal", 64), ("note", "", "", "since-war-began", 5857)}
    assert proposed_notes(read_text(text)) == entry.notes
    assert all(fact[0] != "note" for fact in entry.expected)


def test_a_note_the_text_writes_in_words_is_scored_by_the_count_they_say() -> None:
    text = "Ten Ukrainians came home today. Almost two hundred people have come back since the war began."
    assert proposed_notes(read_text(text)) == {("note", "", "", "since-war-began", 200)}


def test_facts_carry_their_stage_only_when_a_text_reports_several() -> None:
    two = {
        "stages": [
            {"stage": 1, "claims": {"to Ukraine": {"total": 390}}},
            {"took_place_on": "2025-05-24", "claims": {"to Ukraine": {"total": 307}}},
        ]
    }
    facts = scored("x.yaml", labelled(expected=two)).expected
    assert ("total", "stage 1", "to Ukraine", "total", 390) in facts
    assert ("total", "2025-05-24", "to Ukraine", "total", 307) in facts
    single = scored("x.yaml", labelled()).expected
    assert ("total", "", "to Ukraine", "total", 390) in single


def test_in_a_text_of_several_stages_a_proposal_without_its_stage_matches_no_stage() -> None:
    def claim(stage: int | None) -> ProposedClaim:
        return ProposedClaim(stage=stage, direction="to Ukraine", figures={"total": 390}, spans=())

    extraction = Extraction(text_sha256="0" * 64, characters=1, parties=("Ukraine", "Russia"), claims=(claim(1),))
    assert ("total", "stage 1", "to Ukraine", "total", 390) in proposed_facts(extraction, several_stages=True)
    assert ("total", "", "to Ukraine", "total", 390) in proposed_facts(extraction, several_stages=False)
    unstaged = extraction.model_copy(update={"claims": (claim(None),)})
    assert ("total", "?", "to Ukraine", "total", 390) in proposed_facts(unstaged, several_stages=True)


def test_a_proposed_figure_the_labels_set_aside_is_counted_as_taken() -> None:
    entry = Scored("x.yaml", "en", "Ukraine has brought 390 people home.", frozenset(), set_aside=frozenset({390}))
    assert evaluate([entry]).set_aside_taken == 1


def test_the_held_out_split_is_decided_by_the_last_hex_digit_of_the_name_s_sha256() -> None:
    # sha256("a") ends in "b", sha256("b") in "d", sha256("d") in "4", sha256("f") in "1"
    assert [held_out(name) for name in ("a", "b", "d", "f")] == [False, False, True, True]


def test_the_manifest_lists_every_held_out_file_unchanged_and_nothing_else() -> None:
    assert recorded() == current(), "run `python -m tests.eval.manifest --write` only before any tuning"


def test_the_manifest_catches_a_held_out_file_edited_after_it_was_listed(tmp_path: Path) -> None:
    names = [name for name in (f"en-2025-05-23-t{n}.yaml" for n in range(40)) if held_out(name)]
    for name in names:
        (tmp_path / name).write_text(yaml.safe_dump(MINIMAL), encoding="utf-8")
    manifest = tmp_path / MANIFEST.name
    manifest.write_text(render(current(tmp_path)), encoding="utf-8")
    assert recorded(manifest) == current(tmp_path)
    (tmp_path / names[0]).write_text(yaml.safe_dump(MINIMAL | {"about": "relabelled"}), encoding="utf-8")
    assert recorded(manifest) != current(tmp_path)


def test_the_real_corpus_lives_beside_the_team_s_own_texts() -> None:
    assert REAL.parent.name == "extract_corpus"
    assert len(real_files()) >= 15


def test_scoring_the_tuning_split_never_reads_a_held_out_file(tmp_path: Path) -> None:
    names = [f"en-2025-05-23-t{n}.yaml" for n in range(8)]
    for name in names:
        # A held-out file that cannot even be parsed: reading it would fail the load.
        (tmp_path / name).write_text("{" if held_out(name) else yaml.safe_dump(MINIMAL), encoding="utf-8")
    tuning = load_real(lambda name: not held_out(name), tmp_path)
    assert sorted(entry.name for entry in tuning) == [name for name in names if not held_out(name)]
