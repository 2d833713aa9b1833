"""A proposed extraction as an editable dossier: what the text states, with `unknown` where a person must write."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adapters.dossier.dump import dossier_document, render_document
from adapters.extract.extractor import UNKNOWN
from adapters.extract.model import Extraction, ProposedClaim
from domain.application import ExchangePlan
from domain.exchange import Agreement, Claim, Provenance
from domain.figures import Breakdown, Direction, Figures, Moment, Source, Subset, Target, Terms, Tier

_COMPLETE_WITH = {"service": {"military", "civilian"}, "sex": {"men", "women"}}


@dataclass(frozen=True)
class Recording:
    """What the reviewer says about the statement that its text does not: which exchange, stage, and source."""

    exchange: str | None = None
    stage: int | None = None
    source: str | None = None
    tier: Tier | None = None
    url: str | None = None
    published: Moment | None = None


def snippet(extraction: Extraction, recording: Recording, name: str = "the text") -> str:
    """The proposed claims as a YAML dossier with provenance; anything not stated reads `unknown` until written."""
    plan, document = plan_of(extraction, recording), None
    document = dossier_document(plan)
    _mark_unknowns(document, extraction, recording)
    notes = [f"Proposed by recon extract from {name}: check every figure against the text, then recon import."]
    notes += [message[:1].upper() + message[1:] + "." for message in extraction.messages[1:]]
    notes += [
        f"Not taken, {claim.direction or UNKNOWN}: {line} (recon-dossier/1 holds exact, delivered counts only)."
        for claim in extraction.claims
        for line in claim.not_held()
    ]
    return "".join(f"# {note}\n" for note in notes) + render_document(document)


def plan_of(extraction: Extraction, recording: Recording) -> ExchangePlan:
    """The exchange and claims the extraction proposes, with stand-ins where the text and reviewer are silent."""
    source = Source(
        name=recording.source or UNKNOWN,
        tier=recording.tier or Tier.OFFICIAL,
        url=recording.url,
        published=recording.published,
    )
    terms = extraction.terms.value if extraction.terms is not None else None
    agreement = Agreement(
        slug=recording.exchange or (f"{terms}-for-{terms}" if isinstance(terms, int) else UNKNOWN),
        title=f"{terms:,} for {terms:,}" if isinstance(terms, int) else "all for all" if terms else UNKNOWN,
        parties=extraction.parties,
        terms=_terms(terms, extraction.parties),
        source=source,
    )
    claims = tuple(_claim(claim, recording, source, extraction.text_sha256) for claim in recordable(extraction))
    return ExchangePlan(agreement=agreement, claims=claims)


def _held(figure: str, claim: ProposedClaim) -> bool:
    return figure in claim.figures or figure in ("stage", "took_place_on", "terms", "direction")


def recordable(extraction: Extraction) -> tuple[ProposedClaim, ...]:
    """The claims with at least one exact, delivered figure: the others have nothing a dossier can hold."""
    return tuple(claim for claim in extraction.claims if claim.figures)


def _terms(value: object, parties: tuple[str, str]) -> Terms:
    target = Target(kind="exactly", count=value) if isinstance(value, int) else Target(kind="unspecified")
    return Terms(targets=dict.fromkeys(parties, target))


def _claim(claim: ProposedClaim, recording: Recording, source: Source, digest: str) -> Claim:
    return Claim(
        stage=recording.stage or claim.stage,
        direction=Direction.parse(claim.direction) if claim.direction else Direction(kind="combined"),
        source=source,
        figures=figures_of(claim.figures),
        took_place_on=claim.took_place_on,
        provenance=Provenance(text_sha256=digest, spans=tuple(s for s in claim.spans if _held(s.figure, claim))),
    )


def figures_of(values: dict[str, int]) -> Figures:
    """Figures keyed as the extractor proposes them ('sex:women', 'subset:mariupol_defenders') as a claim's."""
    parts: dict[str, dict[str, int]] = {}
    subsets = []
    for key, count in values.items():
        kind, _, name = key.partition(":")
        if kind == "subset":
            subsets.append(Subset(name=name, count=count))
        elif name:
            parts.setdefault(kind, {})[name] = count
    breakdowns = tuple(
        Breakdown(
            dimension=dimension,
            parts=found,
            complete=set(found) == _COMPLETE_WITH.get(dimension),
            within="military" if dimension == "branch" else None,
        )
        for dimension, found in parts.items()
    )
    return Figures(
        total=values.get("total"), cumulative=values.get("cumulative"), breakdowns=breakdowns, subsets=tuple(subsets)
    )


def _mark_unknowns(document: dict[str, Any], extraction: Extraction, recording: Recording) -> None:
    """Write `unknown` where the text and the reviewer said nothing, so that importing refuses it until fixed."""
    if extraction.terms is None:
        document["exchange"]["terms"] = UNKNOWN
    if recording.source is None:
        document["sources"] = {}
        document["exchange"]["source"] = UNKNOWN
    elif recording.tier is None:
        for entry in document["sources"].values():
            entry["tier"] = UNKNOWN
    for entry, claim in zip(document["claims"], recordable(extraction), strict=True):
        if recording.source is None:
            entry["source"] = UNKNOWN
        if claim.direction is None:
            entry["direction"] = UNKNOWN
        if (recording.stage or claim.stage) is None:
            document_claim = {"stage": UNKNOWN, **entry}
            entry.clear()
            entry.update(document_claim)
