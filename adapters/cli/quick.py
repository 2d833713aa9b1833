"""`recon report EXCHANGE` and `recon list` answered before the command line is built, when the read models hold
every event: what a script calls many times.

Building the command line loads typer, which checks each parameter through a pydantic adapter it builds when a
command runs: more than the read itself costs. So the two reads a script repeats are recognised here first, in
their plain forms only (`--db URL` before the command, `-f/--format FORMAT` after it, nothing else), and answered
from the read models' rows. Anything else, any word this does not recognise, a setting that needs checking, or a
read the rows cannot answer (behind the events, an exchange they do not hold, a document that does not read back)
goes through the command line as before, which parses, checks, catches up and reports failures as always."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from adapters.defaults import plain_database_url
from adapters.reports.format_choice import Format

if TYPE_CHECKING:
    from adapters.reports.formats import Rendering

FORMATS = frozenset(form.value for form in Format)


class QuickRead(NamedTuple):  # not a dataclass: the dataclasses module costs more to load than the JSON read
    """A read recognised on the command line: the store, the command, its exchange (for a report) and format."""

    database_url: str
    command: str
    exchange: str | None
    form: Format


def recognised(argv: Sequence[str], environ: Mapping[str, str]) -> QuickRead | None:
    """The read `argv` asks for when it is one of the plain forms, else None."""
    url = plain_database_url(environ)
    words = list(argv)
    if url is None or not words:
        return None
    if words[0].startswith("--db"):
        url, words = _value(words, "--db")
    if not url or not words or words[0] not in ("report", "list"):
        return None
    command, words = words[0], words[1:]
    form, positional = Format.TEXT, list[str]()
    while words:
        if words[0] in ("-f", "--format") or words[0].startswith("--format="):
            value, words = _value(words, words[0].partition("=")[0])
            if value not in FORMATS:
                return None
            form = Format(value)
        elif words[0].startswith("-"):
            return None
        else:
            positional, words = [*positional, words[0]], words[1:]
    if len(positional) != (1 if command == "report" else 0):
        return None
    return QuickRead(url, command, positional[0] if positional else None, form)


def _value(words: list[str], name: str) -> tuple[str | None, list[str]]:
    """The value of the option `words` begins with (`NAME VALUE` or `NAME=VALUE`) and the words after it."""
    if words[0].startswith(f"{name}=") and name.startswith("--"):
        return words[0][len(name) + 1 :], words[1:]
    if words[0] != name or len(words) < 2 or words[1].startswith("-"):
        return None, []
    return words[1], words[2:]


def answer(read: QuickRead) -> Rendering | None:
    """What the command prints, from the read models' rows as they stand; None when they cannot answer alone."""
    from adapters.readside.stored import stored_document, stored_listings
    from adapters.reports import formats

    # The JSON renderer (and orjson) is loaded only for a JSON read: the text and Markdown ones never need it.
    try:
        if read.command == "list":
            lines = stored_listings(read.database_url)
            if lines is None or read.form is Format.JSON:
                from adapters.reports.json import render_stored_listing

                return None if lines is None else render_stored_listing(lines)
            from domain.listing import ExchangeListing

            return formats.listing([ExchangeListing.model_validate_json(line) for line in lines], read.form)
        from domain.identity import parse_ref

        document = stored_document(read.database_url, parse_ref(read.exchange or ""))
        if document is None or read.form is Format.JSON:
            from adapters.reports.json import render_stored_report

            return None if document is None else render_stored_report(document)
        from domain.report_values import ReconciliationReport

        return formats.report(ReconciliationReport.model_validate_json(document), read.form)
    except (ValueError, KeyError, TypeError):  # a row that does not read back: the command line says what is wrong
        return None
