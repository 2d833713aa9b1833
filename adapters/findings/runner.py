"""Runs the findings projection with the library's runner: catch up with the log, or follow it until stopped."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from time import monotonic
from types import TracebackType
from typing import Any
from uuid import UUID

from eventsourcing.persistence import InfrastructureFactory, IntegrityError
from eventsourcing.popo import POPOFactory
from eventsourcing.projection import BaseProjectionRunner
from eventsourcing.sqlite import SQLiteFactory
from eventsourcing.utils import get_topic

from adapters.collector import collector_paused
from adapters.findings.projection import FindingsProjection
from adapters.findings.sqlite import SQLiteFindingsView
from adapters.findings.view import FindingsView, POPOFindingsView
from adapters.persistence.mapper import TolerantMapper
from adapters.persistence.store import tables_lock
from adapters.settings import Settings, findings_url, projection_env
from domain.application import Reconciler
from domain.errors import ConflictError, InvalidInputError

Progress = Callable[[int, int], None]
"""Told the position reached and the position aimed at."""

PROGRESS_SECONDS = 1.0
"""How often a long catch-up says how far it got."""


class FindingsRunner(BaseProjectionRunner[Reconciler]):
    """The library's projection runner for the findings view, its projection reading the log's history and head."""

    # The view and the projection are constructed as ProjectionRunner constructs them (the view's settings are
    # those prefixed with the projection's name); the projection also reads two things through the runner's own
    # Reconciler: the earlier events of an exchange whose first event it sees is not its first (after a restart or
    # a crash), and the log's last position, so that it writes many events' changes at once until it gets there.

    def __init__(
        self,
        env: dict[str, str],
        *,
        rebuild: bool = False,
        projection_class: type[FindingsProjection] = FindingsProjection,
    ) -> None:
        self.factory = InfrastructureFactory.construct(env=self._construct_env(name=FindingsProjection.name, env=env))
        self.view = view_of(self.factory)
        if rebuild:
            self.view.reset(Reconciler.name)
        self.started_at = self.view.max_tracking_id(Reconciler.name) or 0
        """The position the view stood at when the runner started taking in events."""
        log = _Log(weakref.ref(self))
        self.projection = projection_class(self.view, history=log.history, head=log.head)
        # An event that cannot be loaded reaches the projection as an UnreadableEvent instead of stopping the runner:
        # the projection leaves that exchange out and carries on with the others.
        env = {**env, "MAPPER_TOPIC": get_topic(TolerantMapper)}
        with tables_lock(env):
            super().__init__(
                projection=self.projection,
                application_class=Reconciler,
                tracking_recorder=self.view,
                topics=self.projection.topics,
                env=env,
            )

    @property
    def position(self) -> int:
        """The notification id of the last event the view has taken in; 0 before the first."""
        return self.view.max_tracking_id(self.app_name) or 0

    @property
    def head(self) -> int:
        """The notification id of the last event recorded in the Reconciler's log; 0 when it is empty."""
        return self.app.recorder.max_notification_id() or 0

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        """Stop following the log and close the Reconciler and the view."""
        try:
            super().__exit__(exc_type, exc_val, exc_tb)
        finally:
            self.factory.close()


class _Log:
    """The runner's Reconciler, as the projection reads it, without keeping the runner alive."""

    def __init__(self, runner: weakref.ref[FindingsRunner]) -> None:
        self.runner = runner

    def history(self, exchange_id: UUID, version: int) -> Iterable[object]:
        """The exchange's stored events before `version`."""
        events: Iterable[object] = self._reconciler().events.get(exchange_id, lte=version - 1)
        return events

    def head(self) -> int:
        """The notification id of the last event recorded."""
        return self._reconciler().recorder.max_notification_id() or 0

    def _reconciler(self) -> Reconciler:
        runner = self.runner()
        if runner is None:
            raise RuntimeError("the findings runner was closed")
        reconciler: Reconciler = runner.app
        return reconciler


def view_of(factory: InfrastructureFactory[Any]) -> FindingsView:
    """The findings view the factory keeps: a SQLite file, or memory."""
    view: object = None
    if isinstance(factory, SQLiteFactory):
        view = factory.tracking_recorder(SQLiteFindingsView)
    elif isinstance(factory, POPOFactory):
        view = factory.tracking_recorder(POPOFindingsView)
    if not isinstance(view, FindingsView):
        raise InvalidInputError(f"a findings view cannot be kept by {type(factory).__name__}", "findings_database_url")
    return view


def open_findings(database_url: str, view_url: str | None = None, *, rebuild: bool = False) -> FindingsRunner:
    """A runner following the store's log into its findings view (RECON_FINDINGS_DATABASE_URL, else beside it)."""
    url = findings_url(database_url, view_url or Settings().findings_database_url)
    return FindingsRunner(projection_env(database_url, url, FindingsProjection.name), rebuild=rebuild)


def catch_up(runner: FindingsRunner, progress: Progress | None = None, every: float | None = None) -> int:
    """Take in every event recorded so far; the position reached. `progress` hears how far it got now and then.

    Python's cycle collector is held off until then (see adapters/collector.py): the exchanges' reconciliations grow
    into millions of small acyclic objects, which the collector would otherwise walk again and again (a fifth of
    the time of catching up with 100,000 events).
    """
    head = runner.head
    interval = PROGRESS_SECONDS if every is None else every
    told = monotonic()
    with collector_paused():
        while runner.position < head:
            _run(runner, 0.02)
            if runner.is_interrupted.is_set() and runner.position < head:
                raise RuntimeError("the findings projection stopped before it caught up with the log")
            if progress is not None and monotonic() - told >= interval and runner.position < head:
                progress(runner.position, head)
                told = monotonic()
    if progress is not None:
        progress(head, head)
    return head


def follow(
    runner: FindingsRunner, progress: Progress, every: float = 1.0, stopping: Callable[[], bool] = lambda: False
) -> None:
    """Take in events as they are recorded until the runner is stopped or `stopping` says so (looked at every
    `every` seconds), telling `progress` whenever it moved."""
    told = runner.position
    while not runner.is_interrupted.is_set() and not stopping():
        _run(runner, every)
        if runner.position != told:
            told = runner.position
            progress(told, runner.head)


def _run(runner: FindingsRunner, seconds: float) -> None:
    """Let the runner work for a while; another process writing the same view is a conflict."""
    try:
        runner.run_forever(timeout=seconds)
    except IntegrityError as error:
        raise ConflictError(
            f"another process is writing the same findings view ({error}); run one `recon project` per view",
            "findings view",
        ) from None
