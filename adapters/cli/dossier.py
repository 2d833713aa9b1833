"""`recon dossier upgrade`: a version 1 dossier rewritten as version 2, meaning the same."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from adapters.cli.epilog import examples

commands = typer.Typer(name="dossier", help="Work on dossier files without touching the store.", no_args_is_help=True)
"""Added to `recon` as the group `dossier`."""


@commands.command(
    "upgrade",
    epilog=examples(
        ("recon dossier upgrade istanbul.yaml", "print the version 2 text"),
        ("recon dossier upgrade istanbul.yaml -o istanbul-v2.yaml", "write it to a file"),
        ("recon dossier upgrade istanbul.yaml -o istanbul.yaml", "upgrade the file in place"),
    ),
)
def upgrade_command(
    file: Annotated[Path, typer.Argument(metavar="FILE", help="A version 1 dossier (.yaml, .yml or .json).")],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="OUT", dir_okay=False, help="Write here instead of standard output."),
    ] = None,
) -> None:
    """Rewrite a version 1 dossier as version 2: importing either records the same events and gives the same report.

    Version 2 reads every version 1 key with the same meaning, so only the `format` line changes; comments and
    layout stay as written. The file is checked first, and refused (exit status 2, with its line) when it is
    malformed, already version 2, or would be refused as version 2 (a group whose base no claim names). The
    store is never opened.
    """
    from adapters.cli.inputs import readable_file
    from adapters.dossier.upgrade import upgrade_file
    from adapters.settings import load_settings
    from domain.errors import InvalidInputError

    upgraded = upgrade_file(readable_file(file, load_settings().max_file_bytes))
    if output is None:
        typer.echo(upgraded, nl=False)
        return
    if not output.parent.is_dir():
        raise InvalidInputError(f"{output.parent} is not a folder that exists; create it first", "--output")
    partial = output.with_name(f".{output.name}.partial")
    try:
        partial.write_text(upgraded, encoding="utf-8")
        partial.replace(output)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise InvalidInputError(f"cannot write {output}: {error.strerror or error}", "--output") from None
    typer.echo(f"{file}: upgraded to version 2 in {output}", err=True)
