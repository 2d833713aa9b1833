"""Fixtures of the integration tests: a throwaway PostgreSQL server, started once, and a fresh database per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from adapters.persistence import failfast
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


PATIENT_POOL_TIMEOUT = "30"
"""Seconds an in-process service of these tests waits for a pooled PostgreSQL connection. In production the wait is
failfast.POOL_TIMEOUT, 1 s: a request that cannot get a connection at once is answered 503 rather than held. On a
test machine loaded by other runs (load 11 to 14 on two cores), opening a fresh pool's first connection alone took
longer than that, and a test that is not about the bound failed in its setup ("couldn't get a connection"). The
bound itself is still tested as shipped: test_http_outage.py runs `recon serve` as its own process, which this
setting never reaches, and tests/unit/test_store_urls.py checks the value production uses."""


@pytest.fixture(scope="module", autouse=True)
def patient_pool() -> Iterator[None]:
    """In-process services wait up to PATIENT_POOL_TIMEOUT for a connection, whatever the machine's load; for each
    module of these tests, so that a service a module's fixture opens waits as long, and undone after it, so that
    the unit tests run later in the session still see the value production uses."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(failfast, "POOL_TIMEOUT", PATIENT_POOL_TIMEOUT)
        yield
