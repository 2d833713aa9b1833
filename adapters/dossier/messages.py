"""Plain-words messages for what pydantic refuses, placed at the path the dossier's author wrote."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from datetime import date
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from adapters.dossier.errors import EntryError, EntryPath
from adapters.dossier.schema import EACH_SIDE_PHRASE, KNOWN_KEYS

HINTS: Mapping[str, str] = {
    "id": "a short name of lower-case letters, digits and hyphens, like 1000-for-1000",
    "title": "the exchange's name as people know it",
    "parties": "the two parties, like [Ukraine, Russia]",
    "terms": f"each side: 1000, or to <party>: 1000 / {{at_least: 50}} / all, or {EACH_SIDE_PHRASE}",
    "unit": "people or bodies",
    "source": "a key from sources, or a mapping with name and tier",
    "name": "who announced it, like TASS",
    "tier": "official, established_media or aggregator",
    "stage": "the stage's number from 1, or all for the whole exchange",
    "direction": "to <party>, each side or combined",
    "figures": "at least one of total, cumulative, breakdowns, subsets",
    "breakdowns": "a mapping from a dimension to its parts, like service: {military: 270, civilian: 120}",
    "subsets": "a mapping from a name to its count, like mariupol_defenders: 27",
    "sources": "a mapping from a short key to a source with name and tier",
    "parts": "the parts and their counts, like {military: 270, civilian: 120}",
    "count": "a whole number",
    "at_least": "a whole number",
    "published": "a date like 2025-05-23, or a time like 2025-05-23T14:30:00+03:00",
    "announced_at": "a date like 2025-05-23, or a time like 2025-05-23T14:30:00+03:00",
    "agreed_on": "a date like 2025-05-16",
    "took_place_on": 'a date like 2025-05-23, or a month like "2025-05"',
    "provenance": "text_sha256 (the statement's SHA-256) and spans, each {figure, start, end, quote}",
    "text_sha256": "the SHA-256 of the statement's text: 64 hexadecimal digits",
    "spans": "a list like [{figure: total, start: 9, end: 12, quote: '390'}]",
}
"""What each key expects, added to a message about that key."""

ITEM_HINTS: Mapping[str, str] = {
    "terms": "a number like 1000, {at_least: 50}, or all",
    "breakdowns": HINTS["parts"] + ", or {complete: false, parts: {...}}",
    "subsets": "a count like 27, or {count: 27, within: military}",
    "sources": "a mapping with name and tier",
}
"""What an entry expects under a mapping whose keys the author chooses (directions, dimensions, names)."""

_TEMPLATES: Mapping[str, str] = {
    "missing": "{last} is missing",
    "missing_item": "an item is missing",
    "extra_forbidden": "unknown key {last!r}{suggestion}",
    "int_type": "a {noun} is a whole number, not {value}",
    "int_from_float": "a {noun} is a whole number, not {value}",
    "int_parsing": "a {noun} is a whole number, not {value}",
    "negative": "a count cannot be negative, not {value}",
    "greater_than_equal": "must be at least {ge}, not {value}",
    "less_than_equal": "must be at most {le:,}, not {value}",
    "literal_error": "expected {expected}, not {value}",
    "enum": "expected {expected}, not {value}",
    "union_tag_invalid": "expected {expected}, not {value}",
    "dict_type": "expected a mapping of keys and values, not {value}",
    "model_type": "expected a mapping of keys and values, not {value}",
    "model_attributes_type": "expected a mapping of keys and values, not {value}",
    "list_type": "expected a list, not {value}",
    "tuple_type": "expected a list, not {value}",
    "string_type": "expected text, not {value}",
    "string_too_short": "is empty",
    "string_too_long": "is longer than {max_length} characters",
    "string_pattern_mismatch": "{value} is not a usable id",
    "date": "expected a date, not {value}",
    "bool_type": "expected true or false, not {value}",
    "bool_parsing": "expected true or false, not {value}",
    "too_short": "expected at least {min_length}, found {actual_length}",
    "too_long": "expected at most {max_length}, found {actual_length}",
    "value_error": "{error}",
}
"""Each kind of complaint in plain words; any other kind keeps pydantic's own message."""

_WITHOUT_HINT = frozenset(
    {
        "int_type",
        "int_from_float",
        "int_parsing",
        "negative",
        "greater_than_equal",
        "less_than_equal",
        "extra_forbidden",
        "value_error",
    }
)
_CHOICES = frozenset({"literal_error", "enum", "union_tag_invalid"})


def entry_errors(error: ValidationError, raw: Any, prefix: EntryPath = ()) -> list[EntryError]:
    """Every complaint in `error`, at the path of the entry in `raw` (the data as written) it is about."""
    found = []
    # A missing key comes last among complaints about one line: a misspelt key explains it better.
    details = sorted(error.errors(include_url=False), key=lambda detail: detail["type"] == "missing")
    for detail in details:
        path = (*prefix, *_locate(detail["loc"], raw, missing=detail["type"] == "missing"))
        if detail["type"] == "missing" and path and isinstance(path[-1], int):
            path, detail = path[:-1], {**detail, "type": "missing_item"}
        found.append(EntryError(path, message(detail, path)))
    return found


def _locate(loc: tuple[int | str, ...], raw: Any, *, missing: bool) -> EntryPath:
    """Follow pydantic's location through the data as written, skipping the names it gives to forms."""
    path: list[int | str] = []
    node = raw
    for position, segment in enumerate(loc):
        if _holds(node, segment):
            node = node[segment]
        elif not (missing and position == len(loc) - 1):
            continue
        path.append(segment)
    return tuple(path)


def _holds(node: Any, segment: int | str) -> bool:
    if isinstance(node, dict):
        return segment in node
    return isinstance(node, list | tuple) and isinstance(segment, int) and 0 <= segment < len(node)


def message(detail: ErrorDetails, path: EntryPath) -> str:
    """One complaint in plain words, with what the entry expects when that helps."""
    context = detail.get("ctx", {})
    kind = _kind(detail["type"], context)
    hint = _hint(path)
    value = shown(detail["input"])
    if kind in _CHOICES and hint:
        return f"{value} is not understood here; write {hint}"
    last = path[-1] if path else ""
    fields = {
        **context,
        "last": last,
        "value": value,
        "noun": "stage" if last == "stage" else "count",
        "suggestion": _suggestion(str(last)),
        "expected": _or(str(context.get("expected") or context.get("expected_tags") or "")),
    }
    text = _TEMPLATES.get(kind, "{msg}").format(msg=detail["msg"], **fields)
    return f"{text}; write {hint}" if hint and kind not in _WITHOUT_HINT else text


def _kind(kind: str, context: Mapping[str, Any]) -> str:
    if kind == "greater_than_equal" and context.get("ge") == 0:
        return "negative"
    return "date" if kind.startswith(("date", "datetime")) else kind


def shown(value: Any) -> str:
    """A value as it would read in the dossier."""
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _hint(path: EntryPath) -> str | None:
    keys = [segment for segment in path if isinstance(segment, str)]
    if keys and keys[-1] in HINTS:
        return HINTS[keys[-1]]
    if len(keys) > 1 and keys[-2] in ITEM_HINTS:
        return ITEM_HINTS[keys[-2]]
    return None


def _or(choices: str) -> str:
    """Pydantic's list of choices, with or without its own 'or', as: a, b or c."""
    text = choices.replace("'", "")
    head, comma, tail = text.rpartition(", ")
    return text if " or " in text or not comma else f"{head} or {tail}"


def _suggestion(key: str) -> str:
    if key in KNOWN_KEYS:  # right elsewhere, wrong here: suggesting the key itself would only puzzle
        return " here (it belongs to other entries)"
    close = difflib.get_close_matches(key, sorted(KNOWN_KEYS), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""
