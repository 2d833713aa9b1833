"""Figures and a source written inline as a dossier writes them, e.g. '{total: 390, breakdowns: {service: {...}}}'."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from adapters.dossier.claim_figures import build_figures
from adapters.dossier.count_entries import TargetValue
from adapters.dossier.document import parse_document
from adapters.dossier.errors import EntryError, render_path
from adapters.dossier.example import FIGURES_EXAMPLE as FIGURES_EXAMPLE
from adapters.dossier.figure_entries import FiguresEntry
from adapters.dossier.messages import entry_errors
from adapters.dossier.statements import build_target
from domain.errors import InvalidInputError
from domain.figures import Figures, Source, Target

SOURCE_EXAMPLE = "{name: TASS, tier: official, published: 2025-05-24}"
TARGET_EXAMPLE = "1200, {at_least: 1200}, {about: 1200}, {low: 1100, high: 1300} or all"
_TARGETS: TypeAdapter[Any] = TypeAdapter(TargetValue)

Model = TypeVar("Model", bound=BaseModel)


def read_figures(text: str, field: str = "figures") -> Figures:
    """The figures in YAML or JSON text, in a dossier claim's `figures` shape; refused naming `field` and the key."""
    try:
        data = _mapping(text, FIGURES_EXAMPLE)
        return build_figures(_validated(FiguresEntry, data))
    except EntryError as problem:
        raise _refused(problem, field) from None


def read_source(text: str, field: str = "source") -> Source:
    """A source written out in full as in a dossier's `sources`: name and tier, and url, published, relays."""
    try:
        return _validated(Source, _mapping(text, SOURCE_EXAMPLE))
    except EntryError as problem:
        raise _refused(problem, field) from None


def read_target(text: str, field: str) -> Target:
    """A target as a dossier's terms write it (1200, {at_least: 1200}, {about: 1200}, all); refused naming `field`."""
    try:
        data = parse_document(text, ".yaml").data if text.strip() else None
        if data is None:
            raise EntryError((), f"give a target: {TARGET_EXAMPLE}")
        if isinstance(data, str) and data != "all":  # else the union's last choice answers alone: "expected all"
            raise EntryError((), f"{data!r} is not a target: write {TARGET_EXAMPLE}")
        try:
            return build_target(_TARGETS.validate_python(data))
        except ValidationError as error:
            raise entry_errors(error, data)[0] from None
    except EntryError as problem:
        raise _refused(problem, field) from None


def _mapping(text: str, example: str) -> dict[str, Any]:
    data = parse_document(text, ".yaml").data
    if not isinstance(data, dict):
        raise EntryError((), f"expected a mapping like {example}, not {text.strip()!r}")
    return data


def _validated(model: type[Model], data: dict[str, Any]) -> Model:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise entry_errors(error, data)[0] from None


def _refused(problem: EntryError, field: str) -> InvalidInputError:
    where = render_path(problem.path)
    return InvalidInputError(f"{where}: {problem.message}" if where else problem.message, field)
