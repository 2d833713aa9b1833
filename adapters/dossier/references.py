"""What a dossier's entries name, read against the dossier: sources by their key, directions among the exchange's two
parties, and the origins of the sources they use."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from adapters.dossier.errors import EntryError, EntryPath
from adapters.dossier.schema import CompletionEntry, CompletionValue, DossierEntry
from domain.figures import Direction, Source
from domain.sources import origin_problem


def two_parties(parties: tuple[str, str]) -> tuple[str, str]:
    """The exchange's parties, refused when they are one party written twice."""
    if parties[0].casefold() == parties[1].casefold():
        raise EntryError(("exchange", "parties"), f"an exchange has two different parties, not {parties[0]} twice")
    return parties


def check_origins(dossier: DossierEntry, parties: tuple[str, str]) -> None:
    """Every source the dossier uses is known, and its origin's party is a party, a mediator or the media."""
    exchange, sources = dossier.exchange, dossier.sources
    refs = [
        (exchange.source, ("exchange", "source")),
        *((claim.source, ("claims", index, "source")) for index, claim in enumerate(dossier.claims)),
        *(_completion_ref(item, index) for index, item in enumerate(dossier.completion)),
        *((entry.source, ("terms", index, "source")) for index, entry in enumerate(dossier.terms)),
    ]
    # A source key is checked once, at its first use: a large dossier names the same few sources in every claim.
    first_uses: dict[object, tuple[str | Source, EntryPath]] = {}
    for ref, path in refs:
        first_uses.setdefault(ref if isinstance(ref, str) else id(ref), (ref, path))
    for ref, path in first_uses.values():
        _check_origin(source_named(ref, sources, path), ref, path, parties, exchange.mediators)


def _completion_ref(item: CompletionValue, index: int) -> tuple[str | Source, EntryPath]:
    """A `completion` item's source and where it is written: the item itself, or its `source` key."""
    if isinstance(item, CompletionEntry):
        return item.source, ("completion", index, "source")
    return item, ("completion", index)


def _check_origin(
    source: Source, ref: str | Source, path: EntryPath, parties: tuple[str, str], mediators: tuple[str, ...]
) -> None:
    """An origin's party is a party, a mediator or the media: refused at the origin's own line."""
    problem = origin_problem(source, parties, mediators)
    if problem:
        where = ("sources", ref, "origin") if isinstance(ref, str) else (*path, "origin")
        raise EntryError(where, problem)


def source_named(ref: str | Source, sources: Mapping[str, Source], path: EntryPath) -> Source:
    """The source a key of `sources` names, or the source written out in full at `path`."""
    if isinstance(ref, Source):
        return ref
    if ref in sources:
        return sources[ref]
    known = f"the keys under sources are {', '.join(sources)}" if sources else "this dossier has no sources: section"
    raise EntryError(path, f"unknown source {ref!r}: {known}; or write the source here with name and tier")


def direction_named(text: str, parties: tuple[str, str], path: EntryPath) -> Direction:
    """Read a direction; 'to <party>' must name one of the exchange's parties (in any letter case)."""
    direction = _read_direction(text, parties)
    if isinstance(direction, str):
        raise EntryError(path, direction)
    return direction


@lru_cache(maxsize=64)
def _read_direction(text: str, parties: tuple[str, str]) -> Direction | str:
    """The direction `text` names among `parties`, or what is wrong with it. Kept, because every claim names one of
    the same few directions; a Direction is frozen, so claims may share one."""
    try:
        direction = Direction.parse(text)
    except ValueError:
        return f"unknown direction {text!r}; write {_choices(parties)}"
    if direction.party is None:
        return direction
    for party in parties:
        if party.casefold() == direction.party.casefold():
            return Direction.to(party)
    return f"{direction.party} is not a party to this exchange; write {_choices(parties)}"


def _choices(parties: tuple[str, str]) -> str:
    return f"to {parties[0]}, to {parties[1]}, each side or combined"
