"""`recon import` reads and records with the cycle collector held off, and leaves it running."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.cli import importing
from adapters.cli.app import app
from adapters.dossier.loader import load_dossiers, shipped_dossier
from domain.plan_import import ImportOutcome, PlanImport
from domain.plans import ExchangePlan

pytestmark = pytest.mark.integration


def test_import_reads_and_records_with_the_collector_paused_then_resumes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def watched(files: Sequence[Path]) -> list[ExchangePlan]:
        seen.append(gc.isenabled())
        plans = load_dossiers(files)
        seen.append(gc.isenabled())
        return plans

    record = PlanImport.record_plans

    def watched_record(self: PlanImport, plans: Sequence[ExchangePlan]) -> list[ImportOutcome]:
        seen.append(gc.isenabled())
        return record(self, plans)

    monkeypatch.setattr(importing, "load_dossiers", watched)
    monkeypatch.setattr(PlanImport, "record_plans", watched_record)
    store = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    answer = CliRunner().invoke(app, ["--db", store, "import", str(shipped_dossier())])
    assert answer.exit_code == 0, answer.output
    assert seen == [False, False, False]
    assert gc.isenabled()
