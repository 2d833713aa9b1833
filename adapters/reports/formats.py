"""Choose a rendering by format: a rich view for text, a finished string for Markdown and JSON."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.console import RenderableType

from adapters.reports import json, markdown, overview, text
from adapters.reports.format_choice import Format as Format
from domain.listing import ExchangeListing
from domain.report import ReconciliationReport

Rendering = RenderableType
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
    return choose(
        form,
        json=lambda: json.render_report(item),
        markdown=lambda: markdown.render_report(item),
        text=lambda: text.report_view(item),
    )


def listing(items: Sequence[ExchangeListing], form: Format) -> Rendering:
    """The recorded exchanges."""
    return choose(
        form,
        json=lambda: json.render_listing(items),
        markdown=lambda: overview.listing_markdown(items),
        text=lambda: overview.listing_view(items),
    )


def demo(items: Sequence[ExchangeListing], item: ReconciliationReport, form: Format) -> list[Rendering]:
    """The overview of the recorded exchanges, then one exchange's report: one JSON document for scripts."""
    if form is Format.JSON:
        return [json.render_demo(items, item)]
    if form is Format.MARKDOWN:
        return [f"{overview.listing_markdown(items)}\n{markdown.render_report(item)}"]
    return [overview.listing_view(items), text.report_view(item)]


def check(items: Sequence[ReconciliationReport], form: Format) -> Rendering:
    """The open findings of each exchange checked."""
    return choose(
        form,
        json=lambda: json.render_check(items),
        markdown=lambda: overview.check_markdown(items),
        text=lambda: overview.check_view(items),
    )


def rules(form: Format) -> Rendering:
    """The rulebook."""
    return choose(form, json=json.render_rules, markdown=overview.rules_markdown, text=overview.rules_view)


def as_text(rendering: Rendering, width: int = text.WIDTH) -> str:
    """The rendering as plain text: strings unchanged, rich views without colour at a fixed width."""
    return rendering if isinstance(rendering, str) else text.plain(rendering, width)
