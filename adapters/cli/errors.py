"""The one place where failures become exit codes and a single `error:` line on stderr, never a traceback."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import unquote, urlsplit

import typer
from typer.core import TyperGroup
from typer.exceptions import TyperException

from adapters.cli.exit_codes import (
    CONFLICT,
    DEFECT,
    INVALID_INPUT,
    NOT_FOUND,
    READER_GONE,
    STORE_UNAVAILABLE,
    quiet_stdout,
)
from adapters.cli.exit_codes import DAMAGED as DAMAGED
from adapters.cli.exit_codes import FINDINGS_OPEN as FINDINGS_OPEN
from adapters.cli.exit_codes import OK as OK
from adapters.cli.session import Session
from adapters.persistence.redaction import redact

if TYPE_CHECKING:  # the domain and the stores are imported once a command runs, not to show help
    from domain.errors import ReconError


DebugOption = Annotated[
    bool,
    typer.Option(
        "--debug",
        envvar="RECON_DEBUG",
        help="On an unexpected failure (exit status 70), or a store that fails, show the traceback.",
    ),
]
"""recon's --debug: a failure is shown as the traceback it is, rather than one line."""

DEBUG_HINT = "run again with --debug (or RECON_DEBUG=1) to see where it happened, and report it"
LONGEST_MESSAGE = 500
"""Characters of an unexpected error's text shown: enough to recognise it, never a screenful."""

EXIT_CODES_HELP = """\b
Exit codes:
  0   done; for check, no open finding of error severity
  1   check: at least one open finding of error severity
  2   invalid input: a malformed dossier (file:line: field: why), a missing, oversized or special file, a file
      the system will not read or write, a bad option or RECON_* setting, a --db in a folder that does not exist
      or naming a folder
  3   no such exchange, claim, finding or token
  4   conflicts with what is already recorded (an exchange recorded again with other terms)
  5   the store cannot be used: unreachable, damaged, full or not a store (the message names it); check: an
      exchange is unreadable; verify-store: damage found
  70  an unexpected failure, a defect of recon: --debug (or RECON_DEBUG=1) shows its traceback
  141 the output's reader stopped reading (recon list | head -1): ended quietly"""


@cache
def exit_codes() -> dict[type[ReconError], int]:
    """The exit code of each kind of domain error."""
    from adapters.auth.keyring import TokenNotFoundError
    from domain import errors as domain

    return {
        TokenNotFoundError: NOT_FOUND,
        domain.InvalidInputError: INVALID_INPUT,
        domain.ExchangeNotFoundError: NOT_FOUND,
        domain.ClaimNotFoundError: NOT_FOUND,
        domain.FindingNotFoundError: NOT_FOUND,
        domain.ConflictError: CONFLICT,
        domain.UnreadableExchangeError: DAMAGED,
    }


def exit_code(error: ReconError) -> int:
    """The exit code of a domain error, by its most specific class."""
    codes = exit_codes()
    for cls in type(error).__mro__:
        if cls in codes:
            return codes[cls]
    return INVALID_INPUT


def hint(error: ReconError, current: Session | None = None) -> str | None:
    """What the reader can do next, for the errors where the next step is obvious."""
    from adapters.auth.keyring import TokenNotFoundError
    from domain.errors import ExchangeNotFoundError

    if isinstance(error, ExchangeNotFoundError):
        if current is not None and _nothing_recorded(current):
            return "this store holds no exchange yet: `recon import FILE` records one, `recon demo` the shipped ten"
        return "run `recon list` to see the recorded exchanges"
    return "run `recon token list` to see the tokens' ids" if isinstance(error, TokenNotFoundError) else None


def _nothing_recorded(current: Session) -> bool:
    """Whether the store holds no exchange at all: a newcomer asking for one before importing any is told how to,
    not sent to an empty list. A store that cannot say is taken to hold some."""
    from adapters.cli.reading import latest_listings

    try:
        return not latest_listings(current)
    except Exception:  # only a hint hangs on it; the error itself is reported as it is
        return False


class ReconGroup(TyperGroup):
    """Runs a command and turns any failure into `error: <message>` on stderr and its exit code."""

    def invoke(self, ctx: Any) -> Any:  # typer vendors click and exports no base Context type to name here
        """Run the chosen command; a failure ends it with its exit code instead of a traceback (unless --debug)."""
        import sqlite3

        from eventsourcing.persistence import PersistenceError

        from adapters.persistence.failures import StoreFailureError, store_failure
        from domain.errors import ReconError

        try:
            return super().invoke(ctx)
        except ReconError as error:
            _fail(ctx, str(error), exit_code(error), hint(error, ctx.find_object(Session)))
        except typer.BadParameter as error:  # typer checks an option through pydantic, which words it its own way
            from adapters.cli.param_words import reworded

            error.message = reworded(error)
            raise
        except (typer.Exit, typer.Abort, TyperException):
            raise  # click's own endings: an exit code chosen by a command, Ctrl-C, a usage error
        except (StoreFailureError, sqlite3.Error, PersistenceError) as error:
            if _debugging(ctx):
                raise
            _fail(ctx, str(store_failure(_store_url(ctx), error)), STORE_UNAVAILABLE)
        except BrokenPipeError:  # `recon demo | head -1`: the reader has all it wanted, nothing failed
            quiet_stdout()
            raise typer.Exit(READER_GONE) from None
        except OSError as error:  # the system refused a file named on the command line: a path to correct
            if _debugging(ctx):
                raise
            where = f"{error.filename}: " if error.filename else ""
            _fail(ctx, f"{where}{error.strerror or error}", INVALID_INPUT)
        except Exception as error:
            if _debugging(ctx):
                raise
            text = str(error)[:LONGEST_MESSAGE] or "(no message)"
            _fail(ctx, f"unexpected {type(error).__name__}: {text}", DEFECT, DEBUG_HINT)


def _fail(ctx: Any, message: str, code: int, advice: str | None = None) -> None:
    typer.echo(f"error: {_scrubbed(ctx, message)}", err=True)
    if advice:
        typer.echo(f"hint: {advice}", err=True)
    raise typer.Exit(code) from None


def _debugging(ctx: Any) -> bool:
    return bool(ctx.params.get("debug"))


def _store_url(ctx: Any) -> str:
    found = ctx.find_object(Session)
    return found.database_url if found is not None else "(the configured store)"


def _scrubbed(ctx: Any, message: str) -> str:
    """The message without the store's password, wherever a library or the system may have quoted the URL."""
    url = _store_url(ctx)
    password = urlsplit(url).password
    if not password:
        return message
    message = message.replace(url, redact(url))
    for written in {password, unquote(password)}:
        # Only where it stands alone: a short password ("p") is also part of the words around it ("port").
        message = re.sub(rf"(?<![A-Za-z0-9]){re.escape(written)}(?![A-Za-z0-9])", "***", message)
    return message
