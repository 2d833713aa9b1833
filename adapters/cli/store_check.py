"""`recon verify-store`: read every stored event and name each one that cannot be loaded."""

from __future__ import annotations

import typer

from adapters.cli import errors
from adapters.cli.epilog import examples
from adapters.cli.session import say, session

commands = typer.Typer()
"""Added to `recon` without a group name, so this is a top-level command."""


@commands.command(
    "verify-store",
    epilog=examples(
        ("recon verify-store", "exit status 0 when every stored event loads"),
        ("recon --db postgresql://recon:***@db/recon verify-store", "a team's shared store"),
    ),
)
def verify_store_command(ctx: typer.Context) -> None:
    """Read every event of the store and name each one that cannot be loaded: its exchange, version, kind and why.

    Exits with status 0 when every event loads, 5 when any cannot. Other exchanges are unaffected by a damaged
    one; see the README for how to recover.
    """
    from adapters.persistence.damage import survey

    found = survey(session(ctx).reconciler)
    for damage in found.damaged:
        say(f"exchange {damage.exchange_id} version {damage.version} ({damage.topic}): {damage.why}")
    if found.damaged:
        typer.echo(f"error: {len(found.damaged)} of {found.events:,} stored events cannot be loaded", err=True)
        raise typer.Exit(errors.DAMAGED)
    say(f"All {found.events:,} stored events load.")
