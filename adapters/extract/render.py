"""An extraction for people (text and Markdown tables), for scripts (JSON), and as a dossier to edit (YAML)."""

from __future__ import annotations

from collections.abc import Sequence

from adapters.extract.model import Extraction, Proposed, Rejected
from adapters.extract.options import ExtractFormat as ExtractFormat
from adapters.extract.options import Recording

_FIGURE_HEADER = ("figure", "value", "to", "words", "at", "confidence", "meaning")
_REJECTED_HEADER = ("words", "at", "why not taken")


def render(extraction: Extraction, form: ExtractFormat, recording: Recording, name: str = "the text") -> str:
    """The extraction in the chosen format."""
    if form is ExtractFormat.JSON:
        return extraction.model_dump_json(indent=2) + "\n"
    if form is ExtractFormat.YAML:  # the dossier writer (and YAML) is loaded only for the dossier it writes
        from adapters.extract.snippet import recordable, snippet

        return snippet(extraction, recording, name) if recordable(extraction) else _comments(extraction)
    markdown = form is ExtractFormat.MARKDOWN
    table = _markdown_table if markdown else _text_table
    parts = [_summary(extraction, name), ""]
    if extraction.figures:
        parts += [
            _heading("Proposed figures", markdown),
            table(_FIGURE_HEADER, [_figure_row(f) for f in extraction.figures]),
        ]
    if extraction.rejected:
        rows = [_rejected_row(rejected) for rejected in extraction.rejected]
        parts += ["", _heading("Numbers not taken", markdown), table(_REJECTED_HEADER, rows)]
    if extraction.messages:
        parts += ["", *(f"- {message}" for message in extraction.messages)]
    return "\n".join(parts).rstrip("\n") + "\n"


def _summary(extraction: Extraction, name: str) -> str:
    if extraction.refused:
        return f"{name}: not read: {extraction.refused}"
    claims = extraction.claims_proposed
    return (
        f"{name}: {extraction.characters:,} characters (sha256 {extraction.text_sha256[:12]}...), "
        f"{claims} claim{'s' * (claims != 1)} proposed, {len(extraction.rejected)} numbers not taken"
    )


def _heading(title: str, markdown: bool) -> str:
    return f"### {title}\n" if markdown else f"{title}:"


def _figure_row(figure: Proposed) -> list[str]:
    value = figure.value.isoformat() if hasattr(figure.value, "isoformat") else str(figure.value)
    if figure.bound is not None:
        value = str(figure.bound)
    if figure.planned:
        value += " (planned)"
    return [
        figure.figure,
        value,
        figure.direction or "",
        _quoted(figure.quote),
        f"{figure.start}-{figure.end}",
        f"{figure.confidence:.2f}",
        figure.meaning,
    ]


def _rejected_row(rejected: Rejected) -> list[str]:
    return [_quoted(rejected.quote), f"{rejected.start}-{rejected.end}", rejected.reason]


def _quoted(words: str) -> str:
    return '"' + " ".join(words.split()) + '"'


def _text_table(header: Sequence[str], rows: list[list[str]]) -> str:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=False)]
    lines = [[*header], *rows]
    return "\n".join(
        "  " + "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False)).rstrip()
        for line in lines
    )


def _markdown_table(header: Sequence[str], rows: list[list[str]]) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    return "\n".join([line(header), line(["---"] * len(header)), *(line(row) for row in rows)])


def _comments(extraction: Extraction) -> str:
    return "".join(f"# {message}\n" for message in extraction.messages)
