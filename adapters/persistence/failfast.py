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
from psycopg import Cursor, sql

from adapters.persistence import pgwrites
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
    in about a second, instead of a request held for a minute. A writer may take its turn at the table's lock before
    it reads (see pgwrites.py). Once `guard_keyring` was called, a write made
    within `keyring_guard.confirming` also confirms, in its own transaction, that the keyring has not changed."""

    keyring_check: sql.Composed | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.insert_events_statement = binary_parameters(self.insert_events_statement)

    def guard_keyring(self, keyring_recorder: Any) -> None:
        """Let writes confirm the generation of the keyring `keyring_recorder` keeps in the same database."""
        self.keyring_check = check_statement(keyring_recorder)

    def insert_events(self, stored_events: Sequence[Any], **kwargs: Any) -> Sequence[int] | None:
        """Insert, once; a confirmation asked for is made by the same transaction, or nothing is inserted."""
        confirmation = active() if self.keyring_check is not None else None
        try:
            held = pgwrites.current_turn(self)
            if held is not None:
                ids: Sequence[int] | None = pgwrites.insert_in_turn(held, stored_events, **kwargs)
            else:
                ids = _once(PostgresApplicationRecorder.insert_events)(self, stored_events, **kwargs)
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

    def _insert_events(self, curs: Cursor[Any], stored_events: Sequence[Any], **kwargs: Any) -> None:
        """The library's hook for statements sent in the write's pipeline, before its events: the keyring's check
        goes there, so that it costs no round trip of its own."""
        super()._insert_events(curs, stored_events, **kwargs)
        confirmation = active()
        if confirmation is not None and self.keyring_check is not None:
            curs.execute(self.keyring_check, (confirmation.generation,), prepare=True)

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


def binary_parameters(statement: sql.Composable) -> sql.Composed:
    """The statement with its parameters sent in binary. The library sends a write's events as one array of a
    composite type, which psycopg writes as text by default, escaping every byte of every event's state in Python:
    a tenth of the service's time per write. In binary the bytes go as they are."""
    if isinstance(statement, sql.Composed):
        return sql.Composed([binary_parameters(part) for part in statement])
    if isinstance(statement, sql.SQL):
        return sql.Composed([sql.SQL(statement.as_string().replace("%s", "%b"))])
    return sql.Composed([statement])


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
