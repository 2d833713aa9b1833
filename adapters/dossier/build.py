"""Turns a dossier's entries into the domain's plan: source keys resolved, directions and terms read."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from adapters.dossier.errors import EntryError, EntryPath
from adapters.dossier.messages import entry_errors
from adapters.dossier.schema import (
    AtLeast,
    BreakdownsValue,
    ClaimEntry,
    DossierEntry,
    FiguresEntry,
    SubsetForm,
    SubsetsValue,
    TermsValue,
    quantity,
)
from domain.application import ExchangePlan
from domain.exchange import Agreement, Claim
from domain.figures import Breakdown, Direction, Figures, Source, Subset, Target, Terms

Model = TypeVar("Model", bound=BaseModel)


def build_plan(dossier: DossierEntry) -> ExchangePlan:
    """The plan a dossier describes; refuses unknown source keys and directions naming no party."""
    exchange, sources = dossier.exchange, dossier.sources
    parties = _parties(exchange.parties)
    agreement = _made(
        Agreement,
        ("exchange",),
        slug=exchange.id,
        title=exchange.title,
        parties=parties,
        terms=_terms(exchange.terms, parties, ("exchange", "terms")),
        unit=exchange.unit,
        agreed_on=exchange.agreed_on,
        venue=exchange.venue,
        source=_source(exchange.source, sources, ("exchange", "source")),
        announced_at=exchange.announced_at,
    )
    claims = tuple(_claim(claim, sources, parties, ("claims", index)) for index, claim in enumerate(dossier.claims))
    completions = tuple(_source(ref, sources, ("completion", index)) for index, ref in enumerate(dossier.completion))
    return ExchangePlan(agreement=agreement, claims=claims, completions=completions)


def _parties(parties: tuple[str, str]) -> tuple[str, str]:
    if parties[0].casefold() == parties[1].casefold():
        raise EntryError(("exchange", "parties"), f"an exchange has two different parties, not {parties[0]} twice")
    return parties


def _claim(claim: ClaimEntry, sources: Mapping[str, Source], parties: tuple[str, str], path: EntryPath) -> Claim:
    return _made(
        Claim,
        path,
        stage=None if claim.stage == "all" else claim.stage,
        direction=_direction(claim.direction, parties, (*path, "direction")),
        source=_source(claim.source, sources, (*path, "source")),
        figures=_figures(claim.figures, (*path, "figures")),
        took_place_on=claim.took_place_on,
        note=claim.note,
        provenance=claim.provenance,
    )


def _source(ref: str | Source, sources: Mapping[str, Source], path: EntryPath) -> Source:
    if isinstance(ref, Source):
        return ref
    if ref in sources:
        return sources[ref]
    known = f"the keys under sources are {', '.join(sources)}" if sources else "this dossier has no sources: section"
    raise EntryError(path, f"unknown source {ref!r}: {known}; or write the source here with name and tier")


def _direction(text: str, parties: tuple[str, str], path: EntryPath) -> Direction:
    """Read a direction; 'to <party>' must name one of the exchange's parties (in any letter case)."""
    try:
        direction = Direction.parse(text)
    except ValueError:
        raise EntryError(path, f"unknown direction {text!r}; write {_choices(parties)}") from None
    if direction.party is None:
        return direction
    for party in parties:
        if party.casefold() == direction.party.casefold():
            return Direction.to(party)
    raise EntryError(path, f"{direction.party} is not a party to this exchange; write {_choices(parties)}")


def _choices(parties: tuple[str, str]) -> str:
    return f"to {parties[0]}, to {parties[1]}, each side or combined"


def _terms(terms: TermsValue, parties: tuple[str, str], path: EntryPath) -> Terms:
    if isinstance(terms, str):
        return Terms(targets=dict.fromkeys(parties, Target(kind="unspecified")))
    targets: dict[str, Target] = {}
    for key, value in terms.items():
        direction = _direction(key, parties, (*path, key))
        if direction.kind == "combined":
            raise EntryError((*path, key), f"terms set a target per party; write each side or to {parties[0]}")
        receivers = parties if direction.party is None else (direction.party,)
        for party in receivers:
            if party in targets:
                raise EntryError((*path, key), f"the target for {party} is already set")
            targets[party] = _target(value)
    return Terms(targets=targets)


def _target(value: int | str | AtLeast) -> Target:
    if isinstance(value, AtLeast):
        return Target(kind="at_least", count=value.at_least)
    if isinstance(value, int):
        return Target(kind="exactly", count=value)
    return Target(kind="unspecified")


def build_figures(figures: FiguresEntry, path: EntryPath = ()) -> Figures:
    """The domain's figures for one `figures` entry; what Figures refuses is refused at `path`."""
    return _figures(figures, path)


def _figures(figures: FiguresEntry, path: EntryPath) -> Figures:
    return _made(
        Figures,
        path,
        total=quantity(figures.total),
        cumulative=quantity(figures.cumulative),
        breakdowns=_breakdowns(figures.breakdowns, (*path, "breakdowns")),
        subsets=_subsets(figures.subsets),
        qualitative=figures.qualitative,
    )


def _breakdowns(value: BreakdownsValue, path: EntryPath) -> tuple[Breakdown, ...]:
    if isinstance(value, tuple):
        return value
    found = []
    for dimension, parts in value.items():
        if isinstance(parts, dict):
            counts = {part: quantity(count) for part, count in parts.items()}
            found.append(_made(Breakdown, (*path, dimension), dimension=dimension, parts=counts))
        else:
            counts = {part: quantity(count) for part, count in parts.parts.items()}
            fields = {"complete": parts.complete, "within": parts.within}
            found.append(_made(Breakdown, (*path, dimension), dimension=dimension, parts=counts, **fields))
    return tuple(found)


def _subsets(value: SubsetsValue) -> tuple[Subset, ...]:
    if isinstance(value, tuple):
        return value
    return tuple(
        Subset(name=name, count=quantity(count.count), within=count.within)
        if isinstance(count, SubsetForm)
        else Subset(name=name, count=quantity(count))
        for name, count in value.items()
    )


def _made(model: type[Model], path: EntryPath, **fields: Any) -> Model:
    """Build a domain object; its own rules (a claim states a figure...) are refused at `path`."""
    try:
        return model.model_validate(fields)
    except ValidationError as error:
        raise entry_errors(error, fields, path)[0] from None
