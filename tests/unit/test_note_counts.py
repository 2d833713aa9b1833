"""What a note counts survives a dossier's round trip; a note that does not say is written as before."""

from __future__ import annotations

from pathlib import Path

from adapters.dossier.loader import dump_dossier, load_dossier, shipped_dossier
from domain.figures import NumberNote


def sep_2024() -> Path:
    return Path(str(shipped_dossier().parent)) / "sep-2024-103-each.yaml"


def test_a_notes_count_survives_writing_the_dossier_back(tmp_path: Path) -> None:
    plan = load_dossier(sep_2024())
    copy = tmp_path / "copy.yaml"
    copy.write_text(dump_dossier(plan), encoding="utf-8")
    assert load_dossier(copy) == plan
    counts = {note.counts for claim in plan.claims for note in claim.notes}
    assert {"uae_mediations_since_2022", "exchanged_in_all"} <= counts


def test_a_note_without_a_count_is_stored_with_the_keys_it_always_had() -> None:
    # Stored events keep their JSON: a note recorded before `counts` existed reads back equal, and writes back alike.
    note = NumberNote(value=68, meaning="the exchange's ordinal number")
    assert note.model_dump() == {"value": 68, "meaning": "the exchange's ordinal number"}
    assert NumberNote.model_validate({"value": 68, "meaning": "the exchange's ordinal number"}) == note
