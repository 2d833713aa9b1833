"""The FastAPI app of the shared service, on the store and keyring the settings name."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from eventsourcing.application import Application
from eventsourcing.postgres import PostgresDatastore
from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from adapters.auth.keyring import Keyring
from adapters.http import problems
from adapters.http.availability import StoreGate, StoreWatch
from adapters.http.deps import Service
from adapters.http.front import AuthenticateWrites
from adapters.http.links import add_links
from adapters.http.middleware import BodyLimit, RequestLog
from adapters.http.pages import install as install_pages
from adapters.http.routes import claims, dossiers, exchanges, findings, service, terms, tokens
from adapters.persistence.failfast import guard_writes
from adapters.persistence.store import open_application, open_reconciler
from adapters.settings import Settings, keyring_url

DESCRIPTION = """\
Reconciles the figures governments and media announce about prisoner exchanges: record each claim as it was
announced, then read the reconciliation: whether the parts make up the totals, whether sources agree, and whether
the stages add up to what was agreed.

Send `Authorization: Bearer <token>` (from `recon token create`). Reads need a reader token unless the service
allows public reading; writes need a recorder token, acknowledgements a reviewer token, token management an admin
token. Errors are `application/problem+json` with `type`, `title`, `status`, `detail` and the offending `field`.
Every write is idempotent by content: sending the same request again never records anything twice.
"""


def open_service(settings: Settings | None = None, database_url: str | None = None) -> Service:
    """The store, the keyring and the limits the settings (RECON_* variables) name."""
    chosen = settings or Settings()
    url = database_url or chosen.database_url
    keyring_database = keyring_url(url, chosen.keyring_database_url)
    keyring = open_application(Keyring, keyring_database, fail_fast=True)
    reconciler = open_reconciler(url, fail_fast=True)
    watch = StoreWatch(postgres_datastores(reconciler, keyring))
    # Writes confirm the keyring themselves only when it is in the store's own database (the same URL).
    in_writes = keyring_database == url and guard_writes(reconciler.recorder, keyring.recorder)
    return Service(reconciler, keyring, url, chosen.public_reads, chosen.max_body_bytes, watch, in_writes)


def postgres_datastores(*applications: Application[Any]) -> list[PostgresDatastore]:
    """The PostgreSQL datastores of the applications' recorders, each once; none for other stores."""
    found: list[PostgresDatastore] = []
    for application in applications:
        datastore = getattr(application.recorder, "datastore", None)
        if isinstance(datastore, PostgresDatastore) and datastore not in found:
            found.append(datastore)
    return found


def create_app(running: Service | None = None) -> FastAPI:
    """The app serving `running` (by default, the service the settings describe); closes it on shutdown."""
    current = running or open_service()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        current.close()

    app = FastAPI(title="Exchange Reconciler", version="1", description=DESCRIPTION, lifespan=lifespan)
    app.state.service = current
    problems.install(app, store_lost=current.watch.mark_lost)
    for module in (service, exchanges, claims, terms, findings, dossiers, tokens):
        app.include_router(module.router)
    pages = install_pages(app)
    app.add_middleware(BodyLimit, max_bytes=current.max_body_bytes)
    app.add_middleware(AuthenticateWrites, exempt=pages)
    app.add_middleware(StoreGate)
    app.add_middleware(RequestLog)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema, with the Problem that every error response refers to and links from writes onwards."""
    if app.openapi_schema is None:
        spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        spec.setdefault("components", {}).setdefault("schemas", {})["Problem"] = problems.Problem.model_json_schema()
        app.openapi_schema = add_links(spec)
    return app.openapi_schema
