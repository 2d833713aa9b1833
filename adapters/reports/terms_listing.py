"""The statements of an exchange's terms as `recon terms list` and GET /exchanges/{ex}/terms give them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, TypeAdapter

from domain.figures import Source, Target
from domain.terms import TermsForm, Unit

if TYPE_CHECKING:
    from adapters.reports.formats import Format, Rendering
    from domain.exchange import Exchange


class TermsLine(BaseModel):
    """One statement of the terms: who stated them, in which form and unit, and the version that recorded it."""

    version: int
    """The exchange's version that recorded it: 1 for the agreement's own terms."""
    source: Source
    form: TermsForm
    unit: Unit
    terms: str
    """In words: 'each side at least 1,200', 'to Russia 84; to Ukraine 84', 'composite: ...', 'not announced'."""
    targets: dict[str, Target]
    combined: int | None = None
    parts: list[str]
    says: str | None = None


LINES: TypeAdapter[list[TermsLine]] = TypeAdapter(list[TermsLine])


def terms_lines(exchange: Exchange) -> list[TermsLine]:
    """Every statement of the terms, the agreement's own first."""
    return [
        TermsLine(
            version=item.version,
            source=item.statement.source,
            form=item.statement.form,
            unit=item.statement.unit,
            terms=item.statement.summary,
            targets=dict(item.statement.targets),
            combined=item.statement.combined,
            parts=list(item.statement.parts),
            says=item.statement.says,
        )
        for item in exchange.all_terms()
    ]


def render_terms(exchange: Exchange, form: Format) -> Rendering:
    """The statements as JSON, a Markdown table, or plain lines for reading."""
    from adapters.reports.formats import Format

    lines = terms_lines(exchange)
    if form is Format.JSON:
        return LINES.dump_json(lines, indent=2).decode() + "\n"
    if form is Format.MARKDOWN:
        rows = [
            f"| {line.version} | {line.source.label} | {line.terms} | {line.unit} | {line.says or ''} |"
            for line in lines
        ]
        return "\n".join(["| version | source | terms | unit | says |", "|---|---|---|---|---|", *rows]) + "\n"
    title = f"{exchange.agreement.title}: the terms as {len(lines)} statement{'s' if len(lines) > 1 else ''} give them"
    shown = [f"v{line.version}  {line.terms} ({line.unit}), stated by {line.source.label}" for line in lines]
    return "\n".join([title, *shown]) + "\n"
