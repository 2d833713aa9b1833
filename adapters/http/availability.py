"""Whether the service's store can be reached: requests fail at once while it cannot, and go on when it returns."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

from anyio import to_thread
from eventsourcing.postgres import PostgresDatastore
from starlette.types import ASGIApp, Receive, Scope, Send

from adapters.http.problems import unavailable
from adapters.persistence.failfast import renew_pool, unreachable

OPEN_PATHS = ("/health", "/ready", "/docs", "/openapi.json")
"""Paths that never read the store, or (/ready) make their own check."""


class StoreWatch:
    """Remembers that the store was lost, checks whether it is back, and then gives it fresh connection pools."""

    def __init__(self, datastores: Sequence[PostgresDatastore] = ()) -> None:
        self.datastores = list(datastores)
        self.lost = False
        self._lock = threading.Lock()
        self._reason = ""
        self._checked_at = float("-inf")

    def mark_lost(self) -> None:
        """A request found the store unusable; the next ones check before they use it."""
        self.lost = bool(self.datastores)

    def unavailable(self) -> str | None:
        """Why the store cannot be used now, or None; once it answers again its pools are renewed."""
        if not self.lost:
            return None
        asked_at = time.monotonic()
        with self._lock:
            if not self.lost:
                return None
            if self._checked_at >= asked_at:  # a check ended after this request arrived: the requests that
                return self._reason  # queued behind it take its answer, so an outage costs one check at a time
            reason = unreachable(self.datastores[0])
            self._checked_at = time.monotonic()
            if reason is not None:
                self._reason = reason
                return reason
            for datastore in self.datastores:
                renew_pool(datastore)
            self.lost = False
            return None


class StoreGate:
    """Answers 503 at once, without touching the store, while the watch says the store is still away."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check (in a worker thread, bounded) before a request that reads or writes the store."""
        watch: StoreWatch | None = scope["app"].state.service.watch if scope["type"] == "http" else None
        if watch is not None and watch.lost and scope["path"] not in OPEN_PATHS:
            reason = await to_thread.run_sync(watch.unavailable)
            if reason is not None:
                await unavailable(reason)(scope, receive, send)
                return
        await self.app(scope, receive, send)
