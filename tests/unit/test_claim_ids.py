"""A claim's id is the one it has always had: uuid5 of "claim:" and the claim's content written as JSON without
its defaults. Stored events and pinned reports name claims by these ids, so the way they are worked out may change,
never the ids themselves."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID, uuid5

import pytest

from adapters.dossier.loader import load_dossier, shipped_dossiers
from domain.claims import Claim, claim_id_of
from domain.figures import Direction, Figures, Source
from domain.identity import NAMESPACE

TEST_DOSSIERS = sorted((Path(__file__).parent.parent / "dossiers").glob("*.yaml"))
ID_FIELDS = {"stage", "direction", "source", "figures", "took_place_on", "took_place_precision", "planned", "unit"}


def _as_always_written(claim: Claim) -> UUID:
    return uuid5(NAMESPACE, "claim:" + claim.model_dump_json(include=ID_FIELDS, exclude_defaults=True))


@pytest.mark.parametrize("path", [*shipped_dossiers(), *TEST_DOSSIERS], ids=lambda path: path.name)
def test_every_claim_of_a_dossier_keeps_its_id(path: Path) -> None:
    claims = load_dossier(path).claims
    assert claims
    assert [claim_id_of(claim) for claim in claims] == [_as_always_written(claim) for claim in claims]


def test_a_claim_in_other_scripts_keeps_its_id() -> None:
    claim = Claim(
        stage=1,
        direction=Direction.to("Україна"),
        source=Source(name="Координаційний штаб", tier="official", published="2025-05-23"),
        figures=Figures(total=390),
        note="«повернулися додому» — 390",
    )
    assert claim_id_of(claim) == _as_always_written(claim)


def test_the_id_of_a_known_claim_is_pinned() -> None:
    claim = Claim(
        stage=1,
        direction=Direction.to("Ukraine"),
        source=Source(name="TASS", tier="official"),
        figures=Figures(total=390),
    )
    assert str(claim_id_of(claim)) == "ab21da6b-f388-558e-bc85-d421970dbf71"
