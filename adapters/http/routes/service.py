"""The service itself: whether the process is up, and whether it can reach its store."""

from __future__ import annotations

from eventsourcing.persistence import PersistenceError
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from adapters.http.deps import Service, ServiceDep
from adapters.http.problems import RETRY_AFTER_SECONDS

router = APIRouter(tags=["service"])


class Health(BaseModel):
    """The process answers."""

    status: str


class Readiness(BaseModel):
    """The store answered, and how many events its log holds."""

    status: str
    events: int | None = None
    detail: str | None = None


@router.get("/health")
def health() -> Health:
    """Answers 200 while the process is up; for a liveness probe. Needs no token."""
    return Health(status="ok")


@router.get(
    "/ready", response_model=Readiness, responses={503: {"model": Readiness, "description": "The store cannot be read"}}
)
def ready(service: ServiceDep) -> Readiness | JSONResponse:
    """Answers 200 when the store can be read (its log's last position), 503 otherwise, within about two seconds;
    for a readiness probe. Needs no token."""
    events = _last_position(service)
    if events is None:
        body = Readiness(status="unavailable", detail="the store cannot be read just now")
        return JSONResponse(body.model_dump(), status_code=503, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})
    return Readiness(status="ready", events=events)


def _last_position(service: Service) -> int | None:
    """The position of the store's last event (0 when empty), or None when the store cannot be read now."""
    if service.watch.unavailable() is not None:
        return None
    try:
        return service.reconciler.recorder.max_notification_id() or 0
    except (PersistenceError, OSError):
        service.watch.mark_lost()
        return None
