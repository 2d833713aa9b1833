"""`recon findings`: the findings of every exchange in one list, as a table, Markdown or JSON."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Group, RenderableType
from rich.text import Text

from adapters.readside.findings import ExchangeFinding, FindingsQuery, FoundFindings
from adapters.reports import cells, json, markdown, text
from adapters.reports.formats import Format, Rendering
from domain.findings import Severity

HEADERS = ("Severity", "Rule", "Subject", "Finding", "State")


@dataclass(frozen=True, slots=True)
class FindingsList:
    """The findings a query selected, in the desk's order, and the query."""

    found: FoundFindings
    query: FindingsQuery

    @property
    def items(self) -> Sequence[ExchangeFinding]:
        return self.found.items

    @property
    def exchanges(self) -> Mapping[str, str]:
        """The exchanges the query covered, slug to title."""
        return self.found.exchanges

    @property
    def position(self) -> int | None:
        return self.found.position

    @property
    def behind_by(self) -> int:
        standing = self.found.standing
        return 0 if standing is None else standing.behind_by


def render(found: FindingsList, form: Format) -> Rendering:
    """The list in the chosen format."""
    if form is Format.JSON:
        return json.dumps(data(found))
    if form is Format.MARKDOWN:
        return as_markdown(found)
    return view(found)


def summary(found: FindingsList) -> str:
    """'5 findings in 2 exchanges: 3 open (2 errors), 2 acknowledged'; with --open, '3 open findings in 2 exchanges'."""
    items, query = found.items, found.query
    if not items:
        return f"No {_selection(query)}findings in {_count(len(found.exchanges), 'exchange')}."
    opened = [item for item in items if item.open]
    errors = sum(1 for item in opened if item.finding.severity == Severity.ERROR)
    errors_note = f" ({_count(errors, 'error')})" if query.severity is None else ""
    spread = len({item.exchange_id for item in items})
    head = f"{_count(len(items), _selection(query) + 'finding')} in {_count(spread, 'exchange')}"
    if query.open_only:
        return head + errors_note
    return f"{head}: {len(opened):,} open{errors_note}, {len(items) - len(opened):,} acknowledged"


def view(found: FindingsList) -> RenderableType:
    """The summary, then one table per exchange (exchanges in the order of their first finding in the desk's order),
    errors first; the log position the list was read at last."""
    parts: list[RenderableType] = [Text(summary(found), style="bold"), Text()]
    for slug, items in groups(found.items):
        table = text.table(*HEADERS, title=heading(slug, items, found.exchanges))
        table.columns[HEADERS.index("Subject")].max_width = 26
        table.columns[HEADERS.index("State")].max_width = 24
        for item in items:
            row = row_of(item)
            style = text.SEVERITY_STYLE.get(row[0], "")
            table.add_row(Text(row[0], style=style), *(Text(cell) for cell in row[1:]))
        parts.extend([table, Text()])
    parts.append(Text(_as_of(found), style="dim"))
    return Group(*parts)


def as_markdown(found: FindingsList) -> str:
    """The summary as a heading, then per exchange a heading and a Markdown table."""
    parts = [f"## {summary(found)}"]
    for slug, items in groups(found.items):
        parts.append(f"### {heading(slug, items, found.exchanges)}")
        parts.append(markdown.table(HEADERS, [row_of(item) for item in items]))
    parts.append(_as_of(found))
    return "\n\n".join(parts) + "\n"


def groups(items: Sequence[ExchangeFinding]) -> list[tuple[str, list[ExchangeFinding]]]:
    """The findings of each exchange together, exchanges in the order the list gives them."""
    found: dict[str, list[ExchangeFinding]] = {}
    for item in items:
        found.setdefault(item.exchange, []).append(item)
    return list(found.items())


def heading(slug: str, items: Sequence[ExchangeFinding], titles: Mapping[str, str]) -> str:
    """'Istanbul, May 2025 (istanbul-2025): 3 findings, 2 open'."""
    opened = sum(1 for item in items if item.open)
    name = f"{titles[slug]} ({slug})" if slug in titles else slug
    return f"{name}: {_count(len(items), 'finding')}, {opened:,} open"


def data(found: FindingsList) -> dict[str, Any]:
    """Every finding with its exchange, state and versions, under the position and the filters applied."""
    query = found.query
    return {
        "position": found.position,
        "behind_by": found.behind_by,
        "exchanges": len(found.exchanges),
        "filters": {
            "open": query.open_only,
            "rule": query.rule,
            "severity": None if query.severity is None else query.severity.value,
            "exchange": query.exchange,
        },
        "count": len(found.items),
        "open": sum(1 for item in found.items if item.open),
        "findings": [_item_data(item) for item in found.items],
    }


def row_of(item: ExchangeFinding) -> tuple[str, ...]:
    """Severity, rule, subject, message (which states the difference) and state."""
    line = item.finding
    return (
        line.severity.value,
        line.rule,
        cells.subject(line),
        line.message,
        state(item),
    )


def state(item: ExchangeFinding) -> str:
    """'open', 'acknowledged by Olena Kovalenko', or 'reopened (Olena Kovalenko's note kept)'."""
    ack = item.finding.acknowledgement
    if ack is None:
        return "open"
    if ack.current:
        return f"acknowledged by {ack.reviewer}: {ack.note}"
    return f"reopened (acknowledged by {ack.reviewer} before the figures changed)"


def _item_data(item: ExchangeFinding) -> dict[str, Any]:
    return {
        "exchange": item.exchange,
        "exchange_id": str(item.exchange_id),
        "open": item.open,
        "title": item.title,
        "state": cells.finding_state(item.finding),
        **item.finding.model_dump(mode="json"),
    }


def _as_of(found: FindingsList) -> str:
    if found.position is None:
        return "Reconciled from the events."
    if found.behind_by:
        return f"As of log position {found.position:,}, {found.behind_by:,} behind the events recorded."
    return f"As of log position {found.position:,}."


def _selection(query: FindingsQuery) -> str:
    words = [
        "open" if query.open_only else "",
        query.severity.value if query.severity else "",
        query.rule or "",
    ]
    return "".join(f"{word} " for word in words if word)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'s' * (number != 1)}"
