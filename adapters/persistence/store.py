"""Opens the Reconciler on the store a URL names."""

from __future__ import annotations

from adapters.persistence.postgres import check_reachable
from adapters.settings import Settings, eventsourcing_env
from domain.application import Reconciler


def open_reconciler(database_url: str | None = None) -> Reconciler:
    """The Reconciler on `database_url`, or on the configured store (RECON_DATABASE_URL, else ./var/)."""
    url = database_url or Settings().database_url
    env = eventsourcing_env(url)
    if env["PERSISTENCE_MODULE"] == "eventsourcing.postgres":
        check_reachable(env)
    return Reconciler(env=env)
