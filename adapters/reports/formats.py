"""Choose a rendering by format: a rich view for text, a finished string for Markdown and JSON.

Each renderer is imported when its format is asked for, so that `recon report -f json` loads neither rich's tables
nor the Markdown writer, and the text view does not load the JSON one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeAlias

from adapters.reports.format_choice import Format as Format

if TYPE_CHECKING:
    from rich.console import RenderableType

    from domain.listing import ExchangeListing
    from domain.report_values import ReconciliationReport

Rendering: TypeAlias = "RenderableType"
"""What a command prints: a `str` is printed exactly as it is; anything else is a rich view."""


def choose(
    form: Format, *, json: Callable[[], str], markdown: Callable[[], str], text: Callable[[], Rendering]
) -> Rendering:
    """The rendering for a format: each is built only when it is the one asked for."""
    if form is Format.JSON:
        return json()
    if form is Format.MARKDOWN:
        return markdown()
    return text()


def report(item: ReconciliationReport, form: Format) -> Rendering:
    """One exchange's reconciliation report."""
    if form is Format.JSON:
        from adapters.reports import json

        return json.render_report(item)
    if form is Format.MARKDOWN:
        from adapters.reports import markdown

        return markdown.render_report(item)
    from adapters.reports import text

    return text.report_view(item)


def listing(items: Sequence[ExchangeListing], form: Format) -> Rendering:
    """The recorded exchanges."""
    if form is Format.JSON:
        from adapters.reports import json

        return json.render_listing(items)
    from adapters.reports import overview

    return overview.listing_markdown(items) if form is Format.MARKDOWN else overview.listing_view(items)


def demo(items: Sequence[ExchangeListing], item: ReconciliationReport, form: Format) -> list[Rendering]:
    """The overview of the recorded exchanges, then one exchange's report: one JSON document for scripts."""
    from adapters.reports import json, markdown, overview, text

    if form is Format.JSON:
        return [json.render_demo(items, item)]
    if form is Format.MARKDOWN:
        return [f"{overview.listing_markdown(items)}\n{markdown.render_report(item)}"]
    return [overview.listing_view(items), text.report_view(item)]


def check(items: Sequence[ReconciliationReport], form: Format) -> Rendering:
    """The open findings of each exchange checked."""
    if form is Format.JSON:
        from adapters.reports import json

        return json.render_check(items)
    from adapters.reports import overview

    return overview.check_markdown(items) if form is Format.MARKDOWN else overview.check_view(items)


def rules(form: Format) -> Rendering:
    """The rulebook."""
    if form is Format.JSON:
        from adapters.reports import json

        return json.render_rules()
    from adapters.reports import overview

    return overview.rules_markdown() if form is Format.MARKDOWN else overview.rules_view()


def as_text(rendering: Rendering, width: int | None = None) -> str:
    """The rendering as plain text: strings unchanged, rich views without colour at a fixed width (text.WIDTH unless
    given)."""
    if isinstance(rendering, str):
        return rendering
    from adapters.reports import text

    return text.plain(rendering, text.WIDTH if width is None else width)
