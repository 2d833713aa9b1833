"""The shared service for tests: the real app on a SQLite file, served by uvicorn on a free loopback port."""

from __future__ import annotations

import socket
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn

from adapters.auth.keyring import Role
from adapters.http.app import create_app, open_service
from adapters.http.deps import Service
from adapters.http.server import server_config
from adapters.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

__all__ = ["ROLES", "Running", "TestClient", "serve", "service"]

ROLES = tuple(Role)


@dataclass
class Running:
    """A service being served: its base URL, its store, and one token per role."""

    url: str
    service: Service
    tokens: dict[Role, str] = field(default_factory=dict)

    def headers(self, role: Role | None) -> dict[str, str]:
        """The Authorization header of `role`'s token; none for None."""
        return {} if role is None else {"Authorization": f"Bearer {self.tokens[role]}"}

    def client(self, role: Role | None = None) -> httpx.Client:
        """An HTTP client to the service, sending `role`'s token."""
        return httpx.Client(base_url=self.url, headers=self.headers(role), timeout=30)


def service(
    tmp_path: Path, *, public_reads: bool = False, max_body_bytes: int = 1_048_576, database_url: str | None = None
) -> tuple[Service, dict[Role, str]]:
    """A service on `database_url`, else a SQLite file in `tmp_path` (made if missing), with a token for every role."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    url = database_url or f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    running = open_service(Settings(database_url=url, public_reads=public_reads, max_body_bytes=max_body_bytes))
    tokens = {role: running.keyring.issue(f"{role.value} holder", role)[0] for role in Role}
    return running, tokens


@contextmanager
def serve(
    tmp_path: Path,
    *,
    public_reads: bool = False,
    max_body_bytes: int = 1_048_576,
    database_url: str | None = None,
    read_timeouts: tuple[float, float] = (10.0, 30.0),
) -> Iterator[Running]:
    """Serve the real app with uvicorn in a thread; the socket listens before the server starts, so no wait."""
    running, tokens = service(
        tmp_path, public_reads=public_reads, max_body_bytes=max_body_bytes, database_url=database_url
    )
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    header_seconds, body_seconds = read_timeouts
    config = server_config(create_app(running), header_seconds=header_seconds, body_seconds=body_seconds)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{port}"
        httpx.get(f"{url}/health", timeout=30).raise_for_status()
        yield Running(url, running, tokens)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()
