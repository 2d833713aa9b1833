"""Real statements whose figures a version 1 dossier cannot hold go through `recon extract -o` and `recon import`
into a SQLite file, are recorded exactly as they were proposed, and are reported: the round trip on the corpus's
tuning split."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app
from adapters.dossier.dump_version import uses_version_2
from adapters.extract.extractor import read_text
from adapters.extract.snippet import Recording, plan_of
from adapters.persistence.store import open_reconciler
from domain.exchange import Claim, ClaimRecorded, exchange_id
from domain.figures import Tier
from tests.eval.real import held_out, parse, real_files

pytestmark = pytest.mark.integration

RECORDING = Recording(exchange="real-statement", stage=1, source="Ministry", tier=Tier.OFFICIAL)
EARLIER_STAGE = 9
"""The number a person gives a stage the statement names by an earlier day only (its own is stage 1 here)."""
TUNING = [path for path in real_files() if not held_out(path.name)]
"""Never the held-out split: its texts are read only to score the extractor."""


def _version_2(path: Path) -> bool:
    entry = parse(path)
    return uses_version_2(plan_of(read_text(entry.text, published=entry.published), RECORDING))


VERSION_2 = [path for path in TUNING if _version_2(path)]


def recon(store: Path, *args: str) -> Result:
    """`recon --db <store> ARGS...`."""
    return CliRunner().invoke(app, ["--db", f"sqlite:///{store}", *args])


def _said(claim: Claim) -> tuple[object, ...]:
    """What a claim says, leaving out its source (the reviewer's, given on the command line)."""
    return (claim.stage, claim.direction, claim.planned, claim.figures, claim.notes, claim.provenance)


def test_the_tuning_split_has_statements_of_every_kind_version_2_holds() -> None:
    claims = [claim for path in VERSION_2 for claim in plan_of(read_text(parse(path).text), RECORDING).claims]
    assert any(claim.planned for claim in claims)
    assert any(claim.notes for claim in claims)
    assert any(s.relation == "in_addition" for claim in claims for s in claim.figures.subsets)
    assert any(not isinstance(claim.figures.total, int | None) for claim in claims)


@pytest.mark.parametrize("path", VERSION_2, ids=[path.stem for path in VERSION_2])
def test_a_real_statement_is_recorded_in_version_2_as_it_was_proposed(tmp_path: Path, path: Path) -> None:
    entry = parse(path)
    statement, dossier, store = tmp_path / "statement.txt", tmp_path / "claim.yaml", tmp_path / "recon.sqlite3"
    statement.write_text(entry.text, encoding="utf-8")
    review = ["--exchange", "real-statement", "--stage", "1", "--source", "Ministry", "--tier", "official"]
    extracted = recon(
        store, "extract", str(statement), *review, "--published", str(entry.published), "-o", str(dossier)
    )
    assert extracted.exit_code == 0, extracted.output
    written = dossier.read_text(encoding="utf-8")
    assert "\nformat: recon-dossier/2\n" in written
    # What a person writes where the text is silent: the exchange's title, the terms, the receiver of figures that
    # name none, and the number of a stage the statement names by an earlier day only.
    written = written.replace("title: unknown", "title: A real statement").replace(
        "terms: unknown", "terms: all for all"
    )
    written = written.replace("direction: unknown", "direction: combined")
    dossier.write_text(written.replace("stage: unknown", f"stage: {EARLIER_STAGE}"), encoding="utf-8")
    imported = recon(store, "import", str(dossier))
    assert imported.exit_code == 0, imported.output
    reconciler = open_reconciler(f"sqlite:///{store}")
    try:
        events = list(reconciler.repository.event_store.get(exchange_id("real-statement")))
    finally:
        reconciler.close()
    reported = recon(store, "report", "real-statement")
    assert reported.exit_code == 0, reported.output
    recorded = sorted((_said(e.claim) for e in events if isinstance(e, ClaimRecorded)), key=repr)
    proposed = plan_of(read_text(entry.text, stage=1, published=entry.published), RECORDING).claims
    numbered = [
        claim.model_copy(update={"stage": EARLIER_STAGE}) if claim.stage is None else claim for claim in proposed
    ]
    assert recorded == sorted((_said(claim) for claim in numbered), key=repr)
