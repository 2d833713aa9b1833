"""Steps that use the shared service: the real app on a SQLite file, through FastAPI's TestClient for speed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_bdd import given, parsers, then, when

from adapters.auth.keyring import Role
from adapters.dossier.loader import shipped_dossier
from adapters.http.app import create_app
from tests.builders import AGGREGATOR
from tests.http_service import TestClient, service

SLUG = "1000-for-1000"


@dataclass
class Counter:
    """The service's front desk in a scenario: the client, the tokens held by who, and the last answer."""

    client: TestClient
    tokens: dict[Role, str]
    holders: dict[str, Role] = field(default_factory=dict)
    answer: httpx.Response | None = None

    def headers(self, who: str) -> dict[str, str]:
        """Who's bearer token, if they hold one."""
        role = self.holders.get(who)
        return {} if role is None else {"Authorization": f"Bearer {self.tokens[role]}"}

    @property
    def last(self) -> httpx.Response:
        """The service's last answer."""
        assert self.answer is not None, "nothing was asked of the service yet"
        return self.answer


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[Counter]:
    """The real app on a SQLite file in tmp_path, with a token issued for every role."""
    running, tokens = service(tmp_path)
    with TestClient(create_app(running)) as client:
        yield Counter(client, tokens)


@given(parsers.parse('the shared service holds the shipped "{title}" dossier'))
def service_holds_the_shipped_dossier(counter: Counter, title: str) -> None:
    text = shipped_dossier().read_text(encoding="utf-8")
    headers = {"Authorization": f"Bearer {counter.tokens[Role.RECORDER]}", "Content-Type": "application/yaml"}
    counter.client.post("/dossiers", content=text, headers=headers).raise_for_status()


@given(parsers.parse("a partner organisation holds a {role} token"))
def partner_holds(counter: Counter, role: str) -> None:
    counter.holders["the partner"] = Role(role)


@given(parsers.parse("the desk holds a {role} token"))
def desk_holds(counter: Counter, role: str) -> None:
    counter.holders["the desk"] = Role(role)


@when(parsers.parse('{who} asks for the report of "{exchange}"'))
def asks_for_report(counter: Counter, who: str, exchange: str) -> None:
    counter.answer = counter.client.get(f"/exchanges/{exchange}/report", headers=counter.headers(who))


@when(parsers.parse("{who} records that Sakh.online announced {total:d} returned to {party} at stage {stage:d}"))
def records_claim(counter: Counter, who: str, total: int, party: str, stage: int) -> None:
    claim = sakh_claim(total, party, stage)
    counter.answer = counter.client.post(
        f"/exchanges/{SLUG}/claims", json={"claim": claim}, headers=counter.headers(who)
    )


def sakh_claim(total: int, party: str, stage: int) -> dict[str, Any]:
    """Sakh.online's claim of `total` returned to `party` at `stage`, as the API takes it."""
    return {
        "stage": stage,
        "direction": {"kind": "to", "party": party},
        "source": AGGREGATOR.model_dump(mode="json"),
        "figures": {"total": total},
    }


@then(parsers.parse("the service answers {status:d}"))
def service_answers(counter: Counter, status: int) -> None:
    assert counter.last.status_code == status, counter.last.text


@then(parsers.parse('the report\'s verdict over HTTP is "{verdict}"'))
def verdict_over_http(counter: Counter, verdict: str) -> None:
    assert counter.last.json()["verdict"] == verdict


@then(parsers.parse("{party} has received {count} over HTTP"))
def received_over_http(counter: Counter, party: str, count: str) -> None:
    progress = {line["party"]: line for line in counter.last.json()["progress"]}
    assert progress[party]["accepted"] == int(count.replace(",", ""))


@then(parsers.parse("the exchange holds {claims:d} claims over HTTP"))
def holds_claims(counter: Counter, claims: int) -> None:
    headers = {"Authorization": f"Bearer {counter.tokens[Role.READER]}"}
    report = counter.client.get(f"/exchanges/{SLUG}/report", headers=headers).json()
    assert report["exchange"]["claims"] == claims


@then(parsers.parse('the problem names the field "{name}"'))
def problem_names_field(counter: Counter, name: str) -> None:
    assert counter.last.headers["content-type"] == "application/problem+json"
    assert counter.last.json()["field"] == name


@when(parsers.parse('{who} states over HTTP that {name} gave "at least {count}" from each side'))
def states_terms(counter: Counter, who: str, name: str, count: str) -> None:
    target = {"kind": "at_least", "count": int(count.replace(",", ""))}
    statement = {
        "source": {"name": name, "tier": "established_media"},
        "form": "each_side",
        "targets": {"Ukraine": target, "Russia": target},
    }
    counter.answer = counter.client.post(
        f"/exchanges/{SLUG}/terms", json={"statement": statement}, headers=counter.headers(who)
    )


@when(parsers.parse("{who} records over HTTP that {name} says the exchange continues"))
def records_continuing(counter: Counter, who: str, name: str) -> None:
    body = {"source": {"name": name, "tier": "established_media"}, "says": "continuing"}
    counter.answer = counter.client.post(f"/exchanges/{SLUG}/completions", json=body, headers=counter.headers(who))


@then(parsers.parse('{who} reads over HTTP the terms "{first}" and "{second}"'))
def reads_terms(counter: Counter, who: str, first: str, second: str) -> None:
    answer = counter.client.get(f"/exchanges/{SLUG}/terms", headers=counter.headers(who))
    assert [line["terms"] for line in answer.json()] == [first, second]


@then(parsers.parse('the open findings over HTTP include "{first}" and "{second}"'))
def open_findings_include(counter: Counter, first: str, second: str) -> None:
    headers = {"Authorization": f"Bearer {counter.tokens[Role.READER]}"}
    found = {item["finding"]["id"] for item in counter.client.get("/findings", headers=headers).json()}
    assert {first, second} <= found, found
