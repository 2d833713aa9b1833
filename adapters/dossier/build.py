"""Turns a dossier's entries into the domain's plan: the agreement, each claim, and what is said besides the claims
(references are read in references.py, terms and completions in statements.py)."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import ValidationError

from adapters.dossier.claim_figures import build_figures, figures_data, made
from adapters.dossier.errors import EntryPath
from adapters.dossier.groups import refuse_unknown_bases, refuse_unknown_parts
from adapters.dossier.references import check_origins, direction_named, source_named, two_parties
from adapters.dossier.schema import ClaimEntry, DossierEntry
from adapters.dossier.statements import agreed_terms, completion_sources, terms_statement, unit_completions
from domain.exchange import Agreement, Claim
from domain.figures import Figures, NumberNote, Source
from domain.plans import ExchangePlan


def build_plan(dossier: DossierEntry) -> ExchangePlan:
    """The plan a dossier describes; refuses unknown source keys and directions naming no party."""
    exchange, sources = dossier.exchange, dossier.sources
    parties = two_parties(exchange.parties)
    check_origins(dossier, parties)
    agreement = made(
        Agreement,
        ("exchange",),
        slug=exchange.id,
        title=exchange.title,
        parties=parties,
        terms=agreed_terms(exchange.terms, parties, ("exchange", "terms")),
        unit=exchange.unit,
        agreed_on=exchange.agreed_on,
        venue=exchange.venue,
        source=source_named(exchange.source, sources, ("exchange", "source")),
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
        terms_statement(
            entry, source_named(entry.source, sources, ("terms", index, "source")), parties, ("terms", index)
        )
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


def _claims(claim: ClaimEntry, sources: Mapping[str, Source], parties: tuple[str, str], path: EntryPath) -> list[Claim]:
    """One entry's claims: what was delivered and what was planned are two claims of the same source."""
    given = [(figures, planned) for figures, planned in ((claim.figures, False), (claim.planned, True)) if figures]
    common = {
        "stage": None if claim.stage == "all" else claim.stage,
        "direction": direction_named(claim.direction, parties, (*path, "direction")),
        "source": source_named(claim.source, sources, (*path, "source")),
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
