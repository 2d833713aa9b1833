"""A stage dated only to its month (`took_place_on: "2025-05"`): read, written back, and never taken as a day."""

from __future__ import annotations

from datetime import date
from uuid import uuid5

import pytest

from adapters.dossier.dump import dump_dossier
from adapters.dossier.loader import DossierError, read_dossier
from domain.identity import NAMESPACE

# An ombudsman's briefing recalls that Kursk residents were handed over "during the exchange held in May 2025".
DOSSIER = """\
format: recon-dossier/2
exchange:
  id: may-2025-1000-for-1000
  title: 1,000 for 1,000
  parties: [Ukraine, Russia]
  terms: {each side: 1000}
  source: ombudsman
sources:
  ombudsman: {name: "Ukraine's Ombudsman", tier: official, published: 2025-07-02}
claims:
  - {stage: 1, direction: to Russia, source: ombudsman, took_place_on: "2025-05", figures: {total: 30}}
  - {stage: 2, direction: to Russia, source: ombudsman, took_place_on: 2025-05-24, figures: {total: 307}}
"""


def test_a_stage_month_is_kept_as_its_first_day_with_its_precision() -> None:
    month, day = read_dossier(DOSSIER).claims
    assert (month.took_place_on, month.took_place_precision, month.took_place_as_written) == (
        date(2025, 5, 1),
        "month",
        "2025-05",
    )
    assert (day.took_place_on, day.took_place_precision, day.took_place_as_written) == (
        date(2025, 5, 24),
        None,
        "2025-05-24",
    )


def test_a_stage_month_names_no_day_for_the_rules_that_order_stages_by_day() -> None:
    month, day = read_dossier(DOSSIER).claims
    assert month.stage_day is None
    assert day.stage_day == date(2025, 5, 24)


def test_the_dump_writes_the_month_back_as_written() -> None:
    plan = read_dossier(DOSSIER)
    text = dump_dossier(plan)
    assert "took_place_on: 2025-05\n" in text or "took_place_on: 2025-05," in text
    assert read_dossier(text) == plan
    assert read_dossier(dump_dossier(plan, ".json"), "dossier.json") == plan


def test_a_month_that_does_not_exist_is_refused_with_its_path() -> None:
    with pytest.raises(DossierError) as refused:
        read_dossier(DOSSIER.replace('"2025-05"', '"2025-13"'))
    assert refused.value.path.startswith("claims[0].took_place_on")


def test_a_month_and_a_day_of_the_same_stage_are_different_claims() -> None:
    month, _ = read_dossier(DOSSIER).claims
    first_day = month.model_copy(update={"took_place_precision": None})
    assert month.claim_id != first_day.claim_id


def test_a_claim_dated_to_the_day_keeps_the_id_it_had() -> None:
    # Ids are content hashes: a new field left at its default must not change the ids of claims already recorded.
    _, day = read_dossier(DOSSIER).claims
    content = day.model_dump_json(
        include={"stage", "direction", "source", "figures", "took_place_on", "planned", "unit"}, exclude_defaults=True
    )
    assert day.claim_id == uuid5(NAMESPACE, "claim:" + content)
