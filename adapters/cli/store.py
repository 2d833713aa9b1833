"""`recon init`: create a store where --db points, the one command that makes a new store's folder."""

from __future__ import annotations

import typer

from adapters.cli.epilog import examples
from adapters.cli.session import say, session

commands = typer.Typer()
"""Added to `recon` without a group name, so `init` is a top-level command."""


@commands.command(
    "init",
    epilog=examples(
        ("recon --db sqlite:///desk/recon.sqlite3 init", "create desk/ and an empty store in it"),
        ("recon --db postgresql://recon:PASSWORD@db/recon init", "create the tables in a PostgreSQL database"),
    ),
)
def init_command(ctx: typer.Context) -> None:
    """Create the store --db names, with the folders its SQLite file needs; a store that exists is left as it is.

    Every other command refuses a SQLite file in a folder that does not exist (a mistyped --db would otherwise
    be a new, empty store), except the default ./var/recon.sqlite3, whose folder is created on first use.
    """
    from adapters.settings import make_store_folder

    current = session(ctx)
    make_store_folder(current.database_url)
    count = sum(1 for _ in current.reconciler.exchange_ids())
    say(f"Store {current.shown} ready: {count:,} exchange{'s' * (count != 1)} recorded.")
