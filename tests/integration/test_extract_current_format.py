"""`recon extract` proposes dossiers in the current format, version 2, even for statements a version 1 file could
hold: the proposal imports with `recon import` into a SQLite file, and reads as the same claims a version 1
proposal of the same text did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app
from adapters.dossier.loader import read_dossier
from adapters.extract.extractor import read_text
from adapters.extract.snippet import snippet
from tests.eval.real import parse
from tests.integration.test_extract_version2 import RECORDING, TUNING, VERSION_2

pytestmark = pytest.mark.integration

STATEMENT = (
    "On 23 May 2025 Ukraine brought home 390 people from Russian captivity: 270 servicemen and 120 civilians. "
    "This is the first stage of the 1,000 for 1,000 exchange.\n"
)
VERSION_1_ONLY = [path for path in TUNING if path not in VERSION_2]
"""Statements whose proposal a version 1 file could hold: once proposed as version 1, now as version 2."""


def recon(store: Path, *args: str) -> Result:
    """`recon --db <store> ARGS...`."""
    return CliRunner().invoke(app, ["--db", f"sqlite:///{store}", *args])


def filled(proposal: str) -> str:
    """What a person writes where the text is silent (the exchange's title, the terms, a receiver, a stage)."""
    for unknown, written in (
        ("title: unknown", "title: A proposal"),
        ("terms: unknown", "terms: all for all"),
        ("direction: unknown", "direction: combined"),
    ):
        proposal = proposal.replace(unknown, written)
    return proposal.replace("stage: unknown", "stage: 9")


def test_a_proposal_is_written_in_version_2_and_imports(tmp_path: Path) -> None:
    statement, dossier, store = tmp_path / "statement.txt", tmp_path / "claim.yaml", tmp_path / "recon.sqlite3"
    statement.write_text(STATEMENT, encoding="utf-8")
    review = ["--source", "Ukraine's Defence Ministry", "--tier", "official", "--published", "2025-05-23"]
    shown = recon(store, "extract", str(statement), *review, "-f", "yaml")
    assert shown.exit_code == 0, shown.output
    assert "\nformat: recon-dossier/2\n" in shown.stdout
    written = recon(store, "extract", str(statement), *review, "-o", str(dossier))
    assert written.exit_code == 0, written.output
    assert "\nformat: recon-dossier/2\n" in dossier.read_text(encoding="utf-8")
    imported = recon(store, "import", str(dossier))
    assert imported.exit_code == 0, imported.output
    reported = recon(store, "report", "1000-for-1000", "-f", "json")
    assert reported.exit_code == 0, reported.output
    [stage] = json.loads(reported.stdout)["stages"]
    [direction] = stage["directions"]
    assert direction["direction"] == "to Ukraine"
    assert direction["figures"][0]["accepted"] == 390


@pytest.mark.parametrize("path", VERSION_1_ONLY, ids=[path.stem for path in VERSION_1_ONLY])
def test_a_proposal_means_what_its_version_1_proposal_meant(path: Path) -> None:
    entry = parse(path)
    proposal = filled(snippet(read_text(entry.text, published=entry.published), RECORDING))
    assert "\nformat: recon-dossier/2\n" in proposal
    as_version_1 = proposal.replace("\nformat: recon-dossier/2\n", "\nformat: recon-dossier/1\n")
    assert read_dossier(proposal) == read_dossier(as_version_1)
