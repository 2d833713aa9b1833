"""`recon timeline` and `recon diff`, and reading the points of history the report and diff commands take."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import typer

from adapters.cli.epilog import examples
from adapters.cli.session import emit, session
from adapters.reports.format_choice import Format

if TYPE_CHECKING:  # the domain and the renderers are imported when a command runs, not to show help
    from domain.history import AsOf

INSTANT_HINT = "write a date (2025-05-24) or a time (2025-05-24T20:00, UTC unless it names a zone: 20:00+03:00)"


def instant(text: str, option: str) -> datetime:
    """An ISO 8601 date or date and time; refused with a message naming the option."""
    from domain.errors import InvalidInputError

    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(f"{text!r} is not a date or time: {INSTANT_HINT}", option) from None


def point(text: str, option: str) -> AsOf:
    """A version number ('5') or a recorded-before instant ('2025-05-24T20:00Z')."""
    from domain.errors import InvalidInputError
    from domain.history import AsOf

    cleaned = text.strip()
    if cleaned.isascii() and cleaned.isdigit():  # not "²", a digit to str.isdigit that int() refuses
        return as_of(version=int(cleaned), option=option)
    try:
        return AsOf(recorded_before=datetime.fromisoformat(cleaned))
    except ValueError:
        raise InvalidInputError(
            f"{text!r} is neither a version (5) nor a date or time: {INSTANT_HINT}", option
        ) from None


def as_of(
    *,
    version: int | None = None,
    recorded_before: str | None = None,
    announced_before: str | None = None,
    option: str = "--as-of-version",
) -> AsOf:
    """The one point of history the options name; refuses none or several, and versions below 1."""
    from pydantic import ValidationError

    from domain.errors import InvalidInputError
    from domain.history import AsOf

    given = [
        name
        for name, value in (
            ("--as-of-version", version),
            ("--recorded-before", recorded_before),
            ("--announced-before", announced_before),
        )
        if value is not None
    ]
    if len(given) > 1:
        raise InvalidInputError(f"give one point of history, not {' and '.join(given)}", given[1])
    try:
        return AsOf(
            version=version,
            recorded_before=instant(recorded_before, "--recorded-before") if recorded_before is not None else None,
            announced_before=instant(announced_before, "--announced-before") if announced_before is not None else None,
        )
    except ValidationError:
        raise InvalidInputError(f"a version is a whole number from 1 up, not {version}", option) from None


OPTIONS = {
    "as_of_version": "--as-of-version",
    "recorded_before": "--recorded-before",
    "announced_before": "--announced-before",
    "from": "--from",
    "to": "--to",
}
"""The option a reader typed for each point of history the domain refuses."""


@contextmanager
def options_named() -> Iterator[None]:
    """Refusals about a point of history name the command-line option, not the domain's field."""
    from domain.errors import InvalidInputError

    try:
        yield
    except InvalidInputError as error:
        if error.field in OPTIONS:
            raise InvalidInputError(error.message, OPTIONS[error.field]) from None
        raise


TIMELINE_EXAMPLES = examples(
    ("recon timeline 1000-for-1000", "each event and what it changed"),
    ("recon timeline 1000-for-1000 -f json", "for scripts"),
)


def timeline_command(
    ctx: typer.Context,
    exchange: Annotated[str, typer.Argument(metavar="EXCHANGE", help="The exchange's slug or UUID.")],
    form: Annotated[
        Format, typer.Option("--format", "-f", help="text for reading, markdown for documents, json for scripts.")
    ] = Format.TEXT,
) -> None:
    """List every event of an exchange in order, with what it changed.

    For each event: its version, when it was recorded and when the source announced it, what it records (a
    claim, a correction or retraction with who and why, a completion, an acknowledgement), and what changed:
    figures accepted or disputed, findings raised, changed, cleared or reopened, and progress against the target.
    Computed in one pass over the history.
    """
    from adapters.reports import history
    from adapters.reports.formats import choose

    timeline = session(ctx).reconciler.timeline(exchange)
    emit(
        choose(
            form,
            json=lambda: history.timeline_json(timeline),
            markdown=lambda: history.timeline_markdown(timeline),
            text=lambda: history.timeline_view(timeline),
        )
    )


DIFF_EXAMPLES = examples(
    ("recon diff 1000-for-1000 --from 5 --to 9", "between two versions"),
    ("recon diff 1000-for-1000 --from 2025-05-24 --to 2025-05-26", "between two recorded instants"),
    ("recon diff 1000-for-1000 --from 5", "from version 5 to the latest"),
)


def diff_command(
    ctx: typer.Context,
    exchange: Annotated[str, typer.Argument(metavar="EXCHANGE", help="The exchange's slug or UUID.")],
    start: Annotated[
        str, typer.Option("--from", metavar="POINT", help="A version (5) or a recorded-before instant (2025-05-24).")
    ],
    end: Annotated[
        str | None,
        typer.Option("--to", metavar="POINT", help="A version or a recorded-before instant; the latest if omitted."),
    ] = None,
    form: Annotated[
        Format, typer.Option("--format", "-f", help="text for reading, markdown for documents, json for scripts.")
    ] = Format.TEXT,
) -> None:
    """Show what changed between two points of an exchange's recorded history.

    Figures whose accepted value or status changed, and findings raised, cleared, changed, acknowledged or
    reopened, each with the versions of the events responsible.
    """
    from adapters.reports import history
    from adapters.reports.formats import choose

    reconciler = session(ctx).reconciler
    first = point(start, "--from")
    last = point(end, "--to") if end is not None else None
    with options_named():
        found = reconciler.diff(exchange, first, last)
    emit(
        choose(
            form,
            json=lambda: history.diff_json(found),
            markdown=lambda: history.diff_markdown(found),
            text=lambda: history.diff_view(found),
        )
    )
