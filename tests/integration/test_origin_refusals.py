"""An origin refused, by `recon origin set` (the installed script, on a SQLite file) and by the origin route (real
HTTP through the real app): said in recon's words, naming what the writer gave (`--origin`, the body's `origin`),
and nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from adapters.auth.keyring import Role
from adapters.dossier.loader import shipped_dossier
from tests.http_service import Running, serve
from tests.integration.test_cli_messages import recon

pytestmark = pytest.mark.integration

CLAIM = "afe028ef-6a44-59eb-adac-a8d05d404744"
"""The Defence Ministry's stage 1 claim in the shipped "1,000 for 1,000"."""
HALF_WRITTEN = [("Ukraine / ", "'Ukraine / ' names no body"), (" / Ministry", "' / Ministry' names no party")]
FOREIGN = "origin 'Narnia / King': Narnia is not a party or mediator of this exchange"


@pytest.mark.parametrize(("origin", "said"), HALF_WRITTEN)
def test_the_command_refuses_an_origin_without_its_party_or_body_in_its_own_words(
    tmp_path: Path, origin: str, said: str
) -> None:
    store = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    assert recon(store, "import", str(shipped_dossier())).returncode == 0
    done = recon(store, "origin", "set", "1000-for-1000", CLAIM, "--origin", origin, "--reason", "r")
    assert done.returncode == 2
    assert done.stderr == f"error: --origin: an origin is written 'Party / body', and {said}\n"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """One service for the module, holding the shipped "1,000 for 1,000"."""
    with serve(tmp_path_factory.mktemp("origins")) as running, running.client(Role.RECORDER) as client:
        yaml = {"Content-Type": "application/yaml"}
        client.post("/dossiers", content=shipped_dossier().read_bytes(), headers=yaml).raise_for_status()
        yield running


def events(served: Running) -> int:
    return served.service.reconciler.recorder.max_notification_id() or 0


@pytest.mark.parametrize(
    ("origin", "said"),
    [
        *((origin, f"an origin is written 'Party / body', and {said}") for origin, said in HALF_WRITTEN),
        ("nope", "an origin is written 'Party / body', not 'nope'"),
        ("Narnia / King", FOREIGN),
    ],
)
def test_the_route_refuses_an_origin_naming_the_body_s_origin(served: Running, origin: str, said: str) -> None:
    before = events(served)
    with served.client(Role.RECORDER) as client:
        answer = client.post(f"/exchanges/1000-for-1000/claims/{CLAIM}/origin", json={"origin": origin, "reason": "r"})
    assert answer.status_code == 422, answer.text
    problem = answer.json()
    assert problem["field"] == "origin"
    assert str(problem["detail"]).startswith(said), problem
    assert events(served) == before
