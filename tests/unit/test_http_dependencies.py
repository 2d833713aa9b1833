"""The service's route dependencies run on the event loop: FastAPI sends a plain-function dependency to a worker
thread and back, and a read has several, which cost more than reading the report itself."""

from __future__ import annotations

import inspect
from typing import Any

from fastapi.params import Depends

from adapters.http import deps


def _dependency(annotated: Any) -> Any:
    depends = next(item for item in annotated.__metadata__ if isinstance(item, Depends))
    return depends.dependency


def test_every_dependency_a_route_declares_for_its_store_or_its_caller_is_a_coroutine() -> None:
    declared = [deps.ServiceDep, deps.ReconcilerDep, deps.HolderDep, deps.Reader, deps.Recorder, deps.Admin]
    assert [inspect.iscoroutinefunction(_dependency(each)) for each in declared] == [True] * len(declared)
