"""`recon import` and `recon demo`: dossiers read into the store, all of them or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from adapters.cli.epilog import examples
from adapters.cli.reads import FormatOption
from adapters.cli.session import emit, say, session
from adapters.reports.format_choice import Format

IMPORT_EXAMPLES = examples(
    ("recon import istanbul-2025.yaml", "record one dossier"),
    ("recon import dossiers/*.yaml", "record several: all of them, or nothing"),
    ("recon --db sqlite:///team.sqlite3 import x.yaml", "record into another store"),
)


def import_command(
    ctx: typer.Context,
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE",
            help="Dossier files (YAML or JSON) describing exchanges and the claims made about them.",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ],
) -> None:
    """Record the exchanges and claims in dossier files: every file is checked first, then all are recorded at once.

    If any entry is malformed, nothing is recorded and the message names the file, the line and the field.
    Claims already recorded are recognised and kept once, so a dossier can be imported again after it grows.
    """
    from adapters.cli.importing import import_files

    import_files(session(ctx), files)


DEMO_EXAMPLES = examples(
    ("recon demo", "into ./var/recon.sqlite3 (or $RECON_DATABASE_URL)"),
    ("recon --db memory: demo", "without keeping anything"),
    ("recon demo --format markdown", "the report as Markdown"),
)


def demo_command(ctx: typer.Context, form: FormatOption = Format.TEXT) -> None:
    """Import the real exchanges shipped with recon, list them, and show the report of "1,000 for 1,000".

    Ten exchanges between Ukraine and Russia of 2022-2025, transcribed from public reporting with the address of
    every source. Importing them again changes nothing, so the demo can be run any number of times.
    """
    from adapters.cli.importing import import_shipped
    from adapters.dossier.loader import SHIPPED
    from adapters.reports import formats

    current = session(ctx)
    import_shipped(current, err=form is not Format.TEXT)
    reconciler = current.reconciler
    for number, rendering in enumerate(formats.demo(reconciler.exchanges(), reconciler.report(SHIPPED), form)):
        if number:  # the text gives the list and the report apart: the report's heading must not touch the table
            say("")
        emit(rendering)
