"""PostgreSQL writers that take their turn at the events table's lock before they read, so that what they then
write cannot lose a race.

Every write locks the events table until it commits (the library's way of keeping the order of notification ids
equal to the order of commits), so writers already take turns at the insert. A writer that read an exchange, then
found another process's events in the way of its own, would otherwise read again and race again, and against a
writer that never pauses it could lose every time. Taking the lock first, then reading, then inserting, it cannot
lose: the lock is held a little longer (one read and the command) for the one attempt that needs it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import psycopg
from eventsourcing import persistence
from eventsourcing.persistence import PersistenceError, StoredEvent
from psycopg import Connection, sql

BEGIN, COMMIT, ROLLBACK = sql.SQL("BEGIN"), sql.SQL("COMMIT"), sql.SQL("ROLLBACK")


@dataclass
class Turn:
    """A writer's hold on one recorder's events table: a transaction that took the lock and has not ended."""

    recorder: Any
    connection: Connection[Any]
    open: bool = True


_TURN: ContextVar[Turn | None] = ContextVar("recon_write_turn", default=None)


def current_turn(recorder: Any) -> Turn | None:
    """The open turn this thread of work holds on `recorder`'s table, if any."""
    turn = _TURN.get()
    return turn if turn is not None and turn.open and turn.recorder is recorder else None


@contextmanager
def turn(recorder: Any) -> Iterator[Turn]:
    """Within the block, `recorder`'s events table is locked for this writer: every event written before is there to
    read, and no other writer can insert until the block's first write commits (or the block ends, writing nothing).

    A writer that lost a race takes its turn this way, so that its next attempt cannot lose again; other writers
    wait at the lock meanwhile, as they wait for any write."""
    with recorder.datastore.get_connection() as connection:
        with connection.pipeline():
            connection.execute(BEGIN)
            for statement in recorder.lock_table_statements:
                connection.execute(statement, prepare=True)
        held = Turn(recorder, connection)
        token = _TURN.set(held)
        try:
            yield held
        finally:
            _TURN.reset(token)
            if held.open:
                held.open = False
                _rollback(connection)


def insert_in_turn(held: Turn, statement: sql.Composed, parameters: Sequence[Any]) -> list[int]:
    """Run the insert `statement` in the turn's transaction, which took the lock already, and end it with a COMMIT;
    the ids the log gave the events. Errors are the library's, raised once the transaction was rolled back."""
    held.open = False  # whatever happens next, the turn's transaction ends here
    try:
        with held.connection.cursor() as cursor:
            cursor.execute(statement, parameters, prepare=True)
            ids = [row["notification_id"] for row in cursor.fetchall()]
        held.connection.execute(COMMIT)
    except psycopg.Error as error:
        _rollback(held.connection)
        raise library_error(error) from error
    return ids


def _rollback(connection: Connection[Any]) -> None:
    with suppress(psycopg.Error):  # a broken connection is the pool's to discard
        connection.execute(ROLLBACK)


def select_events(
    held: Turn, originator_id: Any, gt: int | None, lte: int | None, desc: bool, limit: int | None
) -> list[StoredEvent]:
    """An aggregate's events within the bounds, read in the writer's turn, on the connection that holds the lock:
    a second connection could wait for the pool while the lock holds up every other writer."""
    statement: sql.Composable = held.recorder.select_events_statement
    params: list[Any] = [originator_id]
    for bound, condition in ((gt, " AND originator_version > %s"), (lte, " AND originator_version <= %s")):
        if bound is not None:
            statement, params = statement + sql.SQL(condition), [*params, bound]
    statement += sql.SQL(" ORDER BY originator_version DESC" if desc else " ORDER BY originator_version ASC")
    if limit is not None:
        statement, params = statement + sql.SQL(" LIMIT %s"), [*params, limit]
    try:
        with held.connection.cursor() as cursor:
            cursor.execute(statement, params, prepare=True)
            rows = cursor.fetchall()
    except psycopg.Error as error:
        held.open = False
        _rollback(held.connection)
        raise library_error(error) from error
    return [
        StoredEvent(row["originator_id"], row["originator_version"], row["topic"], bytes(row["state"])) for row in rows
    ]


def library_error(error: psycopg.Error) -> PersistenceError:
    """The library's error for a driver's error, as its own connections raise them: IntegrityError for a unique
    violation (a lost race), OperationalError for a lost server, and so on."""
    for kind in type(error).__mro__:
        found = getattr(persistence, kind.__name__, None)
        if isinstance(found, type) and issubclass(found, PersistenceError):
            return found(str(error))
    return PersistenceError(str(error))
