"""`recon findings` and `recon project`: the findings of every exchange, and the read models they are read from."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated
from uuid import UUID

import typer

from adapters.cli.epilog import examples
from adapters.cli.session import Session, emit, say, session
from adapters.reports.format_choice import Format

if TYPE_CHECKING:  # the read side, the store and the domain load when a command runs, not to show help
    from collections.abc import Iterator

    from adapters.readside.reconciler import ReadModelReconciler
    from adapters.readside.service import Standing
    from domain.findings import Severity

commands = typer.Typer()
"""Added to `recon` without a group name, so these are top-level commands."""

FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="text for reading, markdown to paste into a document, json for scripts."),
]
RebuildOption = Annotated[
    bool, typer.Option("--rebuild", help="Drop the read models and their position first, and take in the whole log.")
]


@commands.command(
    "findings",
    epilog=examples(
        ("recon findings --open", "this morning's list: every open finding in every exchange"),
        ("recon findings --severity error --open", "only the open errors, which hold up publication"),
        ("recon findings --rule source-agreement -f markdown", "one rule's findings, to paste into a document"),
        ("recon findings --exchange 1000-for-1000 -f json", "one exchange's findings, for scripts"),
        ("recon findings --rebuild", "build the read models again from the whole log first"),
    ),
)
def findings_command(
    ctx: typer.Context,
    open_only: Annotated[bool, typer.Option("--open", help="Only findings no reviewer has acknowledged.")] = False,
    rule: Annotated[str | None, typer.Option("--rule", metavar="RULE", help="Only this rule's findings.")] = None,
    severity: Annotated[
        str | None, typer.Option("--severity", metavar="SEVERITY", help="Only error or warning.")
    ] = None,
    exchange: Annotated[
        str | None, typer.Option("--exchange", metavar="EXCHANGE", help="Only this exchange's (slug or UUID).")
    ] = None,
    form: FormatOption = Format.TEXT,
    rebuild: RebuildOption = False,
) -> None:
    """List the findings of every exchange, open or acknowledged, errors first.

    The order is the desk's, the same as GET /findings and the reading room's morning list: errors, then warnings,
    across every exchange; within a severity, exchanges in the order they were agreed. The list is read
    from the read models (every exchange's latest report), brought up to date first; when they cannot catch up
    within their bound the list says from which log position it answers, on stderr and in the JSON.
    """
    from adapters.readside.findings import FindingsQuery, find
    from adapters.reports.findings import FindingsList, render
    from domain.errors import ExchangeNotFoundError

    query = FindingsQuery(open_only, _rule(rule), _severity(severity), _exchange(exchange))
    current = session(ctx)
    with _store_errors():
        reconciler = _read_models(current)
        if rebuild:
            reconciler.read_side.rebuild()
        try:
            found = find(reconciler, query)
        except ExchangeNotFoundError as error:
            raise ExchangeNotFoundError(error.message, "--exchange") from None
    emit(render(FindingsList(found, query), form))
    for damaged in found.unreadable:
        typer.echo(f"error: {damaged.error.message}; its findings are left out", err=True)


@commands.command(
    "project",
    epilog=examples(
        ("recon project", "bring the read models up to date with every event recorded"),
        ("recon project --rebuild", "build them again from the first event, after an upgrade"),
    ),
)
def project_command(ctx: typer.Context, rebuild: RebuildOption = False) -> None:
    """Bring the read models (each exchange's latest report and list line) up to date, then stop.

    Every read brings them up to date itself, for a few seconds at most; this takes in however many events were
    recorded since, without a bound, from the position they hold (the position is written with the rows, so the
    command can be stopped or killed at any time). `--rebuild` drops them and builds them again from the first
    event, for instance after an upgrade that changes what a report says.
    """
    current = session(ctx)
    with _store_errors():
        side = _read_models(current).read_side
        before = 0 if rebuild else side.position
        standing = side.rebuild() if rebuild else side.catch_up(seconds=float("inf"))
        side.write_reports()  # a read writes a report it asks for; this writes them all, so that none waits for one
    say(f"Read models caught up: took in {_took_in(before, standing)} (log position {standing.position:,}).")


def _took_in(before: int, standing: Standing) -> str:
    count = standing.position - before
    return f"{count:,} event{'s' * (count != 1)}"


def _read_models(current: Session) -> ReadModelReconciler:
    from adapters.readside.reconciler import ReadModelReconciler

    reconciler = current.reconciler
    if not isinstance(reconciler, ReadModelReconciler):  # open_reconciler always opens one
        raise TypeError(f"no read models for {type(reconciler).__name__}")
    return reconciler


@contextmanager
def _store_errors() -> Iterator[None]:
    """A malformed URL is invalid input naming --db."""
    from domain.errors import InvalidInputError

    try:
        yield
    except InvalidInputError as error:
        raise InvalidInputError(
            error.message, "--db" if error.field in (None, "database_url") else error.field
        ) from None


def _rule(rule: str | None) -> str | None:
    from domain.errors import InvalidInputError
    from domain.rulebook import RULES_BY_ID

    if rule is not None and rule not in RULES_BY_ID:
        raise InvalidInputError(f"unknown rule {rule!r}: `recon rules` lists them ({', '.join(RULES_BY_ID)})", "--rule")
    return rule


def _severity(severity: str | None) -> Severity | None:
    from domain.errors import InvalidInputError
    from domain.findings import FINDING_SEVERITIES, Severity

    if severity is None:
        return None
    choices = ", ".join(item.value for item in FINDING_SEVERITIES)
    try:
        found = Severity(severity.lower())
    except ValueError:
        raise InvalidInputError(f"unknown severity {severity!r}: choose {choices}", "--severity") from None
    if found not in FINDING_SEVERITIES:
        raise InvalidInputError(f"{severity!r} marks notes, which are not findings: choose {choices}", "--severity")
    return found


def _exchange(exchange: str | None) -> str | None:
    if exchange is None:
        return None
    try:
        return str(UUID(exchange))
    except ValueError:
        return exchange
