"""A stateful run over HTTP: agree exchanges, record, correct and retract claims, declare completions and
acknowledge findings with generated values (extremes included, and now and then one beyond a maximum); after
every write, accepted or refused, every read of what it touched still answers 2xx.

A few scenarios in `make test`; `make fuzz` runs many more (RECON_FUZZ_SCENARIOS).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule

from adapters.auth.keyring import Role
from adapters.http.app import create_app
from domain.figures import MAX_COUNT, MAX_STAGE
from tests.event_strategies import BEYOND, agreements, claims, figures, names, sources
from tests.http_service import TestClient, service

pytestmark = pytest.mark.integration
SCENARIOS = int(os.environ.get("RECON_FUZZ_SCENARIOS", "5"))
STEPS = int(os.environ.get("RECON_FUZZ_STEPS", "6"))
OVER = st.sampled_from([MAX_COUNT + 1, *BEYOND])
"""Counts no exchange reaches; a stage beyond its maximum is drawn from these too."""
_numbers = count()


class Desk(RuleBasedStateMachine):
    """A recorder and a reviewer working on a fresh store through the service."""

    exchanges = Bundle("exchanges")
    claims = Bundle("claims")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="recon-desk-"))
        self.running, tokens = service(self.folder)
        headers = {"Authorization": f"Bearer {tokens[Role.REVIEWER]}"}
        self.http = TestClient(create_app(self.running), headers=headers)
        self.parties: dict[str, tuple[str, str]] = {}
        self.touched: set[str] = set()

    def teardown(self) -> None:
        self.running.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @initialize(target=exchanges, data=st.data())
    def agree_first(self, data: st.DataObject) -> str:
        return self.agreed(data)

    @rule(target=exchanges, data=st.data())
    def agree(self, data: st.DataObject) -> str:
        return self.agreed(data)

    def agreed(self, data: st.DataObject) -> str:
        agreement = data.draw(agreements(f"desk-{next(_numbers)}"))
        self.answered(self.http.post("/exchanges", json=agreement.model_dump(mode="json")), 201)
        self.parties[agreement.slug] = agreement.parties
        return agreement.slug

    @rule(target=claims, slug=exchanges, data=st.data())
    def record(self, slug: str, data: st.DataObject) -> tuple[str, str]:
        claim = data.draw(claims(self.parties[slug]))
        answer = self.answered(
            self.http.post(f"/exchanges/{slug}/claims", json={"claim": claim.model_dump(mode="json")})
        )
        return slug, str(answer.json()["claim_id"])

    @rule(slug=exchanges, data=st.data(), where=st.sampled_from(["stage", "total", "target"]), value=OVER)
    def send_beyond_a_maximum(self, slug: str, data: st.DataObject, where: str, value: int) -> None:
        """A number beyond its maximum is refused with 422 naming it, and nothing is recorded."""
        body: dict[str, Any]
        if where == "target":
            agreement = data.draw(agreements(f"desk-{next(_numbers)}")).model_dump(mode="json")
            party = agreement["parties"][0]
            agreement["terms"]["targets"][party] = {"kind": "exactly", "count": value}
            path, body, field = "/exchanges", agreement, f"terms.targets.{party}.count"
        else:
            claim = data.draw(claims(self.parties[slug])).model_dump(mode="json")
            if where == "stage":
                claim["stage"] = max(value, MAX_STAGE + 1)
            else:
                claim["figures"]["total"] = value
            path, body, field = f"/exchanges/{slug}/claims", {"claim": claim}, f"claim.{where}"
            field = "claim.figures.total" if where == "total" else field
        answer = self.http.post(path, json=body)
        assert (answer.status_code, answer.json().get("field")) == (422, field), answer.text

    @rule(claim=claims, data=st.data())
    def correct(self, claim: tuple[str, str], data: st.DataObject) -> None:
        slug, claim_id = claim
        body = {"figures": data.draw(figures()).model_dump(mode="json"), "reason": data.draw(names)}
        self.answered(self.http.post(f"/exchanges/{slug}/claims/{claim_id}/corrections", json=body), 409)

    @rule(claim=claims, reason=names)
    def retract(self, claim: tuple[str, str], reason: str) -> None:
        slug, claim_id = claim
        self.answered(self.http.post(f"/exchanges/{slug}/claims/{claim_id}/retraction", json={"reason": reason}), 409)

    @rule(slug=exchanges, data=st.data())
    def complete(self, slug: str, data: st.DataObject) -> None:
        body = {"source": data.draw(sources()).model_dump(mode="json")}
        answer = self.http.post(f"/exchanges/{slug}/completions", json=body)
        if answer.status_code == 422:  # a generated origin that is neither a party nor a mediator is refused
            assert "is not a party or mediator of this exchange" in answer.json()["detail"], answer.text
            return
        self.answered(answer)

    @rule(slug=exchanges, note=names)
    def acknowledge(self, slug: str, note: str) -> None:
        report = self.http.get(f"/exchanges/{slug}/report").json()
        open_ids = [item["id"] for item in report["findings"] if item["acknowledgement"] is None]
        if open_ids:
            body = {"finding_id": open_ids[0], "note": note}
            self.answered(self.http.post(f"/exchanges/{slug}/acknowledgements", json=body))

    def answered(self, answer: Any, *also: int) -> Any:
        """The answer of a write: a success (or one of `also`), never a server error; its exchange is read after."""
        assert answer.status_code in (200, 201, *also), answer.text
        if answer.status_code < 300:
            self.touched.add(str(answer.json()["exchange"]))
        return answer

    @invariant()
    def every_read_answers(self) -> None:
        for slug in self.touched:
            for read in ("report", "timeline", "bundle"):
                answer = self.http.get(f"/exchanges/{slug}/{read}")
                assert answer.status_code == 200, f"GET /exchanges/{slug}/{read}: {answer.text}"
        for path in ("/exchanges", "/findings"):
            answer = self.http.get(path)
            assert answer.status_code == 200, f"GET {path}: {answer.text}"
        self.touched.clear()


Desk.TestCase.settings = settings(
    max_examples=SCENARIOS,
    stateful_step_count=STEPS,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
TestDesk = Desk.TestCase
