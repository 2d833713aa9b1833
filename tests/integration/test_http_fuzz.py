"""Schemathesis against the published OpenAPI: no server error, and every answer as the schema says.

A bounded run here (a few examples per route); `make fuzz` runs many more (RECON_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import os
import warnings
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
from tests.http_service import service

pytestmark = pytest.mark.integration
EXAMPLES = int(os.environ.get("RECON_FUZZ_EXAMPLES", "8"))
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
