"""Over real HTTP: posting the shipped "1,000 for 1,000" to a service that holds it without origins upgrades it."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.auth.keyring import Role
from adapters.dossier.loader import shipped_dossier
from tests.http_service import serve

pytestmark = pytest.mark.integration

WITHOUT_ORIGINS = Path(__file__).parent.parent / "dossiers" / "1000-for-1000-without-origins.yaml"
YAML = {"Content-Type": "application/yaml"}


def test_posting_the_shipped_dossier_attributes_origins_to_the_statements_on_file(tmp_path: Path) -> None:
    with serve(tmp_path) as running, running.client(Role.RECORDER) as client:
        client.post("/dossiers", content=WITHOUT_ORIGINS.read_bytes(), headers=YAML).raise_for_status()
        answer = client.post("/dossiers", content=shipped_dossier().read_bytes(), headers=YAML)
        assert answer.status_code == 200, answer.text
        (outcome,) = answer.json()
        report = client.get("/exchanges/1000-for-1000/report").json()
    assert (outcome["claims_recorded"], outcome["claims_already_known"], outcome["origins_attributed"]) == (0, 11, 12)
    assert report["exchange"]["claims"] == 11
    total = report["stages"][0]["directions"][0]["figures"][0]
    assert [line["origin"] for line in total["corroboration"]["origins"]] == [
        "Ukraine / Defence Minister Umerov",
        "Ukraine / Coordination Headquarters",
        "Ukraine / President Zelensky",
    ]
