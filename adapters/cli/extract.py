"""`recon extract`: propose the claims a statement's text states, each figure with the words it came from."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from adapters.cli.choices import TierChoice
from adapters.cli.epilog import examples
from adapters.extract.options import DEFAULT_MAX_BYTES, ExtractFormat

if TYPE_CHECKING:  # the extractor's language data and the domain load when the command runs, not to show help
    from adapters.extract.model import Extraction
    from adapters.extract.options import Recording
    from domain.figures import Moment

commands = typer.Typer()
"""Added to `recon` without a group name, so `extract` is a top-level command."""


@commands.command(
    "extract",
    epilog=examples(
        ("recon extract statement.txt", "the figures it states, and the numbers not taken"),
        ("pbpaste | recon extract -", "read standard input"),
        ("recon extract s.txt --source 'Ukrainska Pravda' --tier established_media -o claim.yaml", "to review"),
        ("recon import claim.yaml", "then record it, with the words behind each figure"),
        ("recon extract s.txt -f json", "everything read, for scripts"),
    ),
)
def extract_command(
    file: Annotated[str, typer.Argument(metavar="FILE|-", help="A plain-text statement, or - for standard input.")],
    exchange: Annotated[
        str | None, typer.Option("--exchange", metavar="ID", help="The exchange's id, like 1000-for-1000.")
    ] = None,
    stage: Annotated[
        int | None, typer.Option("--stage", min=1, metavar="N", help="The stage, when the text does not say.")
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", metavar="NAME", help="Who published the text: TASS, a ministry...")
    ] = None,
    tier: Annotated[TierChoice | None, typer.Option("--tier", help="How far the source is trusted.")] = None,
    url: Annotated[str | None, typer.Option("--url", metavar="URL", help="Where the text was published.")] = None,
    published: Annotated[
        str | None, typer.Option("--published", metavar="WHEN", help="When: 2025-05-23 or 2025-05-23T14:30:00+03:00.")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", dir_okay=False, help="Write the proposed dossier here."),
    ] = None,
    form: Annotated[
        ExtractFormat,
        typer.Option("--format", "-f", help="text or markdown to read, json for scripts, yaml for the dossier."),
    ] = ExtractFormat.TEXT,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes", min=1, metavar="BYTES", envvar="RECON_EXTRACT_MAX_BYTES", help="The largest text read."
        ),
    ] = DEFAULT_MAX_BYTES,
) -> None:
    """Propose the claims a statement states: totals, breakdowns, subsets, running totals, stage, terms, direction.

    Every figure comes with its value, its meaning, the exact words and their place in the text, and a confidence;
    every number not taken is listed with the reason (a date, an age, a year, a count of units, page furniture...).
    Nothing is recorded: with -o, the proposal is written as a dossier to review and correct (only a line saying so
    is printed, on stderr), then `recon import` records it with the hash of the text and the span of each figure.
    What the text does not state is written `unknown`, and importing refuses the file until a person writes it.
    """
    from adapters.extract.extractor import extract
    from adapters.extract.options import Recording
    from adapters.extract.render import render
    from domain.errors import InvalidInputError
    from domain.figures import Tier

    if output is not None and not output.parent.is_dir():  # before the proposal is printed, not after
        raise InvalidInputError(f"{output.parent} is not a folder that exists; create it first", "--output")
    name = "standard input" if file == "-" else file
    chosen = Tier(tier.value) if tier is not None else None
    recording = Recording(exchange, stage, source, chosen, url, _moment(published))
    _writable(recording)
    day = recording.published.date() if isinstance(recording.published, datetime) else recording.published
    extraction = extract(_read(file, max_bytes), max_bytes=max_bytes, stage=stage, published=day)
    if extraction.refused is not None:
        raise InvalidInputError(extraction.refused, name)
    if output is None or not _write(output, extraction, recording, name):
        typer.echo(render(extraction, form, recording, name), nl=False)


def _read(file: str, max_bytes: int) -> bytes:
    """The bytes of the file (or standard input), reading one byte past the limit so that oversize is seen."""
    from adapters.cli.inputs import readable_file
    from domain.errors import InvalidInputError

    if file == "-":
        return sys.stdin.buffer.read(max_bytes + 1)
    try:
        with readable_file(Path(file), None).open("rb") as stream:  # the text's own limit is checked after
            return stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise InvalidInputError("no such file", file) from None
    except OSError as error:
        raise InvalidInputError(f"this file cannot be read: {error.strerror or error}", file) from None


RECORDING_OPTIONS = {"name": "--source", "url": "--url"}
"""The option that gives each field of the proposed dossier's source."""
ID_HINT = "write a short name of lower-case letters, digits and hyphens, like 1000-for-1000"


def _writable(recording: Recording) -> None:
    """Refuse, naming its option, what the proposed dossier could not hold (an id that is not one, a stage or a
    source's name beyond the limits), before the text is read rather than as a failure once it is printed."""
    from pydantic import TypeAdapter, ValidationError

    from adapters.dossier.messages import entry_errors
    from domain.agreement import Slug
    from domain.errors import InvalidInputError
    from domain.figures import Source, Tier
    from domain.limits import MAX_STAGE

    if recording.stage is not None and recording.stage > MAX_STAGE:
        raise InvalidInputError(f"must be at most {MAX_STAGE:,}, not {recording.stage}", "--stage")
    if recording.exchange is not None:
        try:
            TypeAdapter(Slug).validate_python(recording.exchange)
        except ValidationError:
            raise InvalidInputError(f"{recording.exchange!r} is not a usable id; {ID_HINT}", "--exchange") from None
    given = {"name": recording.source or "unknown", "tier": recording.tier or Tier.OFFICIAL, "url": recording.url}
    try:
        Source.model_validate(given)
    except ValidationError as error:
        problem = entry_errors(error, given)[0]
        field = str(problem.path[0]) if problem.path else "name"
        raise InvalidInputError(problem.message, RECORDING_OPTIONS.get(field, "--source")) from None


def _moment(text: str | None) -> Moment | None:
    from pydantic import TypeAdapter, ValidationError

    from domain.errors import InvalidInputError
    from domain.figures import Moment

    if text is None:
        return None
    try:
        moment: Moment = TypeAdapter(Moment).validate_python(text)
    except ValidationError:
        raise InvalidInputError(f"{text!r} is not a date like 2025-05-23 or a time", "--published") from None
    return moment


def _write(output: Path, extraction: Extraction, recording: Recording, name: str) -> bool:
    """Write the proposed dossier, saying so in one line on stderr; whether there was anything to write (if not,
    what was read is printed as without -o, so that the reader sees why)."""
    from adapters.dossier.document import parse_document
    from adapters.dossier.dump import render_document
    from adapters.extract.snippet import recordable, snippet

    if not recordable(extraction):
        typer.echo(f"Nothing written to {output}: the text states no figure to record.", err=True)
        return False
    text = snippet(extraction, recording, name)
    if output.suffix.lower() == ".json":
        text = render_document(parse_document(text, ".yaml").data, ".json")
    output.write_text(text, encoding="utf-8")
    claims = len(recordable(extraction))
    written = (
        f"Wrote {claims} proposed claim{'s' * (claims != 1)} to {output}: review it, then `recon import {output}`."
    )
    typer.echo(written, err=True)
    return True
