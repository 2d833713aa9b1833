"""Clients that send half a request, over a raw socket to the real server: answered 408 and closed, not kept open
for ever; a whole request on the same kind of connection is answered as usual."""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Iterator

import pytest

from adapters.auth.keyring import Role
from tests.http_service import Running, serve

pytestmark = pytest.mark.integration
DEADLINES = (0.5, 0.5)
"""Seconds for the head and for the body: short, so that the test's own wait is short."""
CLIENT_TIMEOUT = 10
"""How long the test waits for the server's answer: a bound on the test, not a measure of the server."""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """A service whose read deadlines are short."""
    with serve(tmp_path_factory.mktemp("slow"), read_timeouts=DEADLINES) as running:
        yield running


def exchange(served: Running, sent: bytes) -> bytes:
    """Send `sent` on a new connection and read everything the server answers until it closes the connection."""
    host, port = served.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=CLIENT_TIMEOUT) as connection:
        connection.sendall(sent)
        answer = b""
        while chunk := connection.recv(65536):  # a socket.timeout here fails the test: the server held on
            answer += chunk
    return answer


def logged(caplog: pytest.LogCaptureFixture) -> list[dict[str, object]]:
    """The service's JSON log lines."""
    return [json.loads(entry.getMessage()) for entry in caplog.records if entry.name == "recon.http"]


def test_a_client_that_sends_half_its_headers_is_answered_408_and_closed(
    served: Running, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="recon.http"):
        answer = exchange(served, b"GET /exchanges HTTP/1.1\r\nHost: recon\r\nAuthorization: Bear")
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"application/problem+json" in answer
    assert b"request's head did not arrive within 0.5 seconds" in answer
    assert {"event": "request-timeout", "waiting_for": "head", "seconds": 0.5} in logged(caplog)


class RequestLines(logging.Handler):
    """Collects the service's request log lines; `seen` is set once one arrives (the app may log it after the
    connection has closed, so the test waits for it rather than read the log at once)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[dict[str, object]] = []
        self.seen = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        """Keep a request line."""
        line = json.loads(record.getMessage())
        if line.get("event") == "request":
            self.lines.append(line)
            self.seen.set()


def test_a_client_that_sends_half_its_body_is_answered_408_and_closed(served: Running) -> None:
    token = served.tokens[Role.RECORDER].encode()
    head = (
        b"POST /exchanges HTTP/1.1\r\nHost: recon\r\nAuthorization: Bearer " + token + b"\r\n"
        b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
    )
    lines, logger = RequestLines(), logging.getLogger("recon.http")
    level = logger.level
    logger.addHandler(lines)
    logger.setLevel(logging.INFO)
    try:
        answer = exchange(served, head + b'{"slug": ')
        logged_in_time = lines.seen.wait(CLIENT_TIMEOUT)
    finally:
        logger.removeHandler(lines)
        logger.setLevel(level)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"request's body did not arrive within 0.5 seconds" in answer
    assert logged_in_time, "the request was never logged"
    assert [(line["method"], line["status"]) for line in lines.lines] == [("POST", 408)]


def test_a_whole_request_is_answered_and_then_the_idle_connection_closed(served: Running) -> None:
    answer = exchange(served, b"GET /health HTTP/1.1\r\nHost: recon\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200 ")
    assert b"HTTP/1.1 408" not in answer  # a status line: the random X-Request-ID may hold the digits 408


def test_a_later_request_on_a_kept_connection_has_the_same_deadline(served: Running) -> None:
    answer = exchange(served, b"GET /health HTTP/1.1\r\nHost: recon\r\n\r\nGET /health HTTP/1.1\r\nHo")
    assert answer.startswith(b"HTTP/1.1 200 ")
    assert b"HTTP/1.1 408 " in answer
