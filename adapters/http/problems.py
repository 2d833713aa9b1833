"""The one place where errors become HTTP responses: RFC 9457 problem details, naming the offending field."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from eventsourcing.persistence import InterfaceError, OperationalError
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from adapters.auth.keyring import TokenNotFoundError
from domain.errors import (
    ClaimNotFoundError,
    ConcurrentWriteError,
    ConflictError,
    ExchangeNotFoundError,
    FindingNotFoundError,
    InvalidInputError,
    ReconError,
    StaleVersionError,
    UnreadableExchangeError,
    field_of,
)

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://exchange-reconciler.invalid/problems/"
LOG = logging.getLogger("recon.http")


class Problem(BaseModel):
    """What went wrong: a stable type, a title, the status, a sentence for people, and the field at fault."""

    type: str
    title: str
    status: int
    detail: str
    field: str | None = None


class ApiError(HTTPException):
    """Raised by the service itself: an unauthenticated or forbidden request, or a body too large or unreadable.

    An HTTPException, so that FastAPI lets it through when it is raised while the body is read."""

    def __init__(self, status: int, kind: str, detail: str, field: str | None = None, **headers: str) -> None:
        super().__init__(status, detail, headers or None)
        self.status, self.kind, self.field = status, kind, field


DOMAIN: list[tuple[type[ReconError], int, str, str]] = [
    (StaleVersionError, 412, "stale-version", "The exchange has changed since that version"),
    (ConcurrentWriteError, 409, "concurrent-write", "Another writer got there first"),
    (ConflictError, 409, "conflict", "Conflicts with what is recorded"),
    (ExchangeNotFoundError, 404, "exchange-not-found", "No such exchange"),
    (ClaimNotFoundError, 404, "claim-not-found", "No such claim"),
    (FindingNotFoundError, 404, "finding-not-found", "No such finding"),
    (TokenNotFoundError, 404, "token-not-found", "No such token"),
    (InvalidInputError, 422, "invalid-input", "Invalid input"),
    (UnreadableExchangeError, 500, "unreadable-exchange", "A stored event of this exchange cannot be read"),
]
"""Each domain error's status, problem type and title, most specific first."""

TITLES = {
    400: "Bad request",
    401: "Token required",
    403: "Not allowed",
    404: "Not found",
    409: "Conflict",
    412: "Precondition failed",
    405: "Method not allowed",
    413: "Request body too large",
    415: "Unsupported media type",
    422: "Invalid input",
    500: "Internal error",
    503: "Store unavailable",
}

RETRY_AFTER_SECONDS = 2
CONCURRENT_RETRY_AFTER_SECONDS = 1
"""What a 409 for other writers winning every attempt asks the client to wait before sending the request again."""
"""What a 503 asks the client to wait before sending the same request again (every write is safe to resend)."""


def documented(status: int, description: str | None = None) -> dict[str, Any]:
    """How an error response appears in the OpenAPI: a Problem, as application/problem+json."""
    return {
        "description": description or TITLES[status],
        "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
    }


RESPONSES: dict[int | str, dict[str, Any]] = {
    **{status: documented(status) for status in (400, 401, 403, 404, 413, 422)},
    503: documented(503, "The store cannot be reached just now; send the same request again after Retry-After"),
}
"""Documented on every route, so that the OpenAPI says what an error looks like."""

CONFLICT: dict[int | str, dict[str, Any]] = {
    409: documented(409, "Conflicts with what is recorded, or other writers kept winning")
}
"""Documented on the writes."""


def problem(status: int, kind: str, detail: str, field: str | None = None, title: str | None = None) -> JSONResponse:
    """A problem+json response."""
    body = Problem(type=TYPE_BASE + kind, title=title or TITLES.get(status, "Error"), status=status, detail=detail)
    body.field = field
    return JSONResponse(body.model_dump(), status_code=status, media_type=PROBLEM_JSON)


def unavailable(reason: str) -> JSONResponse:
    """The 503 for a store that cannot be reached or used now; the reason goes to the log, not to the client."""
    LOG.warning("store unavailable: %s", reason)
    response = problem(
        503,
        "store-unavailable",
        f"the store cannot be reached just now; send the same request again in {RETRY_AFTER_SECONDS} seconds "
        "(a write that got through is recognised and not recorded twice)",
    )
    response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def api_problem(error: ApiError) -> JSONResponse:
    """The response for an error the service raised itself, with the headers it asks for."""
    response = problem(error.status, error.kind, error.detail, error.field)
    response.headers.update(error.headers or {})
    return response


def domain_problem(error: ReconError) -> JSONResponse:
    """The response for a domain error, by its most specific class."""
    line = getattr(error, "line", None)
    detail = error.message if line is None else f"{error.message} (line {line})"
    for cls, status, kind, title in DOMAIN:
        if isinstance(error, cls):
            response = problem(status, kind, detail, error.field, title)
            if isinstance(
                error, ConcurrentWriteError
            ):  # nothing was written: the same request may simply be sent again
                response.headers["Retry-After"] = str(CONCURRENT_RETRY_AFTER_SECONDS)
            return response
    return problem(422, "invalid-input", detail, error.field)


def validation_problem(error: RequestValidationError) -> JSONResponse:
    """The first complaint about a request, naming the field; unparseable JSON is a bad request (400)."""
    first = error.errors()[0] if error.errors() else {"loc": (), "msg": "invalid request", "type": ""}
    field = field_of(tuple(first.get("loc", ()))[1:]) or None
    if first.get("type") == "json_invalid":
        return problem(400, "malformed-body", f"the body is not valid JSON: {first.get('msg')}", "body")
    message = str(first.get("msg", "invalid input")).removeprefix("Value error, ")  # pydantic's, before our words
    return problem(422, "invalid-input", message, field)


def http_problem(error: HTTPException) -> JSONResponse:
    """Starlette's own refusals (no route, a method not allowed) and the service's, as problem documents."""
    kind = TITLES.get(error.status_code, "error").lower().replace(" ", "-")
    response = problem(error.status_code, kind, str(error.detail))
    response.headers.update(error.headers or {})
    return response


def install(app: FastAPI, store_lost: Callable[[], None] = lambda: None) -> None:
    """Register the one mapping from exceptions to responses; `store_lost` hears of a store that failed."""

    async def on_domain(request: Request, error: Exception) -> JSONResponse:
        return domain_problem(error) if isinstance(error, ReconError) else _unexpected(request, error)

    async def on_api(request: Request, error: Exception) -> JSONResponse:
        return api_problem(error) if isinstance(error, ApiError) else _unexpected(request, error)

    async def on_validation(request: Request, error: Exception) -> JSONResponse:
        if not isinstance(error, RequestValidationError):
            return _unexpected(request, error)
        return validation_problem(error)

    async def on_http(request: Request, error: Exception) -> JSONResponse:
        return http_problem(error) if isinstance(error, HTTPException) else _unexpected(request, error)

    async def on_store(request: Request, error: Exception) -> JSONResponse:
        store_lost()
        return unavailable(f"{type(error).__name__}: {error}")

    async def on_unexpected(request: Request, error: Exception) -> JSONResponse:
        return _unexpected(request, error)

    app.add_exception_handler(ReconError, on_domain)
    app.add_exception_handler(ApiError, on_api)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(HTTPException, on_http)
    for lost in (OperationalError, InterfaceError):  # a server gone, a connection broken, a pool that waited
        app.add_exception_handler(lost, on_store)
    app.add_exception_handler(Exception, on_unexpected)


def _unexpected(request: Request, error: Exception) -> JSONResponse:
    """A fault of the service: logged with the request id for the operator, answered without any detail."""
    request_id = getattr(request.state, "request_id", None)
    line = {"event": "unexpected-error", "request_id": request_id, "error": type(error).__name__}
    LOG.error(json.dumps(line), exc_info=error)
    return problem(500, "internal-error", f"the service failed; quote request id {request_id} to its operator")
