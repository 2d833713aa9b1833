"""PostgreSQL through eventsourcing's own persistence: a `postgresql://` URL becomes its POSTGRES_* settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urlsplit

from eventsourcing.persistence import OperationalError

from adapters.persistence.redaction import redact as redact
from domain.errors import InvalidInputError

if TYPE_CHECKING:  # the driver is imported when a PostgreSQL store is opened, not by every command that names one
    import psycopg

SCHEMES = ("postgresql", "postgres")
"""The URL schemes that name a PostgreSQL store."""

EXAMPLE = "postgresql://recon:secret@127.0.0.1:5432/recon"

CONNECT_TIMEOUT = "5"
"""Seconds to wait for the server before saying it cannot be reached (the library's default is 30)."""

OPTIONS = {
    "host": "POSTGRES_HOST",
    "pool_size": "POSTGRES_POOL_SIZE",
    "max_overflow": "POSTGRES_MAX_OVERFLOW",
    "max_waiting": "POSTGRES_MAX_WAITING",
    "connect_timeout": "POSTGRES_CONNECT_TIMEOUT",
    "lock_timeout": "POSTGRES_LOCK_TIMEOUT",
    "idle_in_transaction_session_timeout": "POSTGRES_IDLE_IN_TRANSACTION_SESSION_TIMEOUT",
    "conn_max_age": "POSTGRES_CONN_MAX_AGE",
    "pre_ping": "POSTGRES_PRE_PING",
    "schema": "POSTGRES_SCHEMA",
}
"""Query parameters a URL may carry, and the eventsourcing setting each one becomes."""


class StoreUnreachableError(OperationalError):
    """Raised when the PostgreSQL server a URL names does not answer or refuses the connection."""


def is_postgres_url(database_url: str) -> bool:
    """True when the URL names a PostgreSQL store."""
    return urlsplit(database_url).scheme in SCHEMES


def postgres_env(database_url: str) -> dict[str, str]:
    """eventsourcing's PostgreSQL settings for `postgresql://user:password@host:port/dbname?option=value`."""
    parts = urlsplit(database_url)
    try:
        port = parts.port
    except ValueError:
        raise _invalid(f"the port in {redact(database_url)!r} is not a number") from None
    dbname = unquote(parts.path.removeprefix("/"))
    if not dbname or "/" in dbname:
        raise _invalid(f"{redact(database_url)!r} names no database: write {EXAMPLE}")
    if not parts.username:
        raise _invalid(f"{redact(database_url)!r} names no user: write {EXAMPLE}")
    env = {
        "PERSISTENCE_MODULE": "eventsourcing.postgres",
        "POSTGRES_DBNAME": dbname,
        "POSTGRES_HOST": unquote(parts.hostname or ""),
        "POSTGRES_PORT": str(port or 5432),
        "POSTGRES_USER": unquote(parts.username),
        "POSTGRES_PASSWORD": unquote(parts.password or ""),
        "POSTGRES_CONNECT_TIMEOUT": CONNECT_TIMEOUT,
    }
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name not in OPTIONS:
            known = ", ".join(sorted(OPTIONS))
            raise _invalid(f"unknown option {name!r} in the PostgreSQL URL; known options: {known}")
        env[OPTIONS[name]] = value
    if not env["POSTGRES_HOST"]:
        raise _invalid(f"{redact(database_url)!r} names no host: write {EXAMPLE}")
    return env


TABLES_LOCK = 0x7265636F6E5F7462
"""The advisory lock under which applications create their tables (any one number agreed by every process)."""


@contextmanager
def creating_tables(env: dict[str, str]) -> Iterator[None]:
    """Hold the store's lock for creating tables while the block constructs an application.

    The library creates tables with CREATE TABLE IF NOT EXISTS, which PostgreSQL does not guard against itself:
    of several processes starting at once on a new database (two `recon serve` behind one balancer), all but one
    could fail on a unique index of the catalogue. Connecting first also makes an unreachable server one clear
    error rather than a connection pool's retries.
    """
    import psycopg
    from psycopg import sql

    try:
        connection = psycopg.connect(
            dbname=env["POSTGRES_DBNAME"],
            host=env["POSTGRES_HOST"],
            port=env["POSTGRES_PORT"],
            user=env["POSTGRES_USER"],
            password=env["POSTGRES_PASSWORD"],
            connect_timeout=max(1, int(float(env["POSTGRES_CONNECT_TIMEOUT"]))),
            autocommit=True,
        )
    except psycopg.Error as error:
        raise _unreachable(env, error) from None
    except ValueError:
        raise _invalid(f"connect_timeout {env['POSTGRES_CONNECT_TIMEOUT']!r} is not a number of seconds") from None
    with connection:  # closing the session releases the lock
        try:
            connection.execute("SELECT pg_advisory_lock(%s)", (TABLES_LOCK,))
            schema = env.get("POSTGRES_SCHEMA")
            if schema:
                connection.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
        except psycopg.Error as error:
            raise _unreachable(env, error) from None
        yield


def _unreachable(env: dict[str, str], error: psycopg.Error) -> StoreUnreachableError:
    reason = "; ".join(line.strip() for line in str(error).splitlines() if line.strip()) or type(error).__name__
    return StoreUnreachableError(
        f"cannot use the PostgreSQL database {env['POSTGRES_DBNAME']!r} at "
        f"{env['POSTGRES_HOST']}:{env['POSTGRES_PORT']} as {env['POSTGRES_USER']!r}: {reason}"
    )


def _invalid(message: str) -> InvalidInputError:
    return InvalidInputError(message, "database_url")
