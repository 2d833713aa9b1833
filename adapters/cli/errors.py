"""The one place where the domain's errors become exit codes and a single `error:` line on stderr."""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from adapters.persistence.postgres import StoreUnreachableError
from domain.errors import (
    ClaimNotFoundError,
    ConflictError,
    ExchangeNotFoundError,
    FindingNotFoundError,
    InvalidInputError,
    ReconError,
    UnreadableExchangeError,
)

OK = 0
FINDINGS_OPEN = 1
INVALID_INPUT = 2
NOT_FOUND = 3
CONFLICT = 4
DAMAGED = 5
"""A stored event cannot be loaded: the store holds damage that `recon verify-store` names."""

EXIT_CODES: dict[type[ReconError], int] = {
    InvalidInputError: INVALID_INPUT,
    ExchangeNotFoundError: NOT_FOUND,
    ClaimNotFoundError: NOT_FOUND,
    FindingNotFoundError: NOT_FOUND,
    ConflictError: CONFLICT,
    UnreadableExchangeError: DAMAGED,
}

HINTS: dict[type[ReconError], str] = {
    ExchangeNotFoundError: "run `recon list` to see the recorded exchanges",
}

EXIT_CODES_HELP = """\b
Exit codes:
  0  done; for check, no open finding of error severity
  1  check: at least one open finding of error severity
  2  invalid input: a malformed dossier (file:line: field: why), a missing file, a bad option, an unusable --db
  3  no such exchange, claim or finding
  4  conflicts with what is already recorded (an exchange recorded again with other terms)
  5  a stored event cannot be read (check: an exchange is unreadable; verify-store: damage found)"""


def exit_code(error: ReconError) -> int:
    """The exit code of a domain error, by its most specific class."""
    for cls in type(error).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return INVALID_INPUT


def hint(error: ReconError) -> str | None:
    """What the reader can do next, for the errors where the next step is obvious."""
    return next((text for cls, text in HINTS.items() if isinstance(error, cls)), None)


class ReconGroup(TyperGroup):
    """Runs a command and turns any domain error into `error: <message>` on stderr and its exit code."""

    def invoke(self, ctx: Any) -> Any:  # typer vendors click and exports no base Context type to name here
        """Run the chosen command; a domain error ends it with its exit code instead of a traceback."""
        try:
            return super().invoke(ctx)
        except ReconError as error:
            typer.echo(f"error: {error}", err=True)
            advice = hint(error)
            if advice:
                typer.echo(f"hint: {advice}", err=True)
            raise typer.Exit(exit_code(error)) from None
        except StoreUnreachableError as error:
            typer.echo(f"error: database_url: {error}", err=True)
            raise typer.Exit(INVALID_INPUT) from None
