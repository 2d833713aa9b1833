"""`recon list`, `report`, `check` and `rules`: what the store says about the exchanges, as tables or documents."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

import typer

from adapters.cli import errors, history
from adapters.cli.epilog import examples
from adapters.cli.session import emit, session
from adapters.reports.format_choice import Format

FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="text for reading, markdown to paste into a document, json for scripts."),
]

LIST_EXAMPLES = examples(("recon list", "a table to read"), ("recon list --format json", "for scripts"))


def list_command(ctx: typer.Context, form: FormatOption = Format.TEXT) -> None:
    """List the recorded exchanges with their parties, number of claims, verdict and open findings."""
    from adapters.cli.reading import latest_listings
    from adapters.reports import formats

    emit(formats.listing(latest_listings(session(ctx)), form))


REPORT_EXAMPLES = examples(
    ("recon report 1000-for-1000", "read it at the terminal"),
    ("recon report 1000-for-1000 -f markdown > report.md", "to paste into a document"),
    ("recon report 1000-for-1000 -f json", "every figure and finding, for scripts"),
    ("recon report 1000-for-1000 --as-of-version 5", "what the record held at version 5"),
    ("recon report 1000-for-1000 --announced-before 2025-05-24T20:00", "what sources had said by then"),
    ("recon report 1000-for-1000 --recorded-before 2025-05-27", "what the team had recorded by then"),
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


CHECK_EXAMPLES = examples(
    ("recon check", "every recorded exchange"),
    ("recon check 1000-for-1000", "one exchange"),
    ("recon check --format json || echo 'do not publish'", "in a script"),
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


RULES_EXAMPLES = examples(
    ("recon rules", "a table to read"), ("recon rules --format markdown", "for the documentation")
)


def rules_command(form: FormatOption = Format.TEXT) -> None:
    """List every reconciliation rule: its id (as findings cite it), its severity and what it checks."""
    from adapters.reports import formats

    emit(formats.rules(form))
