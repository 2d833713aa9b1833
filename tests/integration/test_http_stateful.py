"""A stateful run over HTTP: agree exchanges, record, correct and retract claims, state terms, declare and deny
completions and acknowledge findings with generated values (extremes included, and now and then one beyond a
maximum); after every write, accepted or refused, every read of what it touched still answers 2xx.

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
from hypothesis.stateful import Bundle, MultipleResults, RuleBasedStateMachine, initialize, invariant, multiple, rule

from adapters.auth.keyring import Role
from adapters.http.app import create_app
from domain.figures import MAX_COUNT, MAX_STAGE
from domain.sources import MEDIA, Source
from tests.event_strategies import BEYOND, agreements, claims, figures, names, sources, terms_statements
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
        self.mediators: dict[str, tuple[str, ...]] = {}
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
        self.mediators[agreement.slug] = agreement.mediators
        return agreement.slug

    @rule(target=claims, slug=exchanges, data=st.data())
    def record(self, slug: str, data: st.DataObject) -> MultipleResults[tuple[str, str]]:
        claim = data.draw(claims(self.parties[slug]))
        body = {"claim": claim.model_dump(mode="json")}
        answer = self.answered(
            self.http.post(f"/exchanges/{slug}/claims", json=body), *self.refused(slug, claim.source)
        )
        return multiple() if answer.status_code == 422 else multiple((slug, str(answer.json()["claim_id"])))

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
        source = data.draw(sources())
        body = {"source": source.model_dump(mode="json")}
        self.answered(self.http.post(f"/exchanges/{slug}/completions", json=body), *self.refused(slug, source))

    @rule(slug=exchanges, data=st.data(), says=st.sampled_from(["denied", "continuing"]))
    def deny(self, slug: str, data: st.DataObject, says: str) -> None:
        source = data.draw(sources())
        body = {"source": source.model_dump(mode="json"), "says": says}
        self.answered(self.http.post(f"/exchanges/{slug}/completions", json=body), *self.refused(slug, source))

    @rule(slug=exchanges, data=st.data())
    def state_terms(self, slug: str, data: st.DataObject) -> None:
        statement = data.draw(terms_statements(self.parties[slug]))
        body = {"statement": statement.model_dump(mode="json")}
        answer = self.answered(
            self.http.post(f"/exchanges/{slug}/terms", json=body), *self.refused(slug, statement.source)
        )
        if answer.status_code < 300:
            assert self.http.get(f"/exchanges/{slug}/terms").status_code == 200

    @rule(slug=exchanges, note=names)
    def acknowledge(self, slug: str, note: str) -> None:
        report = self.http.get(f"/exchanges/{slug}/report").json()
        open_ids = [item["id"] for item in report["findings"] if item["acknowledgement"] is None]
        if open_ids:
            body = {"finding_id": open_ids[0], "note": note}
            self.answered(self.http.post(f"/exchanges/{slug}/acknowledgements", json=body))

    def refused(self, slug: str, source: Source) -> tuple[int, ...]:
        """(422,) when the source's origin is no party or mediator of the exchange, which the strategies now and then
        draw and the exchange refuses; else nothing more than a success is expected."""
        origin = source.origin
        allowed = (*self.parties[slug], *self.mediators[slug], MEDIA)
        return (422,) if origin is not None and origin.party not in allowed else ()

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
