"""A store that holds the shipped "1,000 for 1,000" as it was before its sources named their origins is upgraded by
importing the shipped file again: the statements on file are attributed their origins, none is recorded twice, and
the store reads the same as one that imported the shipped file first, on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app
from adapters.dossier.loader import load_dossier
from adapters.persistence.store import open_reconciler
from domain.exchange import OriginAttributed

pytestmark = pytest.mark.integration

WITHOUT_ORIGINS = Path(__file__).parent.parent / "dossiers" / "1000-for-1000-without-origins.yaml"
SHIPPED = Path(__file__).parent.parent.parent / "adapters" / "dossier" / "shipped" / "1000-for-1000.yaml"


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty store of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


def recon(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def who_said_it(store: str) -> dict[tuple[object, str, str], Any]:
    """Each accepted figure's corroboration in the stored report, by stage, direction and figure."""
    answer = recon("--db", store, "report", "1000-for-1000", "-f", "json")
    assert answer.exit_code == 0, answer.output
    report = json.loads(answer.stdout)
    return {
        (stage["stage"], direction["direction"], line["figure"]): line["corroboration"]
        for stage in report["stages"]
        for direction in stage["directions"]
        for line in direction["figures"]
    }


def test_the_shipped_file_upgrades_a_store_holding_its_version_without_origins(store_url: str, tmp_path: Path) -> None:
    assert recon("--db", store_url, "import", str(WITHOUT_ORIGINS)).exit_code == 0
    before = who_said_it(store_url)
    upgraded = recon("--db", store_url, "import", str(SHIPPED))
    assert upgraded.exit_code == 0, upgraded.output
    assert "0 claims recorded, 11 already known, origins attributed to 12 sources on file" in upgraded.stdout
    again = recon("--db", store_url, "import", str(SHIPPED))
    assert "nothing new (11 claims already known" in again.stdout
    fresh = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    assert recon("--db", fresh, "import", str(SHIPPED)).exit_code == 0
    after = who_said_it(store_url)
    assert {key: item and item["kind"] for key, item in before.items()}[(1, "to Ukraine", "total")] == (
        "origin_not_stated"
    )
    assert after == who_said_it(fresh)


def test_an_upgraded_store_loads_back_with_the_agreement_claims_and_completion_attributed(store_url: str) -> None:
    assert recon("--db", store_url, "import", str(WITHOUT_ORIGINS)).exit_code == 0
    assert recon("--db", store_url, "import", str(SHIPPED)).exit_code == 0
    reconciler = open_reconciler(store_url)
    try:
        exchange = reconciler.exchange("1000-for-1000")
        history = reconciler.history("1000-for-1000")
    finally:
        reconciler.close()
    plan = load_dossier(SHIPPED)
    assert exchange.agreement == plan.agreement
    assert sorted(str(state.claim.source) for state in exchange.claims.values()) == sorted(
        str(claim.source) for claim in plan.claims
    )
    assert [completion.source for completion in exchange.completions] == list(plan.completions)
    attributed = [event for event in history if isinstance(event, OriginAttributed)]
    assert len(attributed) == 12
    assert all(event.source.origin is None and event.attributed_by is None for event in attributed)
