"""Each shipped real exchange transcribes its casebook file whole: every statement is a source under its id with the
same address, and a claim carrying the statement's words, unless the format cannot write it as a claim (below)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from adapters.dossier.loader import shipped_dossier
from tests.real_cases.schema import Case, case_files, load_case

NOT_A_CLAIM = {
    ("jun-2025-istanbul-wounded-young-and-bodies", "umerov-terms"): "the terms alone, written under `terms`",
    ("jun-2025-istanbul-wounded-young-and-bodies", "medinsky-terms"): "the terms alone, written under `terms`",
    ("jun-2025-istanbul-wounded-young-and-bodies", "zorin-over-6000"): "the terms alone, written under `terms`",
}
"""Statements written as sources (and terms) but not as claims, and why."""


def transcriptions() -> list[Any]:
    folder = Path(str(shipped_dossier().parent))
    return [
        pytest.param(load_case(path), yaml.safe_load((folder / path.name).read_text("utf-8")), id=path.stem)
        for path in case_files()
        if (folder / path.name).exists()
    ]


@pytest.mark.parametrize(("case", "dossier"), transcriptions())
def test_every_statement_is_a_source_with_its_address_and_a_claim_with_its_words(
    case: Case, dossier: dict[str, Any]
) -> None:
    slug = case.exchange.slug
    assert dossier["exchange"]["id"] == slug
    assert {name: source["url"] for name, source in dossier["sources"].items()} == {
        statement.id: statement.url for statement in case.statements
    }
    claimed = {claim["source"]: claim.get("note") for claim in dossier["claims"]}
    expected = {
        statement.id: " ".join(statement.says.split())
        for statement in case.statements
        if (slug, statement.id) not in NOT_A_CLAIM
    }
    assert claimed == expected
