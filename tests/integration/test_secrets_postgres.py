"""No command prints the PostgreSQL password: every output of the main commands, run on a real server, searched."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.dossier.loader import shipped_dossier
from tests.postgres_server import PASSWORD, PostgresServer, free_port

pytestmark = pytest.mark.integration

RECON = Path(sys.executable).parent / "recon"


class Outputs:
    """Runs `recon` on one store as separate processes and keeps everything they print, stdout and stderr."""

    def __init__(self, url: str, folder: Path) -> None:
        self.url = url
        self.folder = folder
        self.printed: list[str] = []

    def run(self, *args: str, code: int = 0, url: str | None = None) -> str:
        env = {**os.environ, "RECON_DATABASE_URL": url or self.url}
        done = subprocess.run(
            [str(RECON), *args], capture_output=True, text=True, env=env, cwd=self.folder, check=False, timeout=300
        )
        self.printed += [f"$ recon {' '.join(args)}", done.stdout, done.stderr]
        assert done.returncode == code, done.stderr
        return done.stdout + done.stderr

    def serve_start(self) -> str:
        """`recon serve` until it has printed its start line, then stopped; what it printed until it stopped."""
        env = {**os.environ, "RECON_DATABASE_URL": self.url}
        with subprocess.Popen(
            [str(RECON), "serve", "--port", str(free_port())],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=self.folder,
        ) as server:
            assert server.stdout is not None
            started = server.stdout.readline()  # printed before the server starts listening; blocks until then
            server.terminate()
            rest, errors = server.communicate(timeout=60)
        self.printed += ["$ recon serve", started, rest, errors]
        return started


@pytest.fixture
def outputs(postgres_url: str, tmp_path: Path) -> Outputs:
    assert PASSWORD in postgres_url
    return Outputs(postgres_url, tmp_path)


def test_no_command_prints_the_password(outputs: Outputs, postgres_server: PostgresServer, tmp_path: Path) -> None:
    shown = outputs.url.replace(PASSWORD, "***")
    imported = outputs.run("import", str(shipped_dossier()))
    ready = outputs.run("init")
    outputs.run("demo")
    outputs.run("demo", "--format", "json")
    outputs.run("list")
    outputs.run("report", "1000-for-1000")
    outputs.run("check", code=1)  # the shipped real exchanges leave errors open
    outputs.run("timeline", "1000-for-1000")
    outputs.run("findings")
    outputs.run("project")
    outputs.run("token", "create", "--role", "reader", "--name", "Desk A")
    outputs.run("token", "list")
    outputs.run("export", "1000-for-1000", "-o", str(tmp_path / "istanbul.bundle"))
    outputs.run("verify", str(tmp_path / "istanbul.bundle"))
    mirror = postgres_server.create_database()
    restored = outputs.run("import-bundle", str(tmp_path / "istanbul.bundle"), url=mirror)
    outputs.run("report", "2000-for-2000", code=3)
    outputs.run("--help")
    outputs.run("list", code=2, url=f"{outputs.url}?colour=blue")
    outputs.run("list", code=5, url=outputs.url.rsplit("/", 1)[0] + "/no_such_database")
    outputs.run(
        "list", code=5, url=outputs.url.replace(outputs.url.split("@")[1].split("/")[0], f"127.0.0.1:{free_port()}")
    )
    started = outputs.serve_start()
    printed = "\n".join(outputs.printed)
    assert PASSWORD not in printed
    assert PASSWORD.split("-")[-1] not in printed
    assert f"(store {shown})" in imported
    assert f"Store {shown} ready" in ready
    assert f"(store {mirror.replace(PASSWORD, '***')})" in restored
    assert started.startswith(f"Serving {shown} on http://127.0.0.1:")
