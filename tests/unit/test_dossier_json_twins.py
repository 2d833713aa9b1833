"""A dossier written in JSON means what the same dossier means in YAML: every shipped and test dossier, both ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adapters.dossier.document import parse_document
from adapters.dossier.loader import load_dossier, read_dossier, shipped_dossiers

TEST_DOSSIERS = sorted((Path(__file__).parent.parent / "dossiers").glob("*.yaml"))


def _as_json(path: Path) -> str:
    """The YAML file's data written as JSON, days and times as the text JSON holds them."""
    data = parse_document(path.read_text(encoding="utf-8"), ".yaml").data
    return json.dumps(data, indent=2, ensure_ascii=False, default=lambda value: value.isoformat())


@pytest.mark.parametrize("path", [*shipped_dossiers(), *TEST_DOSSIERS], ids=lambda path: path.name)
def test_a_dossier_read_from_json_gives_the_plan_it_gives_from_yaml(path: Path) -> None:
    text = _as_json(path)
    assert '"format"' in text
    assert read_dossier(text, path.with_suffix(".json").name) == load_dossier(path)


def test_days_reach_the_json_twin_as_text() -> None:
    # Were days left as dates, the comparison above would not test reading them from JSON's text.
    assert '"published": "2025-05-23"' in _as_json(shipped_dossiers()[0])
