"""The shared service as separate processes: uvicorn serving the real app on sockets the test has bound."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

from adapters.auth.keyring import Keyring, Role
from adapters.settings import eventsourcing_env

SERVE = """
import socket, sys, uvicorn
from adapters.http.app import create_app
from adapters.http.server import server_config
sock = socket.socket(fileno=int(sys.argv[1]))
uvicorn.Server(server_config(create_app())).run(sockets=[sock])
"""
"""One server process: it accepts on the inherited socket, so requests sent before it is up simply queue."""

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class ServerProcess:
    """A uvicorn process serving the store, and the loopback URL it answers on."""

    process: subprocess.Popen[bytes]
    url: str

    def kill(self) -> None:
        """SIGKILL: no shutdown, no cleanup, as a crash or an OOM kill would end it."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        """Terminate and wait, if still running; kill when it does not stop within 30 seconds."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)


def issue_token(database_url: str, role: Role = Role.ADMIN) -> str:
    """A token issued in the store's keyring, as `recon token create` would."""
    keyring = Keyring(env=eventsourcing_env(database_url))
    try:
        return keyring.issue("system test", role)[0]
    finally:
        keyring.close()


@contextmanager
def server_process(database_url: str, log: Path | None = None) -> Iterator[ServerProcess]:
    """Start one server process on a free loopback port; stopped, if still running, when the block ends."""
    env = {**os.environ, "RECON_DATABASE_URL": database_url, "RECON_MAX_BODY_BYTES": str(64 * 1024 * 1024)}
    with ExitStack() as files:
        output = files.enter_context(log.open("ab")) if log else subprocess.DEVNULL
        with socket_server(SERVE, env, output) as server:
            yield server


@contextmanager
def socket_server(script: str, env: dict[str, str], output: IO[bytes] | int) -> Iterator[ServerProcess]:
    """Run `script` with the descriptor of a socket bound to a free loopback port as its argument; stopped, if
    still running, when the block ends."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(sock.fileno())],
        pass_fds=(sock.fileno(),),
        env=env,
        cwd=ROOT,
        stdout=output,
        stderr=output,
    )
    sock.close()
    server = ServerProcess(process, f"http://127.0.0.1:{port}")
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def server_processes(database_url: str, count: int, log: Path | None = None) -> Iterator[list[ServerProcess]]:
    """`count` server processes on one store, each on its own port."""
    with ExitStack() as stack:
        yield [stack.enter_context(server_process(database_url, log)) for _ in range(count)]


def client(server: ServerProcess, token: str, timeout: float = 120) -> httpx.Client:
    """An HTTP client to one server process with the token's Authorization header."""
    return httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=timeout)
