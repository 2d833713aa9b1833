"""A write guarded by the keyring's generation, on a real PostgreSQL: written when the keyring stands where the
token was checked, refused whole (nothing written) when a token was issued or revoked since."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from eventsourcing.persistence import PersistenceError
from eventsourcing.postgres import PostgresApplicationRecorder, PostgresDatastore
from psycopg import sql

from adapters.auth.keyring import Keyring, Role
from adapters.persistence.failfast import guard_writes
from adapters.persistence.keyring_guard import (
    Confirmation,
    KeyringChangedError,
    check_statement,
    confirming,
    keyring_changed,
)
from adapters.persistence.store import open_application, open_reconciler
from adapters.readside.reconciler import ReadModelReconciler
from tests.builders import agreement, claim, figures

pytestmark = pytest.mark.integration

SLUG = "guarded-desk"


@pytest.fixture
def stores(postgres_url: str) -> Iterator[tuple[ReadModelReconciler, Keyring]]:
    """The service's Reconciler and keyring on one database, its writes guarded by the keyring."""
    keyring = open_application(Keyring, postgres_url, fail_fast=True)
    reconciler = open_reconciler(postgres_url, fail_fast=True)
    try:
        assert guard_writes(reconciler.recorder, keyring.recorder)
        reconciler.agree_exchange(agreement(SLUG))
        yield reconciler, keyring
    finally:
        reconciler.close()
        keyring.close()


def claims_held(reconciler: ReadModelReconciler) -> int:
    """How many claims the stored events hold, read afresh from the store."""
    return len(ReadModelReconciler.exchange(reconciler, SLUG).claims)


def test_a_write_at_the_keyring_s_current_generation_is_written_and_confirms_it(
    stores: tuple[ReadModelReconciler, Keyring],
) -> None:
    reconciler, keyring = stores
    with confirming(Confirmation(keyring.generation())) as confirmation:
        outcome = reconciler.record_claim(SLUG, claim(1, figures(10)))
    assert outcome.changed
    assert confirmation.confirmed
    assert claims_held(reconciler) == 1


def test_a_write_after_the_keyring_changed_is_refused_whole_and_the_next_one_is_written(
    stores: tuple[ReadModelReconciler, Keyring],
) -> None:
    reconciler, keyring = stores
    checked_at = keyring.generation()
    keyring.issue("Another desk", Role.RECORDER)
    with confirming(Confirmation(checked_at)) as confirmation, pytest.raises(KeyringChangedError):
        reconciler.record_claim(SLUG, claim(1, figures(10)))
    assert not confirmation.confirmed
    assert claims_held(reconciler) == 0
    with confirming(Confirmation(keyring.generation())):
        assert reconciler.record_claim(SLUG, claim(1, figures(10))).changed
    assert claims_held(reconciler) == 1


def test_writes_outside_a_confirmation_are_not_checked(stores: tuple[ReadModelReconciler, Keyring]) -> None:
    reconciler, keyring = stores
    keyring.issue("Another desk", Role.RECORDER)
    assert reconciler.record_claim(SLUG, claim(1, figures(10))).changed


def test_stores_that_are_not_postgresql_are_left_unguarded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    reconciler, keyring = open_reconciler(url), open_application(Keyring, f"sqlite:///{tmp_path / 'keys.sqlite3'}")
    try:
        assert not guard_writes(reconciler.recorder, keyring.recorder)
    finally:
        reconciler.close()
        keyring.close()


def _aborted_after(first: psycopg.Error) -> PersistenceError:
    """The store's error as a pipeline can leave it: the statement that failed first, then the pipeline's abort
    raised on the way out of it, then the library's own error."""
    try:
        try:
            try:
                raise first
            finally:
                raise psycopg.errors.PipelineAborted("pipeline aborted")
        except psycopg.Error as aborted:
            raise PersistenceError("pipeline aborted") from aborted
    except PersistenceError as error:
        return error


def test_a_keyring_change_reported_behind_the_pipeline_s_abort_is_still_recognised(
    stores: tuple[ReadModelReconciler, Keyring],
) -> None:
    reconciler, keyring = stores
    checked_at = keyring.generation()
    keyring.issue("Another desk", Role.RECORDER)
    assert keyring_changed(_aborted_after(_refusal(reconciler, check_statement(keyring.recorder), checked_at)))
    assert not keyring_changed(_aborted_after(_refusal(reconciler, sql.SQL("SELECT 1 / %s"), 0)))


def _refusal(reconciler: ReadModelReconciler, statement: sql.SQL | sql.Composed, value: int) -> psycopg.Error:
    """The server's own error for `statement`, as the driver raised it under the library's."""
    with pytest.raises(PersistenceError) as refused, _datastore(reconciler).transaction(commit=False) as cursor:
        cursor.execute(statement, (value,))
    cause = refused.value.__cause__
    assert isinstance(cause, psycopg.Error)
    return cause


def _datastore(reconciler: ReadModelReconciler) -> PostgresDatastore:
    recorder = reconciler.recorder
    assert isinstance(recorder, PostgresApplicationRecorder)
    return recorder.datastore
