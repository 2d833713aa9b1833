"""`recon serve` as its own process: it says where it serves only once it holds the address, and a port it cannot
have is one `error:` line naming the option, exit status 2."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

RECON = Path(sys.executable).parent / "recon"


def test_a_port_another_process_holds_is_refused_before_anything_is_announced(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [str(RECON), "--db", f"sqlite:///{tmp_path / 'recon.sqlite3'}", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith(f"error: --port: cannot listen on 127.0.0.1:{port}: "), done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr


def test_a_host_that_is_not_an_address_is_refused_naming_host(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(RECON), "--db", f"sqlite:///{tmp_path / 'recon.sqlite3'}", "serve", "--host", "no-such-host.invalid"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("error: --host: cannot listen on 'no-such-host.invalid'"), done.stderr


def test_port_0_announces_the_port_the_system_chose_and_the_reading_room(tmp_path: Path) -> None:
    with subprocess.Popen(
        [str(RECON), "--db", f"sqlite:///{tmp_path / 'recon.sqlite3'}", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as served:
        try:
            assert served.stdout is not None
            line = served.stdout.readline()
        finally:
            served.terminate()
            served.wait(timeout=60)
    port = int(line.split("http://127.0.0.1:")[1].split(":")[0])
    assert port > 0, line
    assert "the reading room at /" in line
