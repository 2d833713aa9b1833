"""`recon`: record what governments and media announce about prisoner exchanges, and check that the figures add up."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated
from uuid import UUID

import typer

# Only what building the command line needs is imported here: each command imports the domain, the store, the
# renderers and the web stack when it runs, so `recon --help` and a quick `recon report` start at once.
from adapters.cli import audit, errors, history
from adapters.cli.dossier import commands as dossier_commands
from adapters.cli.epilog import examples
from adapters.cli.extract import commands as extract_commands
from adapters.cli.findings import commands as findings_commands
from adapters.cli.origins import commands as origin_commands
from adapters.cli.review import commands as review_commands
from adapters.cli.serve import commands as serve_commands
from adapters.cli.session import Session, emit, session
from adapters.cli.store import commands as store_commands
from adapters.cli.store_check import commands as store_check_commands
from adapters.cli.terms import commands as terms_commands
from adapters.defaults import DEFAULT_DATABASE_URL, plain_database_url
from adapters.reports.format_choice import Format

app = typer.Typer(
    name="recon",
    cls=errors.ReconGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help=(
        "Reconcile the figures announced about a prisoner exchange. "
        "Each claim (who said how many were returned, to whom, in which stage) is recorded as it was announced; "
        "recon then checks that the parts make up the totals (390 = 270 military + 120 civilians = 387 men + "
        "3 women), that sources agree, and that the stages add up to what was agreed (1,000 for 1,000). "
        "Inconsistent announcements are recorded and reported as findings, never refused."
    ),
    epilog="\n\n".join(
        [
            examples(
                ("recon demo", "import the shipped real exchanges, list them, report on 1,000 for 1,000"),
                ("recon import istanbul.yaml abu-dhabi.yaml", "record dossiers: all of them, or nothing"),
                ("recon list", "every exchange, its verdict and open findings"),
                ("recon report 1000-for-1000 -f markdown", "the reconciliation, to paste into a document"),
                ("recon check --format json", "exit status 1 when an error is open, for scripts"),
                ("recon --db sqlite:///team.sqlite3 list", "use another store"),
            ),
            f"The store is --db URL, else $RECON_DATABASE_URL, else {DEFAULT_DATABASE_URL}; a postgresql:// URL "
            "shares one store between a team's machines; memory: keeps nothing. A SQLite file's folder must exist "
            "(`recon init` creates it), except the default ./var/.",
            errors.EXIT_CODES_HELP,
        ]
    ),
)

FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="text for reading, markdown to paste into a document, json for scripts."),
]


@app.callback()
def options(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="URL",
            help=f"Where claims are kept: sqlite:///PATH, postgresql://USER:PASSWORD@HOST:PORT/DB or memory:. "
            f"Default: $RECON_DATABASE_URL, "
            f"else {DEFAULT_DATABASE_URL}.",
            show_default=False,
        ),
    ] = None,
    debug: errors.DebugOption = False,  # read by errors.ReconGroup, which maps every failure
) -> None:
    """Reconcile the figures announced about prisoner exchanges."""
    url = plain_database_url(os.environ)
    if url is None:  # every RECON_* setting is checked here, before any command runs
        from adapters.settings import load_settings

        url = load_settings().database_url
    current = Session(db or url)
    ctx.obj = current
    ctx.call_on_close(current.close)


@app.command(
    "import",
    epilog=examples(
        ("recon import istanbul-2025.yaml", "record one dossier"),
        ("recon import dossiers/*.yaml", "record several: all of them, or nothing"),
        ("recon --db sqlite:///team.sqlite3 import x.yaml", "record into another store"),
    ),
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


@app.command(
    "list",
    epilog=examples(("recon list", "a table to read"), ("recon list --format json", "for scripts")),
)
def list_command(ctx: typer.Context, form: FormatOption = Format.TEXT) -> None:
    """List the recorded exchanges with their parties, number of claims, verdict and open findings."""
    from adapters.cli.reading import latest_listings
    from adapters.reports import formats

    emit(formats.listing(latest_listings(session(ctx)), form))


@app.command(
    "report",
    epilog=examples(
        ("recon report 1000-for-1000", "read it at the terminal"),
        ("recon report 1000-for-1000 -f markdown > report.md", "to paste into a document"),
        ("recon report 1000-for-1000 -f json", "every figure and finding, for scripts"),
        ("recon report 1000-for-1000 --as-of-version 5", "what the record held at version 5"),
        ("recon report 1000-for-1000 --announced-before 2025-05-24T20:00", "what sources had said by then"),
        ("recon report 1000-for-1000 --recorded-before 2025-05-27", "what the team had recorded by then"),
    ),
)
def report_command(
    ctx: typer.Context,
    exchange: Annotated[
        str, typer.Argument(metavar="EXCHANGE", help="The exchange's slug (as in `recon list`) or its UUID.")
    ],
    form: FormatOption = Format.TEXT,
    as_of_version: Annotated[
        int | None, typer.Option("--as-of-version", metavar="N", help="The exchange as its first N events left it.")
    ] = None,
    recorded_before: Annotated[
        str | None,
        typer.Option(
            "--recorded-before", metavar="WHEN", help="Only what the team had recorded before this date or time."
        ),
    ] = None,
    announced_before: Annotated[
        str | None,
        typer.Option(
            "--announced-before",
            metavar="WHEN",
            help="Only what sources had announced before this date or time, whenever the team recorded it.",
        ),
    ] = None,
) -> None:
    """Show the reconciliation of one exchange.

    Per stage and direction: every figure, the value accepted and why (agreed, resolved by the more reliable
    source, disputed, derived from its parts), and who said what. Then progress against the agreed targets, each
    finding with what was expected, what was found, the difference and the claims it rests on, and the checks
    that passed.

    With --as-of-version, --recorded-before or --announced-before, the report describes the exchange as it stood
    then. Announcement and recording times differ when a statement is entered late: a claim published on 24 May
    and recorded on 27 May is in the 24 May picture by announcement time, not by recording time. A date alone
    means the start of that day (UTC); a source without a publication date counts from the day its stage took
    place.
    """
    from adapters.cli.reading import latest_report
    from adapters.reports import formats

    found = None
    if (as_of_version, recorded_before, announced_before) != (None, None, None):
        point = history.as_of(version=as_of_version, recorded_before=recorded_before, announced_before=announced_before)
        with history.options_named():
            found = session(ctx).reconciler.report(exchange, point)
    emit(formats.report(found or latest_report(session(ctx), exchange), form))


@app.command(
    "check",
    epilog=examples(
        ("recon check", "every recorded exchange"),
        ("recon check 1000-for-1000", "one exchange"),
        ("recon check --format json || echo 'do not publish'", "in a script"),
    ),
)
def check_command(
    ctx: typer.Context,
    exchanges: Annotated[
        list[str] | None, typer.Argument(metavar="EXCHANGE", help="Slugs or UUIDs; all exchanges when omitted.")
    ] = None,
    form: FormatOption = Format.TEXT,
) -> None:
    """Check exchanges and list their open findings; fail when a figure does not add up.

    Exits with status 1 when any open finding has error severity (a breakdown that does not make up its total,
    a target exceeded, a disputed figure), so that a script or a CI job can stop on it. Warnings and findings a
    reviewer acknowledged do not fail the check. An exchange whose stored events cannot all be read is named on
    stderr and the check exits with status 5, whatever the others show: its figures could not be checked.
    """
    from adapters.reports import formats
    from domain.errors import UnreadableExchangeError

    reconciler = session(ctx).reconciler
    refs: list[str | UUID] = [*exchanges] if exchanges else [*reconciler.exchange_ids()]
    reports, unreadable = [], list[str]()
    for ref in refs:
        try:
            reports.append(reconciler.report(ref))
        except UnreadableExchangeError as error:
            unreadable.append(error.message)
    emit(formats.check(reports, form))
    for message in unreadable:
        typer.echo(f"error: {message}", err=True)
    if unreadable:
        raise typer.Exit(errors.DAMAGED)
    if any(report.open_errors for report in reports):
        raise typer.Exit(errors.FINDINGS_OPEN)


@app.command(
    "demo",
    epilog=examples(
        ("recon demo", "into ./var/recon.sqlite3 (or $RECON_DATABASE_URL)"),
        ("recon --db memory: demo", "without keeping anything"),
        ("recon demo --format markdown", "the report as Markdown"),
    ),
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
    for rendering in formats.demo(reconciler.exchanges(), reconciler.report(SHIPPED), form):
        emit(rendering)


@app.command(
    "rules",
    epilog=examples(("recon rules", "a table to read"), ("recon rules --format markdown", "for the documentation")),
)
def rules_command(form: FormatOption = Format.TEXT) -> None:
    """List every reconciliation rule: its id (as findings cite it), its severity and what it checks."""
    from adapters.reports import formats

    emit(formats.rules(form))


app.add_typer(audit.commands)
app.add_typer(dossier_commands)
app.add_typer(extract_commands)
app.add_typer(findings_commands)
app.add_typer(origin_commands)
app.add_typer(review_commands)
app.add_typer(serve_commands)
app.add_typer(store_commands)
app.add_typer(store_check_commands)
app.add_typer(terms_commands)


app.command(
    "timeline",
    epilog=examples(
        ("recon timeline 1000-for-1000", "each event and what it changed"),
        ("recon timeline 1000-for-1000 -f json", "for scripts"),
    ),
)(history.timeline_command)
app.command(
    "diff",
    epilog=examples(
        ("recon diff 1000-for-1000 --from 5 --to 9", "between two versions"),
        ("recon diff 1000-for-1000 --from 2025-05-24 --to 2025-05-26", "between two recorded instants"),
        ("recon diff 1000-for-1000 --from 5", "from version 5 to the latest"),
    ),
)(history.diff_command)
