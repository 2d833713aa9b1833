"""Schemathesis against the published OpenAPI: no server error, and every answer as the schema says.

A bounded run here (a few examples per route, a few stateful scenarios); `make fuzz` runs many more
(RECON_FUZZ_EXAMPLES, RECON_FUZZ_SCENARIOS).
"""

from __future__ import annotations

import os
import warnings
from itertools import count
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.result import Ok

from adapters.auth.keyring import Role
from adapters.http.app import create_app
from tests.builders import agreement
from tests.http_service import TestClient, service

pytestmark = pytest.mark.integration
EXAMPLES = int(os.environ.get("RECON_FUZZ_EXAMPLES", "8"))
STATEFUL_EXAMPLES = int(os.environ.get("RECON_FUZZ_SCENARIOS", "5"))
"""Scenarios of linked calls in the stateful run; `make fuzz` runs many more."""
STATEFUL_STEPS = int(os.environ.get("RECON_FUZZ_STEPS", "6"))
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


def test_no_server_error_and_answers_as_published(tmp_path: Path) -> None:
    running, tokens = service(tmp_path, max_body_bytes=64_000)
    running.reconciler.agree_exchange(agreement())
    headers = {"Authorization": f"Bearer {tokens[Role.ADMIN]}"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        api = schemathesis.openapi.from_asgi("/openapi.json", create_app(running))
    operations = [result.ok() for result in api.get_all_operations() if isinstance(result, Ok)]
    assert len(operations) >= 17
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
        def fuzz(case: schemathesis.Case[Any]) -> None:
            case.call_and_validate(headers=headers, checks=CHECKS)

        fuzz()


def test_after_every_accepted_write_every_read_of_what_it_touched_answers(tmp_path: Path) -> None:
    """Stateful: writes follow the OpenAPI links from one answer to the next operation, and after each accepted
    write the exchange's report, timeline and bundle, GET /exchanges and GET /findings must all answer 2xx.

    Each scenario starts on a fresh store holding the agreed exchange, so that what a scenario can draw from
    earlier answers depends on that scenario alone (as Hypothesis needs to replay and shrink it)."""
    first, tokens = service(tmp_path / "schema", max_body_bytes=64_000)
    app = create_app(first)
    headers = {"Authorization": f"Bearer {tokens[Role.ADMIN]}"}
    reader = TestClient(app)
    scenarios = count()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        api = schemathesis.openapi.from_asgi("/openapi.json", app)

    class ReadsAfterWrites(api.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            app.state.service.close()
            fresh, tokens = service(tmp_path / f"scenario-{next(scenarios)}", max_body_bytes=64_000)
            fresh.reconciler.agree_exchange(agreement())
            app.state.service = fresh
            headers["Authorization"] = f"Bearer {tokens[Role.ADMIN]}"

        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return {"headers": headers}

        def validate_response(
            self, response: Any, case: schemathesis.Case[Any], additional_checks: Any = None, **kwargs: Any
        ) -> None:
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)

        def after_call(self, response: Any, case: schemathesis.Case[Any]) -> None:
            if case.method.upper() == "POST" and 200 <= response.status_code < 300:
                for slug in written_to(response.json()):
                    every_read_answers(reader, headers, slug, f"{case.method} {case.formatted_path}")

    ReadsAfterWrites.run(
        settings=settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=STATEFUL_STEPS,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        )
    )
    app.state.service.close()


def written_to(answer: Any) -> list[str]:
    """The exchanges a write's answer names: one for a write into an exchange, one per plan for a dossier."""
    if isinstance(answer, dict) and isinstance(answer.get("exchange"), str):
        return [answer["exchange"]]
    if isinstance(answer, list):
        return [item["slug"] for item in answer if isinstance(item, dict) and isinstance(item.get("slug"), str)]
    return []


def every_read_answers(reader: TestClient, headers: dict[str, str], slug: str, after: str) -> None:
    reads = (f"/exchanges/{slug}/report", f"/exchanges/{slug}/timeline", f"/exchanges/{slug}/bundle")
    for path in (*reads, "/exchanges", "/findings"):
        answer = reader.get(path, headers=headers)
        assert 200 <= answer.status_code < 300, f"after {after}: GET {path} answered {answer.status_code}"
