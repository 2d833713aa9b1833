"""What one `recon` invocation shares: the store it was pointed at, and how it prints."""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import typer

from adapters.cli.output import write
from adapters.persistence.redaction import redact

if TYPE_CHECKING:  # the store, the domain and rich are imported when first used, so that `recon --help` is quick
    from adapters.readside.service import Standing
    from adapters.reports.formats import Rendering
    from domain.application import Reconciler


@dataclass
class Session:
    """The store URL given with --db (or configured), and the Reconciler opened on it when first needed."""

    database_url: str
    _reconciler: Reconciler | None = field(default=None, init=False, repr=False)

    @property
    def shown(self) -> str:
        """The store's URL fit to print: its password, if any, replaced by `***`."""
        return redact(self.database_url)

    @property
    def reconciler(self) -> Reconciler:
        """The Reconciler on the session's store; a malformed URL is invalid input, a failing store a failure."""
        if self._reconciler is None:
            from adapters.persistence.failures import STORE_ERRORS, store_failure
            from adapters.persistence.store import open_reconciler
            from domain.errors import InvalidInputError

            try:
                opened = open_reconciler(self.database_url)
            except InvalidInputError as error:
                raise InvalidInputError(error.message, "--db") from None
            except STORE_ERRORS as error:
                raise store_failure(self.database_url, error) from None
            opened.on_behind = _say_behind
            self._reconciler = opened
        return self._reconciler

    def writable(self) -> Reconciler:
        """The Reconciler, once its store is known to be undamaged: checked before writing what was read."""
        from adapters.persistence.failures import check_sqlite_intact
        from adapters.settings import sqlite_path

        reconciler = self.reconciler
        path = sqlite_path(self.database_url)
        if path is not None:
            check_sqlite_intact(self.database_url, path)
        return reconciler

    def close(self) -> None:
        """Close the store's connections, if it was opened."""
        if self._reconciler is not None:
            self._reconciler.close()
            self._reconciler = None


def _say_behind(standing: Standing) -> None:
    """A read that answers from read models behind the events says so, and how far, on stderr."""
    typer.echo(
        f"note: answered from the read models at log position {standing.position:,}, {standing.behind_by:,} behind "
        f"the {standing.head:,} events recorded (they could not catch up in time; `recon project` brings them up "
        "to date)",
        err=True,
    )


def session(ctx: typer.Context) -> Session:
    """The session the app's callback stored on the context."""
    found = ctx.find_object(Session)
    if found is None:
        raise RuntimeError("the recon callback did not run")
    return found


def emit(rendering: Rendering) -> None:
    """Print to stdout: a rich view in colour on a terminal, plain fixed-width text otherwise."""
    write(rendering)


def say(message: str) -> None:
    """One line of plain text to stdout."""
    typer.echo(message)


def busy(message: str, wanted: bool = True) -> AbstractContextManager[object]:
    """A spinner on stderr while something slow happens, only when stderr is a terminal."""
    if wanted and sys.stderr.isatty():
        from rich.console import Console

        return Console(stderr=True).status(message)
    return nullcontext()
