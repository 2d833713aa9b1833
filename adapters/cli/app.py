"""`recon`: record what governments and media announce about prisoner exchanges, and check that the figures add up."""

from __future__ import annotations

import os
from typing import Annotated

import typer

# Only what building the command line needs is imported here: each command imports the domain, the store, the
# renderers and the web stack when it runs, so `recon --help` and a quick `recon report` start at once.
from adapters.cli import audit, errors, history, reads, recording
from adapters.cli.dossier import commands as dossier_commands
from adapters.cli.epilog import examples
from adapters.cli.extract import commands as extract_commands
from adapters.cli.findings import commands as findings_commands
from adapters.cli.help_words import in_our_words
from adapters.cli.origins import commands as origin_commands
from adapters.cli.review import commands as review_commands
from adapters.cli.serve import commands as serve_commands
from adapters.cli.session import Session
from adapters.cli.store import commands as store_commands
from adapters.cli.store_check import commands as store_check_commands
from adapters.cli.terms import commands as terms_commands
from adapters.defaults import DEFAULT_DATABASE_URL, plain_database_url

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
    if db is not None and not db.strip():  # `--db "$STORE"` with $STORE unset must not fall back to the default store
        from domain.errors import InvalidInputError

        raise InvalidInputError("is empty: give a store URL, or leave --db out for the configured store", "--db")
    url = plain_database_url(os.environ)
    if url is None:  # every RECON_* setting is checked here, before any command runs
        from adapters.settings import load_settings

        url = load_settings().database_url
    current = Session(db or url)
    ctx.obj = current
    ctx.call_on_close(current.close)


# The commands in the order `recon --help` lists them; the groups added below follow them.
app.command("import", epilog=recording.IMPORT_EXAMPLES)(recording.import_command)
app.command("list", epilog=reads.LIST_EXAMPLES)(reads.list_command)
app.command("report", epilog=reads.REPORT_EXAMPLES)(reads.report_command)
app.command("check", epilog=reads.CHECK_EXAMPLES)(reads.check_command)
app.command("demo", epilog=recording.DEMO_EXAMPLES)(recording.demo_command)
app.command("rules", epilog=reads.RULES_EXAMPLES)(reads.rules_command)
app.command("timeline", epilog=history.TIMELINE_EXAMPLES)(history.timeline_command)
app.command("diff", epilog=history.DIFF_EXAMPLES)(history.diff_command)

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

in_our_words(app)  # every command's help names its values as recon does, not by the types typer infers
