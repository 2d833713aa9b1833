"""What a dossier says besides its claims, for the domain: the agreed terms and their targets, statements of the
terms by source, and who declared the exchange (or a unit of it) complete, denied it or said it continues."""

from __future__ import annotations

from collections.abc import Mapping

from adapters.dossier.claim_figures import made
from adapters.dossier.count_entries import TargetForm
from adapters.dossier.errors import EntryError, EntryPath
from adapters.dossier.references import direction_named, source_named
from adapters.dossier.schema import NOT_ANNOUNCED_PHRASE, CompletionEntry, CompletionValue, TermsEntry, TermsValue
from domain.exchange import TermsStatement
from domain.figures import Source, Target, Terms
from domain.plans import UnitCompletion


def agreed_terms(terms: TermsValue, parties: tuple[str, str], path: EntryPath) -> Terms:
    """The agreement's terms: not announced, all for all, or a target per party."""
    if terms == NOT_ANNOUNCED_PHRASE:
        return Terms(targets={})
    if isinstance(terms, str):
        return Terms(targets=dict.fromkeys(parties, Target(kind="unspecified")))
    targets: dict[str, Target] = {}
    for key, value in terms.items():
        direction = direction_named(key, parties, (*path, key))
        if direction.kind == "combined":
            raise EntryError((*path, key), f"terms set a target per party; write each side or to {parties[0]}")
        receivers = parties if direction.party is None else (direction.party,)
        for party in receivers:
            if party in targets:
                raise EntryError((*path, key), f"the target for {party} is already set")
            targets[party] = build_target(value)
    return Terms(targets=targets)


def terms_statement(entry: TermsEntry, source: Source, parties: tuple[str, str], path: EntryPath) -> TermsStatement:
    """One statement of the terms; targets are read like the agreement's."""
    targets: dict[str, Target] = {}
    if entry.each_side is not None:
        targets = dict.fromkeys(parties, build_target(entry.each_side))
    for key, value in entry.per_direction.items():
        direction = direction_named(key, parties, (*path, "per_direction", key))
        if direction.party is None:
            raise EntryError((*path, "per_direction", key), f"write to {parties[0]} or to {parties[1]}")
        targets[direction.party] = build_target(value)
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


def build_target(value: int | str | TargetForm) -> Target:
    """The domain's target for a target written as a dossier writes it: 1000, {at_least: 50}, {about: 1200} or all."""
    if isinstance(value, TargetForm):
        return value.target()
    if isinstance(value, int):
        return Target(kind="exactly", count=value)
    return Target(kind="unspecified")


def completion_sources(
    items: tuple[CompletionValue, ...], sources: Mapping[str, Source]
) -> dict[str, tuple[Source, ...]]:
    """The sources of `completion`, by what they said: declared, denied or continuing."""
    said: dict[str, list[Source]] = {"declared": [], "denied": [], "continuing": []}
    for index, item in enumerate(items):
        if isinstance(item, CompletionEntry) and item.unit is not None:
            continue
        if isinstance(item, CompletionEntry):
            said[item.says].append(source_named(item.source, sources, ("completion", index, "source")))
        else:
            said["declared"].append(source_named(item, sources, ("completion", index)))
    return {says: tuple(found) for says, found in said.items()}


def unit_completions(items: tuple[CompletionValue, ...], sources: Mapping[str, Source]) -> tuple[UnitCompletion, ...]:
    """The items of `completion` that name the unit they speak of."""
    return tuple(
        UnitCompletion(
            source=source_named(item.source, sources, ("completion", index, "source")), unit=item.unit, says=item.says
        )
        for index, item in enumerate(items)
        if isinstance(item, CompletionEntry) and item.unit is not None
    )
