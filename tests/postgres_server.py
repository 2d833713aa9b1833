"""A throwaway PostgreSQL server on loopback, started from the system's binaries for the tests that need one."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import psycopg
from psycopg import sql

INSTALL_HINT = "install the PostgreSQL server binaries: sudo apt-get install postgresql"
SERVER_USER = "postgres"
"""The system user that runs the server when the tests run as root (initdb refuses root)."""
OWNER = "recon"
PASSWORD = "recon-test-" + secrets.token_hex(4)


def in_ci() -> bool:
    """True when the suite runs under CI, where a missing server is a failure, not a skip."""
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def find_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/N/bin holding pg_ctl, else the folder of a pg_ctl on PATH."""
    found = glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")
    if found:
        newest = max(found, key=lambda path: int(Path(path).parent.parent.name.split(".")[0]))
        return Path(newest).parent
    on_path = shutil.which("pg_ctl")
    if on_path and Path(on_path).resolve().with_name("initdb").exists():
        return Path(on_path).resolve().parent
    return None


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PostgresServer:
    """initdb into a temporary folder, pg_ctl start on 127.0.0.1 and a free port; stopped and removed at the end."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="recon-pg-"))
        self.data = self.root / "data"
        self.port = 0
        self._databases = 0
        self._as_root = os.geteuid() == 0

    def start(self) -> None:
        """Create the cluster and start the server; raises RuntimeError with the server's log if it fails."""
        if self._as_root:
            _ensure_server_user()
            shutil.chown(self.root, SERVER_USER, SERVER_USER)
        password_file = self.root / "password"
        password_file.write_text(PASSWORD)
        if self._as_root:
            shutil.chown(password_file, SERVER_USER, SERVER_USER)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            OWNER,
            f"--pwfile={password_file}",
            "--auth-host=scram-sha-256",
            "--auth-local=trust",
            "-E",
            "UTF8",
            "--no-sync",
        )
        for _attempt in range(3):
            self.port = free_port()
            started = self._launch()
            if started.returncode == 0:
                return
        raise RuntimeError(f"PostgreSQL did not start: {started.stdout}{started.stderr}\n{self._log()}")

    def halt(self) -> None:
        """Stop the server, ending every client's connection as an outage would, keeping its data for `resume`.

        A fast shutdown, not an immediate one: with synchronous_commit off, an immediate stop may lose the last
        commits, which would be this test server's doing, not the application's."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        """Start the halted server again on the same port, with the data it had."""
        started = self._launch()
        if started.returncode != 0:
            raise RuntimeError(f"PostgreSQL did not start again: {started.stdout}{started.stderr}\n{self._log()}")

    def stop(self) -> None:
        """Stop the server at once and remove its folder."""
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def _launch(self) -> subprocess.CompletedProcess[str]:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
        )
        log = str(self.root / "log")
        return self._run(
            "pg_ctl", "-D", str(self.data), "-l", log, "-w", "-t", "60", "-o", options, "start", check=False
        )

    def _log(self) -> str:
        return (self.root / "log").read_text(errors="replace") if (self.root / "log").exists() else ""

    def url(self, dbname: str) -> str:
        """The URL of one database of this server, as the application is given it."""
        return f"postgresql://{OWNER}:{PASSWORD}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self) -> str:
        """A new empty database; its URL."""
        self._databases += 1
        name = f"recon_test_{os.getpid()}_{self._databases}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def _run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command: Sequence[str] = [str(self.bindir / program), *args]
        if self._as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=self.root, check=False)
        if check and result.returncode != 0:
            raise RuntimeError(f"{program} failed ({result.returncode}): {result.stdout}{result.stderr}")
        return result


def _ensure_server_user() -> None:
    """The `postgres` system user, as Debian's package creates it; created here when it is missing."""
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--user-group", "--no-create-home", "--shell", "/bin/sh", SERVER_USER],
            check=True,
            capture_output=True,
        )
