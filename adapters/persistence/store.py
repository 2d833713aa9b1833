"""Opens the Reconciler, or another application, on the store a URL names."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any, TypeVar

from eventsourcing.application import Application

from adapters.persistence.postgres import creating_tables
from adapters.settings import Settings, eventsourcing_env

if TYPE_CHECKING:  # imported when a Reconciler is opened, not by every module that imports this one
    from adapters.readside.reconciler import ReadModelReconciler

App = TypeVar("App", bound=Application[Any])


def open_application(application_class: type[App], database_url: str, *, fail_fast: bool = False) -> App:
    """An application on the store `database_url` names; an unreachable PostgreSQL server is one clear error.

    `fail_fast` (for the service) tries each PostgreSQL call once and waits briefly for a pooled connection, so
    that a lost server is an error at once rather than a minute of the library's retries."""
    env = eventsourcing_env(database_url)
    if fail_fast:  # the PostgreSQL driver is imported only by the service, which asks for this
        from adapters.persistence.failfast import fail_fast_env

        env = fail_fast_env(env, database_url)
    with tables_lock(env):  # the first connection keeps the usual timeout: a slow network is not an outage
        return application_class(env=env)


def tables_lock(env: dict[str, str]) -> AbstractContextManager[None]:
    """Around constructing an application on the store `env` configures: on PostgreSQL, the lock under which
    applications create their tables (see `creating_tables`); elsewhere, nothing."""
    return creating_tables(env) if env.get("PERSISTENCE_MODULE") == "eventsourcing.postgres" else nullcontext()


def open_reconciler(database_url: str | None = None, *, fail_fast: bool = False) -> ReadModelReconciler:
    """The Reconciler on `database_url`, or on the configured store (RECON_DATABASE_URL, else ./var/), its queries
    run with the cycle collector paused (see adapters/collector.py), its latest reports and list read from the read
    models in the same store (see adapters/readside/)."""
    from adapters.readside.reconciler import ReadModelReconciler

    return open_application(ReadModelReconciler, database_url or Settings().database_url, fail_fast=fail_fast)
