"""Each claim of a dossier is validated whole, in one pass; built part by part instead, it reads the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from adapters.dossier import build
from adapters.dossier.loader import DossierError, dump_dossier, load_dossier, read_dossier, shipped_dossiers
from domain.plans import ExchangePlan
from tests.bench.dossiers import Shape, generate

TEST_DOSSIERS = sorted((Path(__file__).parent.parent / "dossiers").glob("*.yaml"))


def _part_by_part(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the one-pass validation of every claim fail, so that each is built again part by part."""

    def refused(figures: Any) -> dict[str, Any]:
        return {"total": -1}

    monkeypatch.setattr(build, "figures_data", refused)


@pytest.mark.parametrize("path", [*shipped_dossiers(), *TEST_DOSSIERS], ids=lambda path: path.name)
def test_a_dossier_reads_the_same_validated_in_one_pass_as_built_part_by_part(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_one_pass = load_dossier(path)
    _part_by_part(monkeypatch)
    assert load_dossier(path) == in_one_pass


def test_generated_dossiers_read_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    plans = generate(Shape(exchanges=4, claims=300, largest=120))
    texts = [dump_dossier(plan) for plan in plans]
    in_one_pass = [read_dossier(text) for text in texts]
    _part_by_part(monkeypatch)
    part_by_part: list[ExchangePlan] = [read_dossier(text) for text in texts]
    assert part_by_part == in_one_pass == plans


def test_a_claim_refused_in_one_pass_is_named_at_the_part_at_fault() -> None:
    text = """\
format: recon-dossier/2
exchange: {id: x, title: X, parties: [Ukraine, Russia], terms: {each side: 10}, source: tass}
sources:
  tass: {name: TASS, tier: established_media}
claims:
  - stage: 1
    direction: to Ukraine
    source: tass
    figures:
      total: 10
      breakdowns:
        service: {military: {at_least: 4}, civilian: 6}
"""
    with pytest.raises(DossierError) as refused:
        read_dossier(text)
    assert (refused.value.path, refused.value.line) == ("claims[0].figures.breakdowns.service", 12)
    assert "is a bound" in refused.value.message
