"""Opens the Reconciler, or another application, on the store a URL names."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from typing import Any, TypeVar

from eventsourcing.application import Application

from adapters.collector import PausedReconciler
from adapters.persistence.postgres import creating_tables
from adapters.settings import Settings, eventsourcing_env
from domain.application import Reconciler

App = TypeVar("App", bound=Application[Any])


def open_application(application_class: type[App], database_url: str) -> App:
    """An application on the store `database_url` names; an unreachable PostgreSQL server is one clear error."""
    env = eventsourcing_env(database_url)
    with tables_lock(env):
        return application_class(env=env)


def tables_lock(env: dict[str, str]) -> AbstractContextManager[None]:
    """Around constructing an application on the store `env` configures: on PostgreSQL, the lock under which
    applications create their tables (see `creating_tables`); elsewhere, nothing."""
    return creating_tables(env) if env.get("PERSISTENCE_MODULE") == "eventsourcing.postgres" else nullcontext()


def open_reconciler(database_url: str | None = None) -> Reconciler:
    """The Reconciler on `database_url`, or on the configured store (RECON_DATABASE_URL, else ./var/), its queries
    run with the cycle collector paused (see adapters/collector.py)."""
    return open_application(PausedReconciler, database_url or Settings().database_url)
