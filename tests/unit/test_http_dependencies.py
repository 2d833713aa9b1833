"""The service's route dependencies run on the event loop: FastAPI sends a plain-function dependency to a worker
thread and back, and a read has several, which cost more than reading the report itself."""

from __future__ import annotations

import inspect
from typing import Any

from fastapi.params import Depends
from fastapi.routing import APIRoute

from adapters.http import deps
from adapters.http.admission import RecorderWriting
from adapters.http.routes import claims, exchanges, findings, terms


def _dependency(annotated: Any) -> Any:
    depends = next(item for item in annotated.__metadata__ if isinstance(item, Depends))
    return depends.dependency


def test_every_dependency_a_route_declares_for_its_store_or_its_caller_is_a_coroutine() -> None:
    declared = [deps.ServiceDep, deps.ReconcilerDep, deps.HolderDep, deps.Reader, deps.Recorder, deps.Admin]
    assert [inspect.iscoroutinefunction(_dependency(each)) for each in declared] == [True] * len(declared)


def test_the_service_s_dependencies_take_the_service_from_the_request_not_from_a_dependency_of_their_own() -> None:
    declared = [deps.ReconcilerDep, deps.HolderDep, deps.Reader, deps.Recorder, RecorderWriting]
    nested = {
        name
        for each in declared
        for name, parameter in inspect.signature(_dependency(each)).parameters.items()
        if parameter.annotation in ("ServiceDep", deps.ServiceDep)
    }
    assert nested == set()


def test_every_write_route_runs_on_the_event_loop_and_hands_only_its_store_call_to_a_thread() -> None:
    writes = [
        route
        for module in (claims, exchanges, findings, terms)
        for route in module.router.routes
        if isinstance(route, APIRoute) and "POST" in (route.methods or set())
    ]
    assert len(writes) == 8  # claims: record, correct, retract, origin; agree; completions; terms; acknowledgements
    assert [route.name for route in writes if not inspect.iscoroutinefunction(route.endpoint)] == []
