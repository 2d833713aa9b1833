"""`recon findings` and `recon project`: the findings of every exchange, read from a view that follows the log."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import datetime
from time import monotonic
from types import FrameType
from typing import TYPE_CHECKING, Annotated
from uuid import UUID

import typer

from adapters.cli.epilog import examples
from adapters.cli.session import Session, emit, say, session
from adapters.persistence.redaction import redact
from adapters.reports.format_choice import Format

if TYPE_CHECKING:  # the view, the store and the domain load when a command runs, not to show help
    from adapters.findings.projection import Tally
    from adapters.findings.runner import FindingsRunner, Progress
    from domain.findings import Severity

commands = typer.Typer()
"""Added to `recon` without a group name, so these are top-level commands."""

MANY_EVENTS = 2_000
"""A catch-up longer than this says how far it got on stderr, once a second."""

FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="text for reading, markdown to paste into a document, json for scripts."),
]
RebuildOption = Annotated[
    bool, typer.Option("--rebuild", help="Drop the view and its position first, and take in the whole log again.")
]


@commands.command(
    "findings",
    epilog=examples(
        ("recon findings --open", "this morning's list: every open finding in every exchange"),
        ("recon findings --severity error --open", "only the open errors, which hold up publication"),
        ("recon findings --rule source-agreement -f markdown", "one rule's findings, to paste into a document"),
        ("recon findings --exchange 1000-for-1000 -f json", "one exchange's findings, for scripts"),
        ("recon findings --rebuild", "rebuild the view from the whole log first"),
    ),
)
def findings_command(
    ctx: typer.Context,
    open_only: Annotated[bool, typer.Option("--open", help="Only findings no reviewer has acknowledged.")] = False,
    rule: Annotated[str | None, typer.Option("--rule", metavar="RULE", help="Only this rule's findings.")] = None,
    severity: Annotated[
        str | None, typer.Option("--severity", metavar="SEVERITY", help="Only error, warning or info.")
    ] = None,
    exchange: Annotated[
        str | None, typer.Option("--exchange", metavar="EXCHANGE", help="Only this exchange's (slug or UUID).")
    ] = None,
    form: FormatOption = Format.TEXT,
    rebuild: RebuildOption = False,
) -> None:
    """List the findings of every exchange, open or acknowledged, errors first.

    The list is read from the findings view, once it holds every event recorded: taken in here (a long catch-up
    says how far it got on stderr), or, while `recon project` keeps the view, by that process. Each finding shows
    its exchange, severity, rule and subject, what was expected against what was found, whether a reviewer
    acknowledged it, and the version that raised it.
    """
    from adapters.findings.keeper import up_to_date
    from adapters.findings.rows import FindingsQuery
    from adapters.reports.findings import FindingsList, render
    from domain.application import Reconciler
    from domain.errors import ExchangeNotFoundError

    query = FindingsQuery(open_only, _rule(rule), _severity(severity), _exchange(exchange))
    current = session(ctx)
    with _store_errors(current), up_to_date(current.database_url, rebuild=rebuild, reporter=_on_stderr) as view:
        known = view.exchanges()
        if query.exchange is not None and all(query.exchange not in (e.slug, str(e.exchange_id)) for e in known):
            raise ExchangeNotFoundError(f"no exchange {exchange}", "--exchange")
        items = view.findings(query)
        titles = {e.slug: e.title for e in known if query.exchange in (None, e.slug, str(e.exchange_id))}
        emit(render(FindingsList(items, query, titles, view.max_tracking_id(Reconciler.name) or 0), form))
        for damaged in view.unreadable():
            if query.exchange in (None, damaged.slug, str(damaged.exchange_id)):
                typer.echo(
                    f"error: exchange {damaged.slug} cannot be read from version {damaged.version} "
                    f"({damaged.topic}): its findings are left out; `recon verify-store` says why",
                    err=True,
                )


@commands.command(
    "project",
    epilog=examples(
        ("recon project", "keep the findings view up to date until Ctrl-C"),
        ("recon project --rebuild", "take in the whole log again, then keep following it"),
        ("recon project --once", "catch up and stop, from cron or a deployment script"),
    ),
)
def project_command(
    ctx: typer.Context,
    rebuild: RebuildOption = False,
    once: Annotated[bool, typer.Option("--once", help="Stop once caught up instead of following the log.")] = False,
) -> None:
    """Keep the findings view up to date: take in each event as it is recorded, until interrupted.

    Run one per view, beside the processes that record: a second one waits until the first stops. It starts where
    the view's tracked position says it stopped, so it can be stopped, or killed, at any time; `--rebuild` starts
    again from the first event. Once caught up it also brings the read models kept in the store (each exchange's
    latest report and list line) up to date; `--rebuild` builds them again from the first event too.
    """
    from adapters.findings.projection import Tally
    from adapters.findings.runner import FindingsRunner, catch_up

    current = session(ctx)
    with _store_errors(current), _kept(current) as url, FindingsRunner(_env(current, url), rebuild=rebuild) as runner:
        say(f"Findings view at log position {runner.started_at:,}; the log holds {runner.head:,} events.")
        started = monotonic()
        catch_up(runner, _progress_on_stdout)
        say(f"{_stamp()} caught up: {_took_in(Tally(), runner, monotonic() - started)}")
        _read_models(current, rebuild)
        if once:
            return
        say("Following the log; Ctrl-C stops.")
        with _stop_signals() as stopping, suppress(KeyboardInterrupt):
            _follow(runner, stopping)
        say(f"Stopped at log position {runner.position:,}.")


def _read_models(current: Session, rebuild: bool) -> None:
    """Bring the reports and the list kept in the store up to date, or build them again from the first event."""
    from adapters.readside.reconciler import ReadModelReconciler

    reconciler = current.reconciler
    if isinstance(reconciler, ReadModelReconciler):
        side = reconciler.read_side
        standing = side.rebuild() if rebuild else side.catch_up(seconds=float("inf"))
        say(f"Read models (every exchange's report and list line) at log position {standing.position:,}.")


def _follow(runner: FindingsRunner, stopping: threading.Event) -> None:
    from adapters.findings.runner import follow

    tally = replace(runner.projection.tally)

    def report(position: int, head: int) -> None:
        nonlocal tally
        say(f"{_stamp()} {_took_in(tally, runner)}")
        tally = replace(runner.projection.tally)

    follow(runner, report, stopping=stopping.is_set)


@contextmanager
def _store_errors(current: Session) -> Iterator[None]:
    """A malformed URL is invalid input naming --db; a store or view that fails is a store failure naming both."""
    from adapters.persistence.failures import STORE_ERRORS, StoreFailureError, store_failure
    from adapters.settings import Settings, findings_url
    from domain.errors import InvalidInputError

    try:
        yield
    except InvalidInputError as error:
        raise InvalidInputError(
            error.message, "--db" if error.field in (None, "database_url") else error.field
        ) from None
    except STORE_ERRORS as error:
        view = redact(findings_url(current.database_url, Settings().findings_database_url))
        failure = store_failure(current.database_url, error)
        raise StoreFailureError(current.database_url, f"{failure.reason} (or its findings view {view})") from None


@contextmanager
def _kept(current: Session) -> Iterator[str]:
    """The view's URL, once this process alone keeps the view; told so when it has to wait for another."""
    from adapters.findings.keeper import keeping
    from adapters.settings import Settings, findings_url

    url = findings_url(current.database_url, Settings().findings_database_url)
    _env(current, url)
    with keeping(url, wait=True, waiting=lambda: say("Another process keeps this findings view; waiting for it.")):
        yield url


def _env(current: Session, url: str) -> dict[str, str]:
    from adapters.findings.projection import FindingsProjection
    from adapters.settings import projection_env

    return projection_env(current.database_url, url, FindingsProjection.name)


def _rule(rule: str | None) -> str | None:
    from domain.errors import InvalidInputError
    from domain.rulebook import RULES_BY_ID

    if rule is not None and rule not in RULES_BY_ID:
        raise InvalidInputError(f"unknown rule {rule!r}: `recon rules` lists them ({', '.join(RULES_BY_ID)})", "--rule")
    return rule


def _severity(severity: str | None) -> Severity | None:
    from domain.errors import InvalidInputError
    from domain.findings import Severity

    if severity is None:
        return None
    try:
        return Severity(severity.lower())
    except ValueError:
        choices = ", ".join(item.value for item in Severity)
        raise InvalidInputError(f"unknown severity {severity!r}: choose {choices}", "--severity") from None


def _exchange(exchange: str | None) -> str | None:
    if exchange is None:
        return None
    try:
        return str(UUID(exchange))
    except ValueError:
        return exchange


def _on_stderr(start: int, head: int) -> Progress | None:
    if head - start < MANY_EVENTS:
        return None

    def progress(position: int, aim: int) -> None:
        typer.echo(f"findings view: {position - start:,} of {aim - start:,} events taken in", err=True)

    return progress


def _progress_on_stdout(position: int, head: int) -> None:
    if position < head:
        say(f"{_stamp()} log position {position:,} of {head:,}")


def _took_in(before: Tally, runner: FindingsRunner, seconds: float | None = None) -> str:
    now = runner.projection.tally
    during = f" in {seconds:.1f} s" if seconds is not None else ""
    return (
        f"took in {now.events - before.events:,} events{during} (log position {runner.position:,}): "
        f"{now.written - before.written:,} findings written, {now.cleared - before.cleared:,} cleared"
    )


def _stamp() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


@contextmanager
def _stop_signals() -> Iterator[threading.Event]:
    """Ctrl-C (SIGINT) and SIGTERM, as a service manager sends it, ask the follower to stop after its current step.

    The handlers only set an event that the follower looks at between steps: an exception raised at whatever line
    the signal lands on could leave a lock of the store half taken, and the process unable to say where it stopped.
    Only the main thread can listen; elsewhere nothing is installed.
    """
    stopping = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield stopping
        return

    def stop(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    previous = {number: signal.signal(number, stop) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stopping
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
