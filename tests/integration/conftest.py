"""Fixtures of the integration tests: a throwaway PostgreSQL server, started once, and a fresh database per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.postgres_server import INSTALL_HINT, PostgresServer, find_bindir, in_ci


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server on loopback for the whole run; skipped without the binaries, except under CI."""
    bindir = find_bindir()
    if bindir is None:
        message = f"no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/pg_ctl): {INSTALL_HINT}"
        if in_ci():
            pytest.fail(f"CI needs PostgreSQL: {message}", pytrace=False)
        pytest.skip(message)
    server = PostgresServer(bindir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL of a new, empty database on the test server."""
    return postgres_server.create_database()
