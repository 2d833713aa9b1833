"""Dossier files in and out: load YAML or JSON into exchange plans, refusing malformed input by file, path and line."""

from __future__ import annotations

from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path, PurePath
from typing import Any

from pydantic import ValidationError

from adapters.dossier.build import build_plan
from adapters.dossier.document import JSON_SUFFIXES, YAML_SUFFIXES, Document, parse_document
from adapters.dossier.dump import dump_dossier
from adapters.dossier.errors import DossierError, EntryError, render_path
from adapters.dossier.messages import entry_errors
from adapters.dossier.placeholders import refuse_placeholders
from adapters.dossier.schema import FORMAT, FORMATS, DossierEntry
from adapters.dossier.versions import version_2_uses
from domain.plans import ExchangePlan

__all__ = [
    "FORMAT",
    "DossierError",
    "dump_dossier",
    "load_dossier",
    "load_dossiers",
    "read_dossier",
    "shipped_dossier",
    "shipped_dossiers",
]

SHIPPED = "1000-for-1000"
"""The dossier shipped with the project: the "1,000 for 1,000" exchange of May 2025."""


def load_dossier(path: Path) -> ExchangePlan:
    """The exchange plan a dossier file describes; raises DossierError naming file, path and line."""
    plan, _ = _load(Path(path))
    return plan


def read_dossier(text: str, name: str = "dossier.yaml") -> ExchangePlan:
    """The plan in a dossier's text, as if read from a file called `name` (whose suffix picks YAML or JSON)."""
    plan, _ = _parse(text, name)
    return plan


def load_dossiers(paths: Sequence[Path]) -> list[ExchangePlan]:
    """Every file's plan, all checked before any is returned; raises the first DossierError."""
    plans: list[ExchangePlan] = []
    described_by: dict[str, str] = {}
    for path in paths:
        plan, document = _load(Path(path))
        slug = plan.agreement.slug
        if slug in described_by:
            raise DossierError(
                f"exchange {slug} is also described by {described_by[slug]}; keep one dossier per exchange",
                file=str(path),
                path="exchange.id",
                line=document.line_of(("exchange", "id")),
            )
        described_by[slug] = str(path)
        plans.append(plan)
    return plans


def shipped_dossier(slug: str = SHIPPED) -> Path:
    """The file of a dossier shipped with the project (by default "1,000 for 1,000")."""
    return Path(str(files(__package__ or "adapters.dossier").joinpath("shipped", f"{slug}.yaml")))


def shipped_dossiers() -> list[Path]:
    """Every dossier shipped with the project: real exchanges of 2022-2025, by file name."""
    return sorted(shipped_dossier().parent.glob("*.yaml"))


def _load(path: Path) -> tuple[ExchangePlan, Document]:
    _suffix(str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DossierError("no such file", file=str(path)) from None
    except UnicodeDecodeError:
        raise DossierError("this file is not UTF-8 text", file=str(path)) from None
    except OSError as error:
        raise DossierError(f"this file cannot be read: {error.strerror or error}", file=str(path)) from None
    return _parse(text, str(path))


def _suffix(name: str) -> str:
    suffix = PurePath(name).suffix
    if suffix.lower() not in YAML_SUFFIXES + JSON_SUFFIXES:
        raise DossierError(
            f"unsupported file type {suffix or '(none)'!r}: a dossier is a .yaml, .yml or .json file", file=name
        )
    return suffix.lower()


def _parse(text: str, name: str) -> tuple[ExchangePlan, Document]:
    document = Document(None)
    try:
        document = parse_document(text, _suffix(name))
        return _plan(document), document
    except EntryError as problem:
        raise _error(name, document, problem) from None


def _plan(document: Document) -> ExchangePlan:
    data = document.data
    if not isinstance(data, dict):
        found = "empty" if data is None else "a list" if isinstance(data, list) else "a single value"
        raise EntryError((), f"a dossier is a mapping that starts with format: {FORMATS[-1]}, but this file is {found}")
    if "format" not in data:
        raise EntryError(("format",), f"format is missing; a dossier starts with format: {FORMATS[-1]}")
    if data["format"] not in FORMATS:
        readable = " and ".join(FORMATS)
        raise EntryError(("format",), f"unknown format {data['format']!r}; this version reads {readable}")
    try:
        dossier = DossierEntry.model_validate(data)
    except ValidationError as error:
        raise _first(entry_errors(error, data), document) from None
    if dossier.format == FORMAT:
        _version_1_only(data, document)
    refuse_placeholders(dossier)
    return build_plan(dossier)


def _version_1_only(data: dict[str, Any], document: Document) -> None:
    """A version 1 file is refused at the first thing in it that only version 2 can hold."""
    found = [EntryError(path, f"{what} needs format: {FORMATS[-1]}") for path, what in version_2_uses(data)]
    if found:
        first = _first(found, document)
        hint = f"; this file says format: {FORMAT}, write format: {FORMATS[-1]} at its top to use it"
        raise EntryError(first.path, first.message + hint)


def _first(found: list[EntryError], document: Document) -> EntryError:
    """The complaint nearest the top of the file, which is where its author will start reading."""
    return min(found, key=lambda problem: document.line_of(problem.path) or 0)


def _error(name: str, document: Document, problem: EntryError) -> DossierError:
    line = problem.line if problem.line is not None else document.line_of(problem.path)
    return DossierError(problem.message, file=name, path=render_path(problem.path), line=line)
