"""Every write on one exchange takes If-Match, over real HTTP into a real SQLite file: a version the exchange has
moved on from is refused (412) and nothing is written; the current one is written, and the answer's ETag is the
version after it; without If-Match the write goes ahead as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from adapters.auth.keyring import Role
from tests.builders import MINISTRY, agreement
from tests.http_service import Running, serve
from tests.integration.test_http_terms import AT_LEAST_1200
from tests.integration.test_http_writes import CLAIM

pytestmark = pytest.mark.integration
SLUG = "1000-for-1000"
WRITES: list[tuple[str, str, dict[str, Any], Role]] = [
    ("record", "/claims", {"claim": {**CLAIM, "stage": 2}}, Role.RECORDER),
    ("correct", "/claims/{claim}/corrections", {"figures": {"total": 391}, "reason": "typo"}, Role.RECORDER),
    ("origin", "/claims/{claim}/origin", {"origin": "Ukraine / Defence Ministry", "reason": "r"}, Role.RECORDER),
    ("complete", "/completions", {"source": MINISTRY.model_dump(mode="json")}, Role.RECORDER),
    ("terms", "/terms", {"statement": AT_LEAST_1200}, Role.RECORDER),
    ("acknowledge", "/acknowledgements", {"finding_id": "{finding}", "note": "rounding"}, Role.REVIEWER),
    ("retract", "/claims/{claim}/retraction", {"reason": "published in error"}, Role.RECORDER),
]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Running]:
    """A service holding the agreed exchange and one claim whose parts do not make up its total."""
    with serve(tmp_path) as running, running.client(Role.RECORDER) as client:
        client.post("/exchanges", json=agreement().model_dump(mode="json")).raise_for_status()
        client.post(f"/exchanges/{SLUG}/claims", json={"claim": CLAIM}).raise_for_status()
        yield running


def events(served: Running) -> int:
    return served.service.reconciler.recorder.max_notification_id() or 0


def write(served: Running, path: str, body: dict[str, Any], role: Role, headers: dict[str, str]) -> httpx.Response:
    """POST a write on the exchange, its claim and finding filled in."""
    with served.client(role) as client:
        report = client.get(f"/exchanges/{SLUG}/report").json()
        claim = report["stages"][0]["directions"][0]["figures"][0]["sources"][0]["claim_id"]
        finding = next(item["id"] for item in report["findings"] if item["rule"] == "breakdown-sum")
        filled = {
            key: value.format(finding=finding) if isinstance(value, str) else value for key, value in body.items()
        }
        return client.post(f"/exchanges/{SLUG}{path.format(claim=claim)}", json=filled, headers=headers)


def version(served: Running) -> int:
    with served.client(Role.READER) as client:
        [listed] = client.get("/exchanges").json()
    return int(listed["version"])


@pytest.mark.parametrize(("path", "body", "role"), [w[1:] for w in WRITES], ids=[w[0] for w in WRITES])
def test_a_stale_if_match_writes_nothing_and_the_current_one_writes(
    served: Running, path: str, body: dict[str, Any], role: Role
) -> None:
    now, before = version(served), events(served)
    stale = write(served, path, body, role, {"If-Match": f'"{now - 1}"'})
    assert stale.status_code == 412, stale.text
    assert stale.json()["field"] == "If-Match"
    assert f"is at version {now}, not {now - 1}" in stale.json()["detail"]
    assert events(served) == before
    current = write(served, path, body, role, {"If-Match": f'"{now}"'})
    assert current.status_code in (200, 201), current.text
    assert current.headers["ETag"] == f'"{version(served)}"'
    assert version(served) > now


def test_without_if_match_a_write_goes_ahead(served: Running) -> None:
    now = version(served)
    answer = write(served, "/claims", {"claim": {**CLAIM, "stage": 3}}, Role.RECORDER, {})
    assert answer.status_code == 201, answer.text
    assert answer.headers["ETag"] == f'"{now + 1}"'
