"""PostgreSQL for a service that must answer at once: no long retries, a short wait for a connection, a quick
check whether the server answers, and a fresh connection pool once it does again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from functools import partial
from typing import Any, TypeVar, cast
from urllib.parse import parse_qsl, urlsplit

import psycopg
from eventsourcing.persistence import PersistenceError
from eventsourcing.postgres import ConnectionPool, PostgresApplicationRecorder, PostgresDatastore
from eventsourcing.utils import get_topic
from psycopg import sql

from adapters.persistence import pginsert, pgwrites
from adapters.persistence.keyring_guard import (
    Confirmation,
    KeyringChangedError,
    aborted,
    active,
    check_statement,
    create_function,
    keyring_changed,
    still_at,
)

T = TypeVar("T")

POOL_TIMEOUT = "1"
"""Seconds a request waits for a pooled connection before the service says the store is unavailable. The library
reads it from POSTGRES_CONNECT_TIMEOUT; a `connect_timeout` in the URL still wins."""
CHECK_TIMEOUT = 2
"""Seconds the reachability check waits for the server (libpq counts anything shorter as 2)."""


def _once(method: Callable[..., T]) -> Callable[..., T]:
    """The library's method without its retry decorator, which tries ten times and so holds a request for up to
    ten pool timeouts while the server is away."""
    return cast(Callable[..., T], getattr(method, "__wrapped__", method))


class FailFastRecorder(PostgresApplicationRecorder):
    """The library's recorder, each call tried once: a lost server becomes an error the service answers with 503
    in about a second, instead of a request held for a minute. A write is one statement (see pginsert.py), and a
    writer may take its turn at the table's lock before it reads (see pgwrites.py). Once `guard_keyring` was
    called, a write made within `keyring_guard.confirming` also confirms, in its own statement, that the keyring has
    not changed."""

    keyring_check: sql.Composed | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.select_events_statement = rendered(self.select_events_statement)
        self.lock_table_statements = [
            rendered(statement) if isinstance(statement, sql.Composable) else statement
            for statement in self.lock_table_statements
        ]
        self.sql_create_statements.append(pginsert.create_statement(self))
        self.insert_call = rendered(pginsert.call_statement(self))

    def guard_keyring(self, keyring_recorder: Any) -> None:
        """Let writes confirm the generation of the keyring `keyring_recorder` keeps in the same database."""
        self.keyring_check = rendered(check_statement(keyring_recorder))

    def insert_events(self, stored_events: Sequence[Any], **kwargs: Any) -> Sequence[int] | None:
        """Insert, once, in one statement (see pginsert.py); a confirmation asked for is made by the same
        statement, or nothing is inserted."""
        confirmation = active() if self.keyring_check is not None else None
        call = pginsert.parameters(self, stored_events, None if confirmation is None else confirmation.generation)
        try:
            held = pgwrites.current_turn(self)
            if held is not None:
                ids = pgwrites.insert_in_turn(held, self.insert_call, call)
            else:
                with self.datastore.get_connection() as connection, connection.cursor() as cursor:
                    cursor.execute(self.insert_call, call, prepare=True)
                    ids = [row["notification_id"] for row in cursor.fetchall()]
        except PersistenceError as error:
            if keyring_changed(error) or self._keyring_moved(error, confirmation):
                raise KeyringChangedError(str(error)) from None
            raise
        if confirmation is not None:
            confirmation.confirmed = True
        return ids

    def _keyring_moved(self, error: PersistenceError, confirmation: Confirmation | None) -> bool:
        """Whether a write refused with only 'pipeline aborted' was refused by its keyring check: asked again."""
        if confirmation is None or self.keyring_check is None or not aborted(error):
            return False
        return not still_at(self.keyring_check, self.datastore, confirmation)

    def select_events(
        self,
        originator_id: Any,
        *,
        gt: int | None = None,
        lte: int | None = None,
        desc: bool = False,
        limit: int | None = None,
    ) -> Sequence[Any]:
        """Select an aggregate's events, once; in a writer's turn, on the connection that holds it."""
        held = pgwrites.current_turn(self)
        if held is not None:
            return pgwrites.select_events(held, originator_id, gt, lte, desc, limit)
        kwargs = {"gt": gt, "lte": lte, "desc": desc, "limit": limit}
        events: Sequence[Any] = _once(PostgresApplicationRecorder.select_events)(self, originator_id, **kwargs)
        return events

    def select_notifications(self, start: int | None, limit: int, *args: Any, **kwargs: Any) -> Sequence[Any]:
        """Select from the log, once."""
        select = _once(PostgresApplicationRecorder.select_notifications)
        notifications: Sequence[Any] = select(self, start, limit, *args, **kwargs)
        return notifications

    def max_notification_id(self) -> int | None:
        """The log's last position, asked once."""
        last: int | None = _once(PostgresApplicationRecorder.max_notification_id)(self)
        return last


def rendered(statement: sql.Composable) -> sql.Composed:
    """The statement written out once. The library composes its statements from names (schema, table), which
    psycopg quotes again every time one is executed (about a twelfth of the service's own time per write, in a
    profile of the old write); written out, only its text is encoded, and its conversion comes from psycopg's cache."""
    return sql.Composed([sql.SQL(statement.as_string())])


def fail_fast_env(env: dict[str, str], database_url: str) -> dict[str, str]:
    """The environment `env` of `database_url` with the fail-fast recorder and, unless the URL sets
    `connect_timeout`, a short pool timeout; unchanged unless it names PostgreSQL."""
    if env.get("PERSISTENCE_MODULE") != "eventsourcing.postgres":
        return env
    tuned = {**env, "APPLICATION_RECORDER_TOPIC": get_topic(FailFastRecorder)}
    if "connect_timeout" not in dict(parse_qsl(urlsplit(database_url).query)):
        tuned["POSTGRES_CONNECT_TIMEOUT"] = POOL_TIMEOUT
    return tuned


def unreachable(datastore: PostgresDatastore) -> str | None:
    """Why a new connection to the datastore's server fails within CHECK_TIMEOUT seconds, or None if it works.

    Connects directly, not through the pool, whose attempts back off for up to minutes while a server is away."""
    given = datastore.pool.kwargs
    settings = given() if callable(given) else given
    kwargs = {name: value for name, value in (settings or {}).items() if name != "row_factory"}
    try:
        with psycopg.connect(**kwargs, connect_timeout=CHECK_TIMEOUT, autocommit=True) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        return " ".join(str(error).split()) or type(error).__name__
    return None


def renew_pool(datastore: PostgresDatastore) -> None:
    """Give the datastore a new pool like its old one, and close the old one.

    While the server was away, the old pool's attempts to reconnect backed off (up to minutes between tries),
    and the connections it held were broken; a new pool connects at once."""
    old = datastore.pool
    datastore.pool = ConnectionPool(
        get_password_func=old.get_password_func,
        connection_class=old.connection_class,
        kwargs=old.kwargs,
        min_size=old.min_size,
        max_size=old.max_size,
        open=False,
        configure=datastore.after_connect_func(),
        timeout=old.timeout,
        max_waiting=old.max_waiting,
        max_lifetime=old.max_lifetime,
        check=ConnectionPool.check_connection if datastore.pre_ping else None,
    )
    old.close(timeout=0)


def turn_taker(recorder: Any) -> Callable[[], AbstractContextManager[object]] | None:
    """How a writer on `recorder` takes its turn at the store's lock before it reads (see pgwrites.py); None for a
    store whose writers cannot."""
    return partial(pgwrites.turn, recorder) if isinstance(recorder, FailFastRecorder) else None


def guard_writes(recorder: Any, keyring_recorder: Any) -> bool:
    """Have `recorder`'s writes confirm the generation of the keyring `keyring_recorder` keeps, when both are the
    service's recorders on PostgreSQL (the caller knows they share one database); False, changing nothing,
    otherwise."""
    if not isinstance(recorder, FailFastRecorder) or not isinstance(keyring_recorder, PostgresApplicationRecorder):
        return False
    create_function(keyring_recorder)
    recorder.guard_keyring(keyring_recorder)
    return True
