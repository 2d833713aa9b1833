"""Statements of the terms and denials of completion over real HTTP, into a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from adapters.auth.keyring import Role
from tests.builders import MINISTRY, PRAVDA, agreement
from tests.http_service import Running, serve

pytestmark = pytest.mark.integration
SLUG = "1000-for-1000"
AT_LEAST_1200: dict[str, Any] = {
    "source": {**PRAVDA.model_dump(mode="json"), "origin": "Russia / Presidential aide"},
    "form": "each_side",
    "targets": {"Ukraine": {"kind": "at_least", "count": 1200}, "Russia": {"kind": "at_least", "count": 1200}},
    "says": "at least 1,200 from each side",
}


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Running]:
    """A service holding the agreed exchange, 1,000 each, and nothing else."""
    with serve(tmp_path) as running, running.client(Role.RECORDER) as client:
        client.post("/exchanges", json=agreement().model_dump(mode="json")).raise_for_status()
        yield running


@pytest.fixture
def recorder(served: Running) -> Iterator[httpx.Client]:
    with served.client(Role.RECORDER) as client:
        yield client


def test_a_statement_of_the_terms_is_recorded_once_and_listed(recorder: httpx.Client) -> None:
    first = recorder.post(f"/exchanges/{SLUG}/terms", json={"statement": AT_LEAST_1200})
    again = recorder.post(f"/exchanges/{SLUG}/terms", json={"statement": AT_LEAST_1200})
    assert (first.status_code, first.json()["changed"]) == (201, True)
    assert (again.status_code, again.json()["changed"], again.json()["version"]) == (200, False, 2)
    listed = recorder.get(f"/exchanges/{SLUG}/terms").json()
    assert [(line["version"], line["terms"], line["unit"]) for line in listed] == [
        (1, "each side 1,000", "people"),
        (2, "each side at least 1,200", "people"),
    ]
    findings = recorder.get("/findings", params={"rule": "terms-agreement"}).json()
    assert [item["finding"]["id"] for item in findings] == ["terms-agreement/all/-/people terms"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"targets": {"Poland": {"kind": "exactly", "count": 5}}, "form": "per_direction"}, "direction"),
        ({"form": "all_for_all"}, "statement"),
        ({"form": "combined", "targets": {}}, "statement"),
        ({"unit": "dead"}, "statement.unit"),
        ({"source": {**MINISTRY.model_dump(mode="json"), "origin": "Qatar / Foreign Ministry"}}, "source.origin"),
        ({"targets": {"Ukraine": {"kind": "exactly", "count": -1}}}, "statement.targets.Ukraine.count"),
    ],
)
def test_a_malformed_statement_is_refused_with_422_naming_the_field(
    recorder: httpx.Client, change: dict[str, Any], field: str
) -> None:
    answer = recorder.post(f"/exchanges/{SLUG}/terms", json={"statement": {**AT_LEAST_1200, **change}})
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["field"] == field
    assert len(recorder.get(f"/exchanges/{SLUG}/terms").json()) == 1


def test_a_reader_may_list_the_terms_but_not_state_them(served: Running) -> None:
    with served.client(Role.READER) as reader:
        refused = reader.post(f"/exchanges/{SLUG}/terms", json={"statement": AT_LEAST_1200})
        listed = reader.get(f"/exchanges/{SLUG}/terms")
        missing = reader.get("/exchanges/no-such-exchange/terms")
    assert (refused.status_code, listed.status_code, missing.status_code) == (403, 200, 404)


def test_one_side_declares_it_complete_and_the_other_says_it_continues(recorder: httpx.Client) -> None:
    declared = recorder.post(f"/exchanges/{SLUG}/completions", json={"source": MINISTRY.model_dump(mode="json")})
    body = {"source": PRAVDA.model_dump(mode="json"), "says": "continuing"}
    continuing = [recorder.post(f"/exchanges/{SLUG}/completions", json=body).json() for _ in range(2)]
    unknown = recorder.post(f"/exchanges/{SLUG}/completions", json={**body, "says": "maybe"})
    assert declared.json()["changed"] is True
    assert [answer["changed"] for answer in continuing] == [True, False]
    assert (unknown.status_code, unknown.json()["field"]) == (422, "says")
    findings = recorder.get("/findings", params={"rule": "completion-agreement"}).json()
    assert [item["finding"]["id"] for item in findings] == ["completion-agreement/all/-/completion"]


def test_terms_said_as_a_range_are_stated_and_read_back(recorder: httpx.Client) -> None:
    about = {"kind": "range", "count": 1140, "high": 1260, "stated": 1200}
    statement = {**AT_LEAST_1200, "targets": {"Ukraine": about, "Russia": about}}
    upside_down = {**AT_LEAST_1200, "targets": {"Ukraine": {"kind": "range", "count": 1300, "high": 1100}}}
    assert recorder.post(f"/exchanges/{SLUG}/terms", json={"statement": statement}).status_code == 201
    refused = recorder.post(f"/exchanges/{SLUG}/terms", json={"statement": upside_down})
    assert (refused.status_code, refused.json()["field"]) == (422, "statement.targets.Ukraine")
    assert recorder.get(f"/exchanges/{SLUG}/terms").json()[1]["terms"] == "each side about 1,200 (1,140\u20131,260)"


def test_a_completion_names_the_unit_it_speaks_of(recorder: httpx.Client) -> None:
    """The remains declared complete and said to continue: a conflict about the remains; the prisoners untouched."""
    declared = {"source": MINISTRY.model_dump(mode="json"), "unit": "bodies"}
    continuing = {"source": PRAVDA.model_dump(mode="json"), "says": "continuing", "unit": "bodies"}
    answers = [recorder.post(f"/exchanges/{SLUG}/completions", json=body) for body in (declared, continuing)]
    unknown = recorder.post(f"/exchanges/{SLUG}/completions", json={**declared, "unit": "ashes"})
    assert [answer.json()["changed"] for answer in answers] == [True, True]
    assert (unknown.status_code, unknown.json()["field"]) == (422, "unit")
    findings = recorder.get("/findings", params={"rule": "completion-agreement"}).json()
    assert [item["finding"]["id"] for item in findings] == ["completion-agreement/all/-/completion/bodies"]
