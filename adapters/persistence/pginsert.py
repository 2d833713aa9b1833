"""A PostgreSQL write as one statement: a function of the store's own that locks the events table, notifies, and
inserts, in the statement's own transaction.

The library sends a write as BEGIN, the table's lock, NOTIFY, the insert and COMMIT, in a pipeline it synchronises
twice: two round trips, between which the table stays locked while the writing thread waits for the interpreter,
and every other writer waits too. One statement is one round trip, and the lock is held only while the server
runs it. The library's own database function (POSTGRES_ENABLE_DB_FUNCTIONS) does not lock the table, which keeps
the order of notification ids equal to the order of commits that readers of the log rely on: this one does."""

from __future__ import annotations

from typing import Any

from psycopg import sql

from adapters.persistence.keyring_guard import FUNCTION as KEYRING_FUNCTION

PREFIX = "recon_insert_"
"""The function's name is this and the events table's name (well within PostgreSQL's 63 characters)."""


def create_statement(recorder: Any) -> sql.Composed:
    """CREATE OR REPLACE the insert function of `recorder`'s events table, in its schema.

    Given the keyring's generation, the function first confirms it (keyring_guard.py), whose function is then in
    the same schema (the store and the keyring share one database); given NULL, it does not look."""
    schema = sql.Identifier(recorder.datastore.schema)
    table = sql.Identifier(recorder.events_table_name)
    return sql.SQL(
        "CREATE OR REPLACE FUNCTION {schema}.{function}(events {schema}.{event_type}[], keyring bigint) "
        "RETURNS SETOF bigint LANGUAGE plpgsql AS $body$ "
        "BEGIN "
        "IF keyring IS NOT NULL THEN PERFORM {schema}.{keyring_function}(keyring); END IF; "
        "IF cardinality(events) = 0 THEN RETURN; END IF; "
        "SET LOCAL lock_timeout = {lock_timeout}; "
        "LOCK TABLE {schema}.{table} IN EXCLUSIVE MODE; "
        "NOTIFY {channel}; "
        "RETURN QUERY INSERT INTO {schema}.{table} (originator_id, originator_version, topic, state) "
        "SELECT originator_id, originator_version, topic, state FROM unnest(events) RETURNING notification_id; "
        "END $body$"
    ).format(
        schema=schema,
        function=sql.Identifier(function_name(recorder)),
        event_type=sql.Identifier(recorder.stored_event_type_name),
        keyring_function=sql.Identifier(KEYRING_FUNCTION),
        lock_timeout=sql.Literal(f"{recorder.datastore.lock_timeout}s"),
        table=table,
        channel=sql.Identifier(recorder.channel_name),
    )


def call_statement(recorder: Any) -> sql.Composed:
    """The statement that calls the function: the events, and the keyring's generation or NULL; it selects the ids
    the log gave the events, in order. The events go as one array in binary: as text, psycopg would escape every
    byte of every event's state in Python."""
    schema = sql.Identifier(recorder.datastore.schema)
    return sql.SQL(
        "SELECT notification_id FROM {schema}.{function}(%b::{schema}.{event_type}[], %s) AS notification_id"
    ).format(
        schema=schema,
        function=sql.Identifier(function_name(recorder)),
        event_type=sql.Identifier(recorder.stored_event_type_name),
    )


def function_name(recorder: Any) -> str:
    """The insert function's name for `recorder`'s events table."""
    return f"{PREFIX}{recorder.events_table_name}"


def parameters(recorder: Any, stored_events: Any, keyring: int | None) -> tuple[list[Any], int | None]:
    """The call's parameters: the events as the library's composite values, and the keyring's generation."""
    return [
        recorder.construct_pg_stored_event(event.originator_id, event.originator_version, event.topic, event.state)
        for event in stored_events
    ], keyring
