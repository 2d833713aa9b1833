"""The mediators a claim names, and the figures it says its origin did not give, survive a round trip; not in the id."""

from __future__ import annotations

from pathlib import Path

from adapters.dossier.loader import dump_dossier, load_dossier, shipped_dossier
from domain.exchange import Claim, claim_id_of


def aug_2024() -> Path:
    return Path(str(shipped_dossier().parent)) / "aug-2024-115-each.yaml"


def test_the_mediators_a_claim_names_survive_writing_the_dossier_back(tmp_path: Path) -> None:
    plan = load_dossier(aug_2024())
    copy = tmp_path / "copy.yaml"
    copy.write_text(dump_dossier(plan), encoding="utf-8")
    assert load_dossier(copy) == plan
    assert {name for claim in plan.claims for name in claim.mediated_by} == {"United Arab Emirates", "Türkiye"}


def test_naming_a_mediator_does_not_change_which_claim_it_is() -> None:
    # Re-importing a dossier that adds `mediated_by` must find the claims already recorded, not new ones.
    claim = next(claim for claim in load_dossier(aug_2024()).claims if claim.mediated_by)
    without = Claim.model_validate({**claim.model_dump(), "mediated_by": ()})
    assert claim_id_of(without) == claim_id_of(claim)
    assert "mediated_by" not in without.model_dump()


def test_a_relays_silence_survives_writing_the_dossier_back(tmp_path: Path) -> None:
    source = Path(str(shipped_dossier().parent)) / "apr-2025-easter-246.yaml"
    plan = load_dossier(source)
    copy = tmp_path / "copy.yaml"
    copy.write_text(dump_dossier(plan), encoding="utf-8")
    assert load_dossier(copy) == plan
    assert [claim.origin_gave_no for claim in plan.claims if claim.origin_gave_no] == [("total",)]
