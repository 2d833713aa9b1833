"""Writes that confirm, in their own transaction, that the keyring has not changed since the writer's token was
checked: a call the write's own statement makes (see pginsert.py), instead of a round trip of its own before every
write.

A token verified at the keyring's generation G stays valid while the generation is G (see adapters/auth/keyring.py).
A write sent with such a token asks the database, in the same transaction as its events, whether the generation is
still G; when it is not, the database refuses the statement, the whole transaction is rolled back, nothing is
written, and the caller checks the token again against the keyring as it now stands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from eventsourcing.persistence import PersistenceError
from psycopg import Error, sql
from psycopg.errors import PipelineAborted

from adapters.persistence.postgres import TABLES_LOCK

FUNCTION = "recon_keyring_unchanged"
"""The function a guarded write calls: it raises KEYRING_CHANGED unless the keyring is at the given generation."""
KEYRING_CHANGED = "recon: the keyring changed since the token was checked"


@dataclass
class Confirmation:
    """The keyring's generation a writer's token was verified at, and whether a write has confirmed it since."""

    generation: int
    confirmed: bool = False


_ACTIVE: ContextVar[Confirmation | None] = ContextVar("recon_keyring_confirmation", default=None)


class KeyringChangedError(Exception):
    """Raised when a guarded write was refused, and rolled back, because the keyring changed since its token was
    checked: the token must be checked again before anything is answered."""


@contextmanager
def confirming(confirmation: Confirmation) -> Iterator[Confirmation]:
    """Within the block, each write on a guarded recorder confirms `confirmation`'s generation or is refused."""
    token = _ACTIVE.set(confirmation)
    try:
        yield confirmation
    finally:
        _ACTIVE.reset(token)


def active() -> Confirmation | None:
    """The confirmation the current block's writes must make, if any."""
    return _ACTIVE.get()


def check_statement(keyring_recorder: Any) -> sql.Composed:
    """The statement a guarded write adds to its transaction, for the keyring kept by `keyring_recorder`."""
    schema = sql.Identifier(keyring_recorder.datastore.schema)
    return sql.SQL("SELECT {}.{}(%s)").format(schema, sql.Identifier(FUNCTION))


def create_function(keyring_recorder: Any) -> None:
    """Create (or replace) the function in the keyring's schema, under the lock every process creates tables under,
    since two servers starting at once would otherwise race on the catalogue."""
    schema = sql.Identifier(keyring_recorder.datastore.schema)
    table = sql.Identifier(keyring_recorder.events_table_name)
    body = sql.SQL(
        "CREATE OR REPLACE FUNCTION {schema}.{function}(expected bigint) RETURNS void LANGUAGE plpgsql AS $body$ "
        "BEGIN "
        "IF (SELECT COALESCE(MAX(notification_id), 0) FROM {schema}.{table}) <> expected THEN "
        "RAISE EXCEPTION {message}; "
        "END IF; "
        "END $body$"
    ).format(
        schema=schema,
        function=sql.Identifier(FUNCTION),
        table=table,
        message=sql.Literal(KEYRING_CHANGED),
    )
    with keyring_recorder.datastore.transaction(commit=True) as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (TABLES_LOCK,))
        cursor.execute(body)


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The errors behind `error`, nearest first: its cause, else the error it was raised while handling."""
    seen: set[int] = set()
    cause = error.__cause__ or error.__context__
    while cause is not None and id(cause) not in seen:
        yield cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__


def aborted(error: PersistenceError) -> bool:
    """Whether the store reports only that the write's pipeline was aborted, which hides what aborted it."""
    return any(isinstance(cause, PipelineAborted) for cause in _causes(error))


def keyring_changed(error: PersistenceError) -> bool:
    """Whether the store refused a write because the keyring changed (the function's own exception).

    In a pipeline the check's failure may surface behind the abort it caused: leaving the pipeline raises
    'pipeline aborted', with the check's own error as its context. So the whole chain of causes is looked at."""
    return any(isinstance(cause, Error) and cause.diag.message_primary == KEYRING_CHANGED for cause in _causes(error))


def still_at(keyring_check: sql.Composed, datastore: Any, confirmation: Confirmation) -> bool:
    """Whether the keyring still stands at the confirmation's generation, asked in a transaction of its own: what
    a write learns when its pipeline was aborted without saying why."""
    try:
        with datastore.transaction(commit=False) as cursor:
            cursor.execute(keyring_check, (confirmation.generation,))
    except PersistenceError as error:
        if keyring_changed(error):
            return False
        raise
    return True
