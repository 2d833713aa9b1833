"""What a version 1 dossier may not say: the keys and forms version 2 added, found where they are written.

Version 2 only adds to version 1, so the schema reads both alike; a file that says `format: recon-dossier/1` and
then uses something only version 2 has is refused at that entry, rather than read as if its format line said
otherwise. The walk runs on data the schema has already accepted, so every shape it meets is a valid one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from adapters.dossier.errors import EntryPath

CLAIM_KEYS = ("planned", "unit", "notes", "mediated_by", "origin_gave_no")
COUNT_KEYS = frozenset({"about", "at_least", "more_than", "at_most", "up_to", "low", "high"})
_MONTH_OR_YEAR = re.compile(r"^\d{4}(-\d{1,2})?$")
_COMPLETION_KEYS = {"says": "`says` (a completion denied or continuing)", "unit": "`unit` (the completion of one unit)"}
UNCERTAIN = "a count said with its uncertainty"
NO_DAY = "a date without a day"


def version_2_uses(data: Mapping[str, Any]) -> Iterator[tuple[EntryPath, str]]:
    """Each entry of a dossier's data that only version 2 can hold, with what it is in a reader's words."""
    if "terms" in data:
        yield ("terms",), "`terms` (statements of the terms by source)"
    yield from _exchange(data["exchange"])
    for key, source in data.get("sources", {}).items():
        yield from _source(source, ("sources", key))
    for index, claim in enumerate(data.get("claims", ())):
        yield from _claim(claim, ("claims", index))
    for index, item in enumerate(data.get("completion", ())):
        if isinstance(item, dict) and ("says" in item or "unit" in item):
            for key in ("says", "unit"):
                if key in item:
                    yield ("completion", index, key), _COMPLETION_KEYS[key]
        else:
            yield from _source(item, ("completion", index))


def _exchange(exchange: Mapping[str, Any]) -> Iterator[tuple[EntryPath, str]]:
    if "mediators" in exchange:
        yield ("exchange", "mediators"), "`mediators`"
    terms = exchange["terms"]
    if terms == "not announced":
        yield ("exchange", "terms"), "`terms: not announced`"
    elif isinstance(terms, dict):
        for direction, target in terms.items():
            if isinstance(target, dict):
                for key in sorted(target.keys() - {"at_least"}):
                    yield ("exchange", "terms", direction, key), f"`{key}` in a target (terms said as a range)"
    yield from _source(exchange["source"], ("exchange", "source"))


def _source(source: Any, path: EntryPath) -> Iterator[tuple[EntryPath, str]]:
    if not isinstance(source, dict):
        return
    if "origin" in source:
        yield (*path, "origin"), "`origin`"
    if isinstance(source.get("published"), str) and _MONTH_OR_YEAR.match(source["published"]):
        yield (*path, "published"), NO_DAY


def _claim(claim: Mapping[str, Any], path: EntryPath) -> Iterator[tuple[EntryPath, str]]:
    for key in CLAIM_KEYS:
        if key in claim:
            yield (*path, key), f"`{key}`"
    if "figures" not in claim:
        yield path, "a claim without `figures` (a stage without a headcount)"
    if isinstance(claim.get("took_place_on"), str) and _MONTH_OR_YEAR.match(claim["took_place_on"]):
        yield (*path, "took_place_on"), NO_DAY
    if isinstance(claim["source"], dict):  # most claims name a source by its key
        yield from _source(claim["source"], (*path, "source"))
    yield from _figures(claim.get("figures") or {}, (*path, "figures"))


def _figures(figures: Mapping[str, Any], path: EntryPath) -> Iterator[tuple[EntryPath, str]]:
    # Counts are looked at in plain loops, not through a generator each: a large dossier has tens of thousands.
    if "qualitative" in figures:
        yield (*path, "qualitative"), "`qualitative` (a statement without counts)"
    for figure in ("total", "cumulative"):
        if isinstance(figures.get(figure), dict):
            yield (*path, figure), UNCERTAIN
    for key, parts in _items(figures.get("breakdowns", {})):
        long_form = "parts" in parts
        inner = (*path, "breakdowns", key, "parts") if long_form else (*path, "breakdowns", key)
        for part, count in (parts["parts"] if long_form else parts).items():
            if isinstance(count, dict):
                yield (*inner, part), UNCERTAIN
    for key, subset in _items(figures.get("subsets", {})):
        yield from _subset(subset, (*path, "subsets", key))


def _items(value: Any) -> list[tuple[str | int, Any]]:
    """A mapping's entries by key, or a list's by index: the two forms breakdowns and subsets are written in."""
    return list(value.items()) if isinstance(value, dict) else list(enumerate(value))


def _subset(subset: Any, path: EntryPath) -> Iterator[tuple[EntryPath, str]]:
    if not isinstance(subset, dict) or COUNT_KEYS & subset.keys():
        yield from _count(subset, path)
        return
    for key in ("relation", "same_as"):
        if key in subset:
            yield (*path, key), f"`{key}`"
    if "count" not in subset:
        yield path, "a group named without a count"
    yield from _count(subset.get("count"), (*path, "count"))


def _count(count: Any, path: EntryPath) -> Iterator[tuple[EntryPath, str]]:
    if isinstance(count, dict):
        yield path, UNCERTAIN
