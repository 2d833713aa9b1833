"""A store that cannot be used: out of reach, damaged, full or not a store at all, named without its password."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from eventsourcing.persistence import PersistenceError

from adapters.persistence.redaction import redact

STORE_ERRORS = (sqlite3.Error, PersistenceError, OSError)
"""What the libraries and the system raise when a store's server or file fails, as opposed to what was asked of it."""


class StoreFailureError(Exception):
    """Raised when a store cannot be opened, read or written; names the store (never its password) and why."""

    def __init__(self, database_url: str, reason: str) -> None:
        super().__init__(reason)
        self.store = redact(database_url)
        self.reason = reason

    def __str__(self) -> str:
        return f"the store {self.store} cannot be used: {self.reason}"


def store_failure(database_url: str, error: BaseException) -> StoreFailureError:
    """The failure of the store `database_url` that a library or the system reported as `error`."""
    if isinstance(error, StoreFailureError):
        return error
    # A library's message may run over several lines (psycopg's hint follows its reason): one line, each kept apart.
    reason = "; ".join(" ".join(line.split()) for line in str(error).splitlines() if line.strip())
    if reason == LOCKED:
        reason += f": {LOCKED_ADVICE}"
    return StoreFailureError(database_url, reason or type(error).__name__)


LOCKED = "database is locked"
"""SQLite's whole message when another connection held the file for writing longer than this one would wait."""
LOCKED_ADVICE = "another process kept it for writing longer than recon waits; try again once that process is done"


def check_sqlite_intact(database_url: str, path: Path) -> None:
    """Refuse a SQLite file whose pages are damaged, before anything is written into it.

    SQLite notices a damaged page only when a statement reads it, so a write that touches none of the damaged pages
    succeeds and is then stored in a file that `recon report` cannot read. `PRAGMA quick_check` reads every page
    (linear in the file's size, a small part of an import's time; see the README) without the slower index checks.
    """
    if not path.is_file():
        return
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            found = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
    except sqlite3.OperationalError as error:  # the file could not be opened or read at all
        raise store_failure(database_url, error) from None
    except sqlite3.Error as error:  # SQLite gives up on a page it cannot make sense of
        found = [str(error)]
    if found != ["ok"]:
        raise StoreFailureError(database_url, "the file is damaged: " + "; ".join(str(line) for line in found))
