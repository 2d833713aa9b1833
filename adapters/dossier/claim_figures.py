"""A claim entry's figures for the domain: built step by step, each part refused at its own path, or as plain data
that the claim validates in one go."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from adapters.dossier.count_entries import CountForm, quantity
from adapters.dossier.errors import EntryPath
from adapters.dossier.figure_entries import BreakdownForm, BreakdownsValue, FiguresEntry, SubsetForm, SubsetsValue
from adapters.dossier.messages import entry_errors
from domain.figures import Breakdown, Figures, Subset

Model = TypeVar("Model", bound=BaseModel)
Fields = dict[str, Any]


def made(model: type[Model], path: EntryPath, **fields: Any) -> Model:
    """Build a domain object; its own rules (a claim states a figure...) are refused at `path`."""
    try:
        return model.model_validate(fields)
    except ValidationError as error:
        raise entry_errors(error, fields, path)[0] from None


def figures_data(figures: FiguresEntry) -> Fields:
    """The figures as plain data, for the claim to validate with everything in it. Handing the claim built Figures
    instead would run their checks (and their breakdowns') a second time: pydantic runs a model's own checks again
    on an instance given for a field."""
    return {
        **_counts(figures),
        "breakdowns": [
            _breakdown_data(dimension, parts) for dimension, parts, _ in _breakdown_items(figures.breakdowns)
        ],
        "subsets": [_subset_data(name, count) for name, count, _ in _subset_items(figures.subsets)],
    }


def build_figures(figures: FiguresEntry, path: EntryPath = ()) -> Figures:
    """The domain's figures for one `figures` entry, each part built apart so that what it refuses is named at its
    own path (a breakdown by its dimension, a subset by its name)."""
    breakdowns = tuple(
        made(Breakdown, at, **_breakdown_data(dimension, parts))
        for dimension, parts, at in _breakdown_items(figures.breakdowns, (*path, "breakdowns"))
    )
    subsets = tuple(
        made(Subset, at, **_subset_data(name, count))
        for name, count, at in _subset_items(figures.subsets, (*path, "subsets"))
    )
    return made(Figures, path, **_counts(figures), breakdowns=breakdowns, subsets=subsets)


def _counts(figures: FiguresEntry) -> Fields:
    return {
        "total": quantity(figures.total),
        "cumulative": quantity(figures.cumulative),
        "qualitative": figures.qualitative,
    }


PartsEntry = dict[str, int | CountForm] | BreakdownForm
SubsetEntry = int | CountForm | SubsetForm


def _breakdown_items(value: BreakdownsValue, path: EntryPath = ()) -> list[tuple[str, PartsEntry, EntryPath]]:
    """(dimension, parts as written, path) of each breakdown, whichever way the breakdowns are written."""
    if isinstance(value, tuple):
        return [(item.dimension, item, (*path, index)) for index, item in enumerate(value)]
    return [(dimension, parts, (*path, dimension)) for dimension, parts in value.items()]


def _breakdown_data(dimension: str, parts: PartsEntry) -> Fields:
    if isinstance(parts, dict):
        return {"dimension": dimension, "parts": {part: quantity(n) for part, n in parts.items()}}
    counts = {part: quantity(count) for part, count in parts.parts.items()}
    return {"dimension": dimension, "parts": counts, "complete": parts.complete, "within": parts.within}


def _subset_items(value: SubsetsValue, path: EntryPath = ()) -> list[tuple[str, SubsetEntry, EntryPath]]:
    """(name, count as written, path) of each subset, whichever way the subsets are written."""
    if isinstance(value, tuple):
        return [(item.name, item, (*path, index)) for index, item in enumerate(value)]
    return [(name, count, (*path, name)) for name, count in value.items()]


def _subset_data(name: str, count: SubsetEntry) -> Fields:
    if not isinstance(count, SubsetForm):
        return {"name": name, "count": quantity(count)}
    fields = {"within": count.within, "relation": count.relation, "same_as": count.same_as}
    return {"name": name, "count": quantity(count.count), **fields}
