"""A stage's counts as claims: one per direction, in the order the text first names it, its figures sorted by form."""

from __future__ import annotations

from datetime import date
from typing import Any

from adapters.extract.assemble import Assembly
from adapters.extract.headcount import Headcount
from adapters.extract.meanings import proposed
from adapters.extract.model import Bound, Proposed, ProposedClaim, Unit
from adapters.extract.nesting import nest
from adapters.extract.recaps import without_repeated_each_side


def settled(counts: list[Headcount], assembly: Assembly, bodies: bool) -> list[Headcount]:
    """One stage's counts less each side's figures the directions repeat, with the groups nested in others."""
    counts = without_repeated_each_side(counts, assembly)
    nest(counts, assembly.text, assembly.layout)
    for count in counts if bodies else ():
        count.note += "; the bodies of the dead, not living people"
    return counts


def stage_claims(
    text: str, counts: list[Headcount], about: dict[str, Proposed], stage: int | None, unit: Unit
) -> tuple[tuple[ProposedClaim, ...], list[Proposed]]:
    """One claim per direction, in the order the text first names it, with the spans of everything it states."""
    by_direction: dict[str | None, list[Headcount]] = {}
    for count in counts:
        by_direction.setdefault(count.direction, []).append(count)
    claims, directions = [], []
    for direction, group in by_direction.items():
        shared = [about[key].span() for key in ("stage", "took_place_on", "terms") if key in about]
        cue = next((count.cue for count in group if count.cue is not None), None)
        if direction is not None and cue is not None:
            confidence = 0.6 if cue.weak else 0.9
            meaning = "who received the people counted"
            quote = text[cue.start : cue.end]
            directions.append(
                Proposed(
                    figure="direction",
                    value=direction,
                    meaning=meaning,
                    start=cue.start,
                    end=cue.end,
                    quote=quote,
                    confidence=confidence,
                )
            )
            shared.append(directions[-1].span())
        day = about["took_place_on"].value if "took_place_on" in about else None
        claims.append(
            ProposedClaim(
                stage=stage,
                direction=direction,
                took_place_on=day if isinstance(day, date) else _first_of(day),
                took_place_precision="month" if isinstance(day, str) else None,
                **_by_form(group),
                unit=unit,
                spans=(*shared, *(proposed(count).span() for count in group)),
            )
        )
    return tuple(claims), directions


def _by_form(group: list[Headcount]) -> dict[str, Any]:
    """A claim's figures sorted by form: exact and delivered, approximate or bounded, planned."""
    figures: dict[str, int] = {}
    bounds: dict[str, Bound] = {}
    planned: dict[str, int | Bound] = {}
    added: dict[str, int] = {}
    within = {count.key: count.within for count in group if count.within and not count.reading.planned}
    for count in group:
        bound = count.reading.bound
        if count.reading.in_addition and bound is None:
            added[count.key] = count.value
        elif count.reading.planned:
            planned[count.key] = bound if bound is not None else count.value
        elif bound is not None:
            bounds[count.key] = bound
        else:
            figures[count.key] = count.value
    return {"figures": figures, "bounds": bounds, "planned": planned, "added": added, "within": within}


def _first_of(month: object) -> date | None:
    """'2025-05', a month the text names without a day, as its first day (the claim keeps its precision)."""
    return date.fromisoformat(f"{month}-01") if isinstance(month, str) else None
