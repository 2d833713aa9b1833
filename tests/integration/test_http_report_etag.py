"""A latest report carries an ETag; a client that sends it back is answered 304 without the report's hundreds of
kilobytes until the exchange changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.auth.keyring import Role
from tests.builders import agreement, claim, figures
from tests.http_service import serve

pytestmark = pytest.mark.integration

SLUG = "tagged"


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
def test_a_latest_report_is_not_sent_again_while_the_client_holds_it(
    store: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = None if store == "sqlite" else str(request.getfixturevalue("postgres_url"))
    with serve(tmp_path, database_url=url) as served, served.client(Role.RECORDER) as http:
        http.post("/exchanges", json=agreement(SLUG).model_dump(mode="json")).raise_for_status()
        first = http.get(f"/exchanges/{SLUG}/report").raise_for_status()
        tag = first.headers["ETag"]
        held = http.get(f"/exchanges/{SLUG}/report", headers={"If-None-Match": tag})
        other = http.get(f"/exchanges/{SLUG}/report", headers={"If-None-Match": 'W/"0.0", "x"'})
        body = {"claim": claim(1, figures(10)).model_dump(mode="json")}
        http.post(f"/exchanges/{SLUG}/claims", json=body).raise_for_status()
        changed = http.get(f"/exchanges/{SLUG}/report", headers={"If-None-Match": tag})
        anonymous = served.client().get(f"/exchanges/{SLUG}/report", headers={"If-None-Match": tag})
    assert (held.status_code, held.content, held.headers["ETag"]) == (304, b"", tag)
    assert (other.status_code, other.content) == (200, first.content)
    assert changed.status_code == 200
    assert changed.headers["ETag"] != tag
    assert changed.json()["exchange"]["claims"] == 1
    assert anonymous.status_code == 401, "the token is checked before anything is answered"
