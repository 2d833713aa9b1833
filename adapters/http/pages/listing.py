"""The exchanges page's rows: every exchange with its terms, verdict, open findings, progress and last change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from adapters.readside.queries import Latest, StoredLine, Unreadable, page_lines, replayed
from adapters.readside.readback import damaged
from adapters.reports.page_view import list_line
from domain.application import Reconciler

VERDICTS = ("nothing recorded yet", "reconciles", "findings open", "errors open")
SORTS = {
    "title": "name",
    "verdict": "verdict",
    "errors": "open errors",
    "warnings": "open warnings",
    "changed": "last change",
}


@dataclass(frozen=True)
class Bar:
    """One direction's progress as a list row draws it."""

    party: str
    accepted: int
    target: int | None
    summary: str


@dataclass(frozen=True)
class Row:
    """One exchange as the list shows it."""

    slug: str
    title: str
    parties: tuple[str, ...]
    terms: dict[str, str]
    verdict: str
    errors: int
    warnings: int
    progress: list[Bar]
    changed: datetime
    version: int


@dataclass(frozen=True)
class Listed:
    """The rows, and how many events recorded they do not reflect yet (0 once the read models caught up)."""

    rows: list[Row]
    behind_by: int


def rows(reconciler: Reconciler) -> Listed:
    """Every exchange, in the order agreed, as the read models hold it: one query, one small document each."""
    found = page_lines(reconciler)
    rows = [_stored(reconciler, item) if isinstance(item, StoredLine) else _row(item) for item in found.items]
    return Listed(rows, 0 if found.standing is None else found.standing.behind_by)


def _stored(reconciler: Reconciler, item: StoredLine) -> Row:
    try:
        return _line(orjson.loads(item.document))
    except (ValueError, KeyError, TypeError):  # damaged in the store since it was written: its events answer
        damaged(item.exchange_id, "list line")
        return _row(replayed(reconciler, item.exchange_id))


def _row(item: Latest | Unreadable) -> Row:
    if isinstance(item, Unreadable):
        raise item.error
    return _line(list_line(item.report, item.changed))


def _line(line: Any) -> Row:
    """The row a list line's document describes; KeyError or TypeError when it is not of that shape."""
    return Row(
        slug=line["slug"],
        title=line["title"],
        parties=tuple(line["parties"]),
        terms=line["terms"],
        verdict=line["verdict"],
        errors=line["errors"],
        warnings=line["warnings"],
        progress=[Bar(**bar) for bar in line["progress"]],
        changed=datetime.fromisoformat(line["changed"]),
        version=line["version"],
    )


def chosen(found: list[Row], search: str, verdict: str, sort: str, descending: bool) -> list[Row]:
    """The rows whose name holds `search` (any case) and whose verdict is `verdict` (any when empty), sorted."""
    wanted = search.strip().casefold()
    kept = [
        row
        for row in found
        if (not wanted or wanted in row.title.casefold() or wanted in row.slug) and verdict in ("", row.verdict)
    ]
    keys = {
        "title": lambda row: (row.title.casefold(),),
        "verdict": lambda row: (VERDICTS.index(row.verdict), row.title.casefold()),
        "errors": lambda row: (row.errors, row.warnings),
        "warnings": lambda row: (row.warnings, row.errors),
        "changed": lambda row: (row.changed,),
    }
    return sorted(kept, key=keys.get(sort, keys["title"]), reverse=descending)
