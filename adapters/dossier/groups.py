"""A group's `within` must name something the dossier states for the same stage: a group or a breakdown part; its
`same_as`, a breakdown part."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from adapters.dossier.errors import EntryError, EntryPath
from adapters.dossier.figure_entries import FiguresEntry, SubsetForm
from adapters.dossier.schema import ClaimEntry


def refuse_unknown_bases(claims: Sequence[ClaimEntry]) -> None:
    """Refuse a `within` that names no group and no breakdown part of any claim about the same stage: the check
    would have nothing to measure the group against, and a misspelt name would pass silently."""
    named: dict[object, set[str]] = {}
    for claim in claims:
        for _, figures in _stated(claim):
            named.setdefault(claim.stage, set()).update(_names(figures))
    for index, claim in enumerate(claims):
        known = named.get(claim.stage, set())
        found = (item for key, figures in _stated(claim) for item in _withins(figures, ("claims", index, key)))
        for path, within in found:
            if within not in known:
                choices = ", ".join(sorted(known)) or "none"
                raise EntryError(
                    path,
                    f"within names {within!r}, which no claim about this stage states as a group or a breakdown "
                    f"part (those stated: {choices})",
                )


def refuse_unknown_parts(claims: Sequence[ClaimEntry]) -> None:
    """Refuse a `same_as` that names no breakdown part of any claim about the same stage: the group would be the
    same people as nothing, and a misspelt part would pass silently."""
    parts: dict[object, set[str]] = {}
    for claim in claims:
        for _, figures in _stated(claim):
            parts.setdefault(claim.stage, set()).update(_parts(figures))
    for index, claim in enumerate(claims):
        known = parts.get(claim.stage, set())
        for key, figures in _stated(claim):
            for name, part in _same_as(figures):
                if part not in known:
                    raise EntryError(
                        ("claims", index, key, "subsets", name, "same_as"),
                        f"same_as names {part!r}, which no claim about this stage states as a breakdown part "
                        f"(those stated: {', '.join(sorted(known)) or 'none'})",
                    )


def _parts(figures: FiguresEntry) -> Iterator[str]:
    """'citizenship:foreign' for each part of each breakdown."""
    breakdowns = figures.breakdowns
    if isinstance(breakdowns, tuple):
        yield from (f"{breakdown.dimension}:{part}" for breakdown in breakdowns for part in breakdown.parts)
        return
    for dimension, parts in breakdowns.items():
        yield from (f"{dimension}:{part}" for part in (parts if isinstance(parts, dict) else parts.parts))


def _same_as(figures: FiguresEntry) -> Iterator[tuple[str | int, str]]:
    """Each group's path key (its name, or its place in a list) and the part it is the same people as."""
    subsets = figures.subsets
    if isinstance(subsets, tuple):
        yield from ((i, s.same_as) for i, s in enumerate(subsets) if s.same_as)
        return
    for name, form in subsets.items():
        if isinstance(form, SubsetForm) and form.same_as:
            yield name, form.same_as


def _stated(claim: ClaimEntry) -> Iterator[tuple[str, FiguresEntry]]:
    """The figures a claim delivered and those it planned, each under its key."""
    if claim.figures is not None:
        yield "figures", claim.figures
    if claim.planned is not None:
        yield "planned", claim.planned


def _names(figures: FiguresEntry) -> Iterator[str]:
    subsets = figures.subsets
    yield from (subset.name for subset in subsets) if isinstance(subsets, tuple) else subsets
    breakdowns = figures.breakdowns
    if isinstance(breakdowns, tuple):
        yield from (part for breakdown in breakdowns for part in breakdown.parts)
        return
    for parts in breakdowns.values():
        yield from parts if isinstance(parts, dict) else parts.parts


def _withins(figures: FiguresEntry, path: EntryPath) -> Iterator[tuple[EntryPath, str]]:
    subsets, breakdowns = figures.subsets, figures.breakdowns
    if isinstance(subsets, tuple):
        yield from (((*path, "subsets", i, "within"), s.within) for i, s in enumerate(subsets) if s.within)
    else:
        for name, form in subsets.items():
            within = form.within if isinstance(form, SubsetForm) else None
            if within:
                yield (*path, "subsets", name, "within"), within
    if isinstance(breakdowns, tuple):
        yield from (((*path, "breakdowns", i, "within"), b.within) for i, b in enumerate(breakdowns) if b.within)
    else:
        for dimension, parts in breakdowns.items():
            if not isinstance(parts, dict) and parts.within:
                yield (*path, "breakdowns", dimension, "within"), parts.within
