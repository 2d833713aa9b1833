"""A proposed extraction as an editable dossier: what the text states, with `unknown` where a person must write."""

from __future__ import annotations

from typing import Any

from adapters.dossier.dump import dossier_document, render_document
from adapters.dossier.schema import FORMATS
from adapters.extract import version2
from adapters.extract.extractor import UNKNOWN
from adapters.extract.model import Extraction, ProposedClaim
from adapters.extract.options import Recording as Recording  # re-exported: a snippet is written for a recording
from domain.exchange import Agreement, Claim, Provenance, Span
from domain.figures import Amount, Breakdown, Direction, Figures, Source, Subset, Target, Terms, Tier
from domain.plans import ExchangePlan

_COMPLETE_WITH = {"service": {"military", "civilian"}, "sex": {"men", "women"}}


def snippet(extraction: Extraction, recording: Recording, name: str = "the text") -> str:
    """The proposed claims as a YAML dossier with provenance; anything not stated reads `unknown` until written.

    Always the current format, version 2, which a person may then extend with anything it holds (an origin, a
    range): version 1 is kept only for files written before it."""
    document = dossier_document(plan_of(extraction, recording))
    document["format"] = FORMATS[-1]
    _mark_unknowns(document, extraction, recording)
    notes = [f"Proposed by recon extract from {name}: check every figure against the text, then recon import."]
    notes += [message[:1].upper() + message[1:] + "." for message in extraction.messages[1:]]
    notes += [
        f"Not taken, {claim.direction or UNKNOWN}: {line}."
        for claim in extraction.claims
        for line in version2.not_held(claim)
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
    planned_at = {figure.start for figure in extraction.figures if figure.planned}
    claims = [
        _claim(proposal, recording, source, extraction.text_sha256, planned_at, planned)
        for proposal, planned in _written(extraction)
    ]
    notes = version2.notes_of(extraction)
    if claims and notes:
        claims[0] = claims[0].model_copy(update={"notes": notes})
    return ExchangePlan(agreement=agreement, claims=tuple(claims))


def recordable(extraction: Extraction) -> tuple[ProposedClaim, ...]:
    """The claims with a figure a dossier can hold: delivered (exact or not, or a group in addition) or planned."""
    return tuple(claim for claim, _ in _written(extraction))


def _written(extraction: Extraction) -> list[tuple[ProposedClaim, bool]]:
    """Each dossier claim the extraction gives, in order: a proposal's delivered figures, then its planned ones."""
    written = []
    for claim in extraction.claims:
        if version2.delivered(claim) or version2.added(claim):
            written.append((claim, False))
        if claim.planned:
            written.append((claim, True))
    return written


def _terms(value: object, parties: tuple[str, str]) -> Terms:
    target = Target(kind="exactly", count=value) if isinstance(value, int) else Target(kind="unspecified")
    return Terms(targets=dict.fromkeys(parties, target))


def _claim(
    claim: ProposedClaim, recording: Recording, source: Source, digest: str, planned_at: set[int], planned: bool
) -> Claim:
    values = version2.planned(claim) if planned else version2.delivered(claim)
    added = {} if planned else version2.added(claim)
    keys = {*values, *added} | ({"total"} if version2.EXCHANGED in values else set())
    spans = tuple(
        _relabelled(span, values) for span in claim.spans if _held(span, keys, planned, span.start in planned_at)
    )
    return Claim(
        stage=_stage_of(claim, recording),
        direction=Direction.parse(claim.direction) if claim.direction else Direction(kind="combined"),
        source=source,
        figures=figures_of(values, added, {} if planned else claim.within),
        took_place_on=claim.took_place_on,
        took_place_precision=claim.took_place_precision,
        provenance=Provenance(text_sha256=digest, spans=spans),
        planned=planned,
        unit="bodies" if claim.unit == "bodies" else None,
    )


def _stage_of(claim: ProposedClaim, recording: Recording) -> int | None:
    """The stage given with --stage is the statement's own; a stage on an earlier day it names keeps its own."""
    return claim.stage if claim.earlier else recording.stage or claim.stage


def _held(span: Span, keys: set[str], planned: bool, planned_span: bool) -> bool:
    if span.figure in ("stage", "took_place_on", "terms", "direction"):
        return True
    return span.figure in keys and planned == planned_span


def _relabelled(span: Span, values: dict[str, int | Amount]) -> Span:
    """The words of the count exchanged, once groups in addition make the claim's total the total in all."""
    if span.figure == "total" and version2.EXCHANGED in values:
        return span.model_copy(update={"figure": version2.EXCHANGED})
    return span


def figures_of(
    values: dict[str, int | Amount], added: dict[str, int] | None = None, within: dict[str, str] | None = None
) -> Figures:
    """Figures keyed as the extractor proposes them ('sex:women', 'subset:mariupol_defenders') as a claim's, with the
    groups counted in addition to the total and those drawn from another group or branch part."""
    parts: dict[str, dict[str, int | Amount]] = {}
    subsets = []
    for key, count in values.items():
        kind, _, name = key.partition(":")
        if kind == "subset":
            base = (within or {}).get(key)
            subsets.append(Subset(name=name, count=count, within=base.partition(":")[2] if base else None))
        elif name:
            parts.setdefault(kind, {})[name] = count
    subsets += [
        Subset(name=key.partition(":")[2], count=count, relation="in_addition") for key, count in (added or {}).items()
    ]
    breakdowns = tuple(
        Breakdown(
            dimension=dimension,
            parts=found,
            complete=set(found) == _COMPLETE_WITH.get(dimension) and not any(map(_a_bound, found.values())),
            within=_base_of(dimension, parts),
        )
        for dimension, found in parts.items()
    )
    return Figures(
        total=values.get("total"), cumulative=values.get("cumulative"), breakdowns=breakdowns, subsets=tuple(subsets)
    )


def _base_of(dimension: str, parts: dict[str, dict[str, int | Amount]]) -> str | None:
    """Branches divide the servicemen when the claim counts them; else the total (a version 2 dossier refuses a
    base that no figure of the stage states)."""
    return "military" if dimension == "branch" and "military" in parts.get("service", {}) else None


def _a_bound(count: int | Amount) -> bool:
    """'At least 1,601 civilians' cannot make up a whole with the other part: the breakdown is then partial."""
    return isinstance(count, Amount) and count.form in ("at_least", "at_most")


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
        if _stage_of(claim, recording) is None:
            document_claim = {"stage": UNKNOWN, **entry}
            entry.clear()
            entry.update(document_claim)
