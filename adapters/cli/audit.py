"""`recon export`, `recon verify` and `recon import-bundle`: an exchange's history as a file partners can check."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from adapters.cli.epilog import examples
from adapters.cli.session import say, session

if TYPE_CHECKING:  # bundles, settings and the domain are imported when a command runs, not to show help
    from adapters.audit.bundle import Bundle

commands = typer.Typer()
"""Added to `recon` without a group name, so these are top-level commands."""

BundleFile = Annotated[
    Path,
    typer.Argument(metavar="FILE", help="An audit bundle written by `recon export`.", exists=True, dir_okay=False),
]


@commands.command(
    "export",
    epilog=examples(
        ("recon export 1000-for-1000 -o istanbul.bundle", "the complete history, to a file"),
        ("recon export 1000-for-1000 > istanbul.bundle", "the same bytes, to standard output"),
        ("recon --db sqlite:///team.sqlite3 export 1000-for-1000 -o x.bundle", "from another store"),
    ),
)
def export_command(
    ctx: typer.Context,
    exchange: Annotated[
        str, typer.Argument(metavar="EXCHANGE", help="The exchange's slug (as in `recon list`) or its UUID.")
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", dir_okay=False, help="Write here instead of standard output."),
    ] = None,
) -> None:
    """Write an exchange's complete history to an audit bundle that partners can check and load.

    The bundle holds every recorded event exactly as stored, in version order, each chained to the one before by
    its SHA-256, under a manifest giving the number of records and the hash of the last one (the head). Exporting
    the same history again gives the same bytes. Publish the head with the bundle: `recon verify --head` then
    proves that the history a partner holds is the one exported.
    """
    from adapters.audit.bundle import export_bundle
    from domain.errors import InvalidInputError

    if output is not None and not output.parent.is_dir():
        raise InvalidInputError(f"{output.parent} is not a folder that exists; create it first", "--output")
    bundle = export_bundle(session(ctx).reconciler, exchange)
    if output is None:
        typer.echo(bundle.to_bytes(), nl=False)
        typer.echo(_exported(bundle, "standard output"), err=True)
    else:
        _write(output, bundle.to_bytes())
        say(_exported(bundle, str(output)))


@commands.command(
    "verify",
    epilog=examples(
        ("recon verify istanbul.bundle", "exit status 0 when complete and unaltered"),
        ("recon verify istanbul.bundle --head 47299b57eb7d...", "and the very history that was published"),
    ),
)
def verify_command(
    file: BundleFile,
    head: Annotated[
        str | None,
        typer.Option("--head", metavar="SHA256", help="The head the exporter published; the bundle's must equal it."),
    ] = None,
) -> None:
    """Check that an audit bundle is complete and unaltered, or name the first record that is not.

    Every record's SHA-256 is worked out again and checked against the record that follows it, and the manifest's
    count and head against the records, so a record altered, missing, inserted or moved, and a file cut short,
    are found. The message gives the line, the record's position and version, and what was expected against what
    was found; the exit status is then 2. A bundle rewritten whole with new hashes is consistent in itself:
    --head, compared with the head published by whoever exported it, rules that out.
    """
    from adapters.audit.verify import verify_bundle

    bundle = verify_bundle(_read(file), str(file), head)
    manifest = bundle.manifest
    say(
        f"{file}: intact: {manifest.slug} ({manifest.exchange_id}), {_records(manifest.records)}, "
        f"head sha256 {manifest.head}"
    )


@commands.command(
    "import-bundle",
    epilog=examples(
        ("recon import-bundle istanbul.bundle", "load a partner's history into this store"),
        ("recon --db sqlite:///mirror.sqlite3 import-bundle x.bundle", "into another store"),
    ),
)
def import_bundle_command(ctx: typer.Context, file: BundleFile) -> None:
    """Load an audit bundle into this store with its original versions and timestamps: all of it, or nothing.

    The bundle is verified, then replayed as an exchange in memory; if either fails, nothing is written and the
    message names the first bad record. An exchange already recorded here with another history is refused
    (exit status 4): bundles are never merged. Importing the history already recorded changes nothing.
    """
    from adapters.audit.restore import import_bundle
    from adapters.audit.verify import verify_bundle

    current = session(ctx)
    bundle = verify_bundle(_read(file), str(file))
    restored = import_bundle(current.writable(), bundle, str(file))
    if restored.created:
        say(
            f"Imported {restored.slug} from {file}: {_records(restored.records)}, head sha256 {restored.head} "
            f"(store {current.shown})."
        )
    else:
        say(f"{restored.slug}: nothing new (this store already holds the same {_records(restored.records)}).")


def _read(file: Path) -> bytes:
    """The bundle's bytes, once the file is known to be a regular file within RECON_MAX_FILE_BYTES."""
    from adapters.cli.inputs import readable_file
    from adapters.settings import load_settings

    return readable_file(file, load_settings().max_file_bytes).read_bytes()


def _write(output: Path, content: bytes) -> None:
    """Write the bundle beside its place, then move it there: a full disk leaves the file as it was, named."""
    from domain.errors import InvalidInputError

    partial = output.with_name(f".{output.name}.partial")
    try:
        partial.write_bytes(content)
        partial.replace(output)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise InvalidInputError(f"cannot write {output}: {error.strerror or error}", "--output") from None


def _exported(bundle: Bundle, where: str) -> str:
    manifest = bundle.manifest
    return f"Exported {manifest.slug}: {_records(manifest.records)}, head sha256 {manifest.head}, to {where}."


def _records(count: int) -> str:
    return f"{count:,} record{'s' * (count != 1)}"
