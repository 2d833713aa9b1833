"""One process at a time keeps a findings view; the others read it once that process has caught up with the log."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from time import monotonic

from eventsourcing.persistence import InfrastructureFactory
from eventsourcing.utils import Environment

from adapters.findings.projection import FindingsProjection
from adapters.findings.runner import FindingsRunner, Progress, catch_up, view_of
from adapters.findings.view import FindingsView
from adapters.settings import Settings, findings_url, projection_env
from domain.application import Reconciler
from domain.errors import ConflictError

PATIENCE_SECONDS = 120.0
"""How long a reader waits for the process keeping the view to move before giving up."""

Reporter = Callable[[int, int], Progress | None]
"""Given where the view starts and where the log ends, what to tell of the progress, if anything."""


@contextmanager
def keeping(view_url: str, *, wait: bool, waiting: Callable[[], None] | None = None) -> Iterator[bool]:
    """Hold the right to write the view (True), or learn that another process holds it (False, unless `wait`)."""
    if not view_url.startswith("sqlite:///"):
        yield True
        return
    path = Path(view_url.removeprefix("sqlite:///"))
    # The system releases the lock when its holder ends, however it ends: a killed keeper blocks nobody.
    with open(path.with_name(path.name + ".lock"), "ab") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                yield False
                return
            if waiting is not None:
                waiting()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def up_to_date(database_url: str, *, rebuild: bool = False, reporter: Reporter | None = None) -> Iterator[FindingsView]:
    """The store's findings view once it holds every event recorded so far: taken in here, or by its keeper."""
    url = findings_url(database_url, Settings().findings_database_url)
    env = projection_env(database_url, url, FindingsProjection.name)
    with keeping(url, wait=False) as kept:
        if kept:
            with FindingsRunner(env, rebuild=rebuild) as runner:
                catch_up(runner, reporter(runner.started_at, runner.head) if reporter else None)
                yield runner.view
            return
        if rebuild:
            raise ConflictError("another process keeps the findings view: stop it before rebuilding", "--rebuild")
        with _reading(env) as (view, head):
            _wait_for_keeper(view, head, reporter(_position(view), head) if reporter else None)
            yield view


@contextmanager
def _reading(env: dict[str, str]) -> Iterator[tuple[FindingsView, int]]:
    factory = InfrastructureFactory.construct(env=Environment(FindingsProjection.name, {**os.environ, **env}))
    reconciler = Reconciler(env=env)
    try:
        yield view_of(factory), reconciler.recorder.max_notification_id() or 0
    finally:
        reconciler.close()
        factory.close()


def _position(view: FindingsView) -> int:
    return view.max_tracking_id(Reconciler.name) or 0


def _wait_for_keeper(view: FindingsView, head: int, progress: Progress | None) -> None:
    """Wait, with the library's own wait, while the keeper moves towards `head`; give up when it stops moving."""
    reached, moved = _position(view), monotonic()
    while reached < head:
        try:
            view.wait(Reconciler.name, head, timeout=1.0)
        except TimeoutError:
            if _position(view) > reached:
                reached, moved = _position(view), monotonic()
            elif monotonic() - moved > PATIENCE_SECONDS:
                raise ConflictError(
                    f"the process keeping the findings view has stood at {reached:,} of {head:,} events for "
                    f"{PATIENCE_SECONDS:.0f} s; is `recon project` stuck?",
                    "findings view",
                ) from None
            if progress is not None:
                progress(reached, head)
            continue
        reached = head
    if progress is not None:
        progress(head, head)
