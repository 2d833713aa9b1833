"""Around every request: a request id, one JSON log line, and a limit on the body's size."""

from __future__ import annotations

import json
import logging
import re
import uuid
from time import perf_counter

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from adapters.http.problems import ApiError, problem

LOG = logging.getLogger("recon.http")
REQUEST_ID = "x-request-id"
TIMED_OUT = "recon.timed_out"
"""Set in a request's scope, to 408, by the server when the request's body did not arrive in time."""
_ACCEPTED_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


class RequestLog:
    """Gives each request an id (the caller's X-Request-ID if sensible), echoes it, and logs one line when done."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request; the log line has method, path, status, duration and request id, never a header."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _request_id(scope)
        scope.setdefault("state", {})["request_id"] = request_id
        started, status = perf_counter(), 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            # A body that came too late was answered 408 by the server itself, whatever the app then tried to send.
            LOG.info(log_line(scope, scope.get(TIMED_OUT, status), perf_counter() - started, request_id))


def log_line(scope: Scope, status: int, seconds: float, request_id: str) -> str:
    """One request as a JSON object on one line."""
    fields = {
        "event": "request",
        "method": scope["method"],
        "path": scope["path"],
        "status": status,
        "duration_ms": round(seconds * 1000, 2),
        "request_id": request_id,
    }
    return json.dumps(fields, ensure_ascii=False)


def _request_id(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            given = str(value.decode("latin-1"))
            if _ACCEPTED_ID.match(given):
                return given
    return uuid.uuid4().hex


class BodyLimit:
    """Refuses a body over `max_bytes` with 413: by its Content-Length up front, or as a chunked body arrives."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on, counting the body's bytes as the app reads them."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self.too_large(declared)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise ApiError(413, "body-too-large", self._detail(seen, "at least "), "body")
            return message

        await self.app(scope, counted, send)

    def too_large(self, size: int) -> ASGIApp:
        """The 413 response for a body of `size` bytes."""
        return problem(413, "body-too-large", self._detail(size, ""), "body")

    def _detail(self, size: int, at_least: str) -> str:
        return f"the body is {at_least}{size:,} bytes, over the limit of {self.max_bytes:,} (RECON_MAX_BODY_BYTES)"


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None
