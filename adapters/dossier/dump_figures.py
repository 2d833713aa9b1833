"""A claim's figures and a target in the shortest forms a person writes that read back as the same values."""

from __future__ import annotations

from typing import Any

from adapters.dossier.dump_style import InlineMapping
from adapters.dossier.figure_entries import LONG_BREAKDOWN_KEYS
from domain.amounts import about_range
from domain.figures import Amount, Breakdown, Figures, Subset, Target


def written_target(target: Target) -> int | str | dict[str, int]:
    """A target as terms write it: 1000, `all`, `{at_least: 50}`, `{about: 1200}` or a range."""
    if target.count is None:
        return "all"
    if target.kind == "range" and target.high is not None:
        if target.stated is None and target.count == 0:
            return InlineMapping(at_most=target.high)
        if target.stated is None:
            return InlineMapping(low=target.count, high=target.high)
        if about_range(target.stated) == (target.count, target.high):
            return InlineMapping(about=target.stated)
        return InlineMapping(about=target.stated, low=target.count, high=target.high)
    return target.count if target.kind == "exactly" else InlineMapping(at_least=target.count)


def written_count(count: int | Amount | None) -> Any:
    """An exact count as a number; an Amount in the shortest form that reads back as the same Amount."""
    if not isinstance(count, Amount):
        return count
    if count.form == "range":
        return InlineMapping(low=count.low, high=count.high)
    if count.form == "at_most":
        return InlineMapping(up_to=count.high)
    if count.form == "at_least":
        said = count.stated if count.stated is not None else count.low
        return InlineMapping(more_than=said) if said < count.low else InlineMapping(at_least=said)
    if count.stated is not None and about_range(count.stated) == (count.low, count.high):
        return InlineMapping(about=count.stated)
    return InlineMapping(about=count.stated, low=count.low, high=count.high)


def written_figures(figures: Figures) -> dict[str, Any]:
    """A claim's figures as a `figures` entry: counts, breakdowns by dimension, groups by name (a list when two
    groups share a name) and statements without counts."""
    entry: dict[str, Any] = {"total": written_count(figures.total), "cumulative": written_count(figures.cumulative)}
    if figures.breakdowns:
        entry["breakdowns"] = {breakdown.dimension: _breakdown(breakdown) for breakdown in figures.breakdowns}
    names = [subset.name for subset in figures.subsets]
    if len(set(names)) < len(names):
        entry["subsets"] = [InlineMapping({"name": subset.name, **_long_subset(subset)}) for subset in figures.subsets]
    elif figures.subsets:
        entry["subsets"] = {subset.name: _subset(subset) for subset in figures.subsets}
    if figures.qualitative:
        entry["qualitative"] = [
            InlineMapping(item.model_dump(mode="json", exclude_defaults=True)) for item in figures.qualitative
        ]
    return {key: value for key, value in entry.items() if value is not None}


def _breakdown(breakdown: Breakdown) -> dict[str, Any]:
    parts = InlineMapping({part: written_count(count) for part, count in breakdown.parts.items()})
    if breakdown.complete and breakdown.within is None and not LONG_BREAKDOWN_KEYS & parts.keys():
        return parts
    entry = {"within": breakdown.within, "complete": breakdown.complete, "parts": parts}
    return InlineMapping({key: value for key, value in entry.items() if value is not None})


def _subset(subset: Subset) -> Any:
    """The count alone, or the long form: `{count: 8, relation: in_addition}`, `{within: plant}`, `{}`."""
    if subset.within is None and subset.relation == "among" and subset.same_as is None and subset.count is not None:
        return written_count(subset.count)
    return InlineMapping(_long_subset(subset))


def _long_subset(subset: Subset) -> dict[str, Any]:
    """A subset's long form without its name: its count as a dossier writes it, and what else is said of it."""
    form = subset.model_dump(exclude={"name", "count"}, exclude_none=True, exclude_defaults=True)
    return form if subset.count is None else {"count": written_count(subset.count), **form}
