"""The dossier example in README.md stays a dossier the loader accepts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from adapters.dossier.loader import read_dossier

pytestmark = pytest.mark.integration

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_dossier_example_loads_and_states_the_seed_figures() -> None:
    (example,) = re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)
    plan = read_dossier(example, "README-example.yaml")
    (claim,) = plan.claims
    assert claim.figures.values() == {
        "total": 390,
        "service:military": 270,
        "service:civilian": 120,
        "sex:men": 387,
        "sex:women": 3,
    }


DOSSIER_README = README.parent / "adapters" / "dossier" / "README.md"


def test_every_whole_dossier_in_the_format_guide_loads_as_version_2() -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", DOSSIER_README.read_text(encoding="utf-8"), flags=re.DOTALL)
    whole = [block for block in blocks if block.startswith("format:")]
    assert whole, "the guide shows at least one whole dossier"
    for block in whole:
        assert block.startswith("format: recon-dossier/2\n")
        read_dossier(block, "guide-example.yaml")
