"""Turns a dossier's entries into the domain's plan: source keys resolved, directions and terms read."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from pydantic import ValidationError

from adapters.dossier.claim_figures import build_figures, figures_data, made
from adapters.dossier.count_entries import TargetForm
from adapters.dossier.errors import EntryError, EntryPath
from adapters.dossier.groups import refuse_unknown_bases, refuse_unknown_parts
from adapters.dossier.schema import (
    NOT_ANNOUNCED_PHRASE,
    ClaimEntry,
    CompletionEntry,
    CompletionValue,
    DossierEntry,
    TermsEntry,
    TermsValue,
)
from domain.exchange import Agreement, Claim, TermsStatement
from domain.figures import Direction, Figures, NumberNote, Source, Target, Terms
from domain.plans import ExchangePlan, UnitCompletion
from domain.sources import origin_problem


def build_plan(dossier: DossierEntry) -> ExchangePlan:
    """The plan a dossier describes; refuses unknown source keys and directions naming no party."""
    exchange, sources = dossier.exchange, dossier.sources
    parties = _parties(exchange.parties)
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
        _check_origin(_source(ref, sources, path), ref, path, parties, exchange.mediators)
    agreement = made(
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
        mediators=exchange.mediators,
    )
    claims = tuple(
        built
        for index, claim in enumerate(dossier.claims)
        for built in _claims(claim, sources, parties, ("claims", index))
    )
    if dossier.format != "recon-dossier/1":  # version 1 files keep their meaning: a base no claim states is let be
        refuse_unknown_bases(dossier.claims)
        refuse_unknown_parts(dossier.claims)
    said = completion_sources(dossier.completion, sources)
    terms = tuple(
        terms_statement(entry, _source(entry.source, sources, ("terms", index, "source")), parties, ("terms", index))
        for index, entry in enumerate(dossier.terms)
    )
    return ExchangePlan(
        agreement=agreement,
        claims=claims,
        completions=said["declared"],
        denials=said["denied"],
        continuing=said["continuing"],
        by_unit=unit_completions(dossier.completion, sources),
        terms=terms,
    )


def _completion_ref(item: CompletionValue, index: int) -> tuple[str | Source, EntryPath]:
    """A `completion` item's source and where it is written: the item itself, or its `source` key."""
    if isinstance(item, CompletionEntry):
        return item.source, ("completion", index, "source")
    return item, ("completion", index)


def completion_sources(
    items: tuple[CompletionValue, ...], sources: Mapping[str, Source]
) -> dict[str, tuple[Source, ...]]:
    """The sources of `completion`, by what they said: declared, denied or continuing."""
    said: dict[str, list[Source]] = {"declared": [], "denied": [], "continuing": []}
    for index, item in enumerate(items):
        if isinstance(item, CompletionEntry) and item.unit is not None:
            continue
        if isinstance(item, CompletionEntry):
            said[item.says].append(_source(item.source, sources, ("completion", index, "source")))
        else:
            said["declared"].append(_source(item, sources, ("completion", index)))
    return {says: tuple(found) for says, found in said.items()}


def unit_completions(items: tuple[CompletionValue, ...], sources: Mapping[str, Source]) -> tuple[UnitCompletion, ...]:
    """The items of `completion` that name the unit they speak of."""
    return tuple(
        UnitCompletion(
            source=_source(item.source, sources, ("completion", index, "source")), unit=item.unit, says=item.says
        )
        for index, item in enumerate(items)
        if isinstance(item, CompletionEntry) and item.unit is not None
    )


def terms_statement(entry: TermsEntry, source: Source, parties: tuple[str, str], path: EntryPath) -> TermsStatement:
    """One statement of the terms; targets are read like the agreement's."""
    targets: dict[str, Target] = {}
    if entry.each_side is not None:
        targets = dict.fromkeys(parties, _target(entry.each_side))
    for key, value in entry.per_direction.items():
        direction = _direction(key, parties, (*path, "per_direction", key))
        if direction.party is None:
            raise EntryError((*path, "per_direction", key), f"write to {parties[0]} or to {parties[1]}")
        targets[direction.party] = _target(value)
    return made(
        TermsStatement,
        path,
        source=source,
        form=entry.form,
        unit=entry.unit,
        targets=targets,
        combined=entry.combined,
        parts=entry.parts,
        says=entry.says,
    )


def _check_origin(
    source: Source, ref: str | Source, path: EntryPath, parties: tuple[str, str], mediators: tuple[str, ...]
) -> None:
    """An origin's party is a party, a mediator or the media: refused at the origin's own line."""
    problem = origin_problem(source, parties, mediators)
    if problem:
        where = ("sources", ref, "origin") if isinstance(ref, str) else (*path, "origin")
        raise EntryError(where, problem)


def _parties(parties: tuple[str, str]) -> tuple[str, str]:
    if parties[0].casefold() == parties[1].casefold():
        raise EntryError(("exchange", "parties"), f"an exchange has two different parties, not {parties[0]} twice")
    return parties


def _claims(claim: ClaimEntry, sources: Mapping[str, Source], parties: tuple[str, str], path: EntryPath) -> list[Claim]:
    """One entry's claims: what was delivered and what was planned are two claims of the same source."""
    given = [(figures, planned) for figures, planned in ((claim.figures, False), (claim.planned, True)) if figures]
    common = {
        "stage": None if claim.stage == "all" else claim.stage,
        "direction": _direction(claim.direction, parties, (*path, "direction")),
        "source": _source(claim.source, sources, (*path, "source")),
        "took_place_on": claim.took_place_on,
        "note": claim.note,
        "provenance": claim.provenance,
        "unit": claim.unit,
        "notes": tuple(NumberNote(value=note.value, meaning=note.meaning, counts=note.counts) for note in claim.notes),
        "mediated_by": claim.mediated_by,
        "origin_gave_no": claim.origin_gave_no,
    }
    if not given:
        # A stage that took place and whose headcount nobody gave: recorded, never counted as zero.
        return [made(Claim, path, figures=Figures(unstated=True), **common)]
    try:
        return [Claim.model_validate({**common, "figures": figures_data(f), "planned": p}) for f, p in given]
    except ValidationError:
        pass  # built again part by part below, which names the entry at fault
    return [
        made(
            Claim,
            path,
            figures=build_figures(figures, (*path, "planned" if planned else "figures")),
            planned=planned,
            **common,
        )
        for figures, planned in given
    ]


def _source(ref: str | Source, sources: Mapping[str, Source], path: EntryPath) -> Source:
    if isinstance(ref, Source):
        return ref
    if ref in sources:
        return sources[ref]
    known = f"the keys under sources are {', '.join(sources)}" if sources else "this dossier has no sources: section"
    raise EntryError(path, f"unknown source {ref!r}: {known}; or write the source here with name and tier")


def _direction(text: str, parties: tuple[str, str], path: EntryPath) -> Direction:
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


def _terms(terms: TermsValue, parties: tuple[str, str], path: EntryPath) -> Terms:
    if terms == NOT_ANNOUNCED_PHRASE:
        return Terms(targets={})
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


def build_target(value: int | str | TargetForm) -> Target:
    """The domain's target for a target written as a dossier writes it: 1000, {at_least: 50}, {about: 1200} or all."""
    return _target(value)


def _target(value: int | str | TargetForm) -> Target:
    if isinstance(value, TargetForm):
        return value.target()
    if isinstance(value, int):
        return Target(kind="exactly", count=value)
    return Target(kind="unspecified")
