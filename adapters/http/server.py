"""How `recon serve` runs the app: uvicorn's h11 protocol with deadlines for reading a request, so that a client
sending its headers or body slowly (or not at all) cannot hold a connection open for ever."""

from __future__ import annotations

import asyncio
import json

import h11
import uvicorn
from starlette.types import ASGIApp
from uvicorn.protocols.http.h11_impl import H11Protocol

from adapters.http.middleware import LOG, TIMED_OUT
from adapters.http.problems import PROBLEM_JSON, TYPE_BASE


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, closing with 408 a connection whose request head or body is late.

    uvicorn times out idle keep-alive connections only; a request begun and never finished was kept for ever."""

    header_seconds = 10.0
    """How long a client has to send a request's head (line and headers): from connecting, or from the first byte
    of a later request (an idle kept-alive connection is uvicorn's to close, silently)."""
    body_seconds = 30.0
    """How long it has to send the body, once the head has arrived."""

    _deadline: asyncio.TimerHandle | None = None
    _waiting_for: str = ""
    _answered = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Start the clock for the first request's head."""
        super().connection_made(transport)
        self._follow()

    def handle_events(self) -> None:
        """Handle what arrived, then move the clock to what the request still owes."""
        super().handle_events()
        self._follow()

    def on_response_complete(self) -> None:
        """A response went out: the next request's head is owed once it begins."""
        self._answered = True
        super().on_response_complete()
        self._follow()

    def connection_lost(self, exc: Exception | None) -> None:
        """Nothing more to wait for."""
        self._watch("")
        super().connection_lost(exc)

    def _follow(self) -> None:
        state = self.conn.their_state
        begun = not self._answered or bool(self.conn.trailing_data[0])
        self._watch("head" if state is h11.IDLE and begun else "body" if state is h11.SEND_BODY else "")

    def _watch(self, part: str) -> None:
        if part == self._waiting_for:
            return  # the same part is still owed: its deadline stands, however many bytes trickle in
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None
        self._waiting_for = part
        if part:
            seconds = self.header_seconds if part == "head" else self.body_seconds
            self._deadline = self.loop.call_later(seconds, self._late, part, seconds)

    def _late(self, part: str, seconds: float) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        if part == "body" and self.scope is not None:
            self.scope[TIMED_OUT] = 408  # type: ignore[literal-required]
        else:  # no request to log: say what happened here
            LOG.info(json.dumps({"event": "request-timeout", "waiting_for": part, "seconds": seconds}))
        if self.conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):  # nothing of a response sent yet
            self.transport.write(_request_timeout(f"the request's {part} did not arrive within {seconds:g} seconds"))
        self.transport.close()


def _request_timeout(detail: str) -> bytes:
    """A whole 408 problem response, written straight to the socket: h11 cannot answer a request it never read."""
    title = "Request timeout"
    body = json.dumps({"type": TYPE_BASE + "request-timeout", "title": title, "status": 408, "detail": detail})
    head = (
        f"HTTP/1.1 408 Request Timeout\r\ncontent-type: {PROBLEM_JSON}\r\ncontent-length: {len(body)}\r\n"
        "connection: close\r\n\r\n"
    )
    return (head + body).encode()


def timed_protocol(header_seconds: float, body_seconds: float) -> type[TimedH11Protocol]:
    """The protocol class with these deadlines (uvicorn takes a class, and builds one protocol per connection)."""
    return type(
        "TimedH11Protocol", (TimedH11Protocol,), {"header_seconds": header_seconds, "body_seconds": body_seconds}
    )


def server_config(
    app: ASGIApp, *, host: str = "127.0.0.1", port: int = 8000, header_seconds: float = 10.0, body_seconds: float = 30.0
) -> uvicorn.Config:
    """uvicorn's configuration for the service: the timed protocol, warnings only (the app logs each request)."""
    protocol = timed_protocol(header_seconds, body_seconds)
    return uvicorn.Config(app, host=host, port=port, http=protocol, access_log=False, log_level="warning")
