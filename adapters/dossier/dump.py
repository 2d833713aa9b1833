"""Writes an exchange plan as a dossier in YAML, in the same shorthands a person would use."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

import yaml

from adapters.dossier.dump_figures import written_figures, written_target
from adapters.dossier.dump_style import Dumper, Inline, InlineMapping
from adapters.dossier.dump_version import uses_version_2
from adapters.dossier.schema import EACH_SIDE_PHRASE, FORMAT, FORMATS, NOT_ANNOUNCED_PHRASE
from domain.exchange import Agreement, Claim, Provenance, TermsStatement
from domain.figures import Figures, Source, Terms
from domain.plans import ExchangePlan, UnitCompletion


def dump_dossier(plan: ExchangePlan, suffix: str = ".yaml") -> str:
    """The plan as a YAML (or, with suffix '.json', JSON) dossier that load_dossier reads back into an equal plan."""
    return render_document(dossier_document(plan), suffix)


def dossier_document(plan: ExchangePlan) -> dict[str, Any]:
    """The plan as the plain data of a dossier, in the short forms a person writes, ready to render."""
    keys = _source_keys(plan)
    document: dict[str, Any] = {
        "format": _format(plan),
        "exchange": _exchange(plan.agreement, keys),
        "sources": {key: _source(source) for source, key in keys.items()},
        "claims": [_claim(claim, keys) for claim in plan.claims],
    }
    completion: list[Any] = [keys[source] for source in plan.completions]
    completion += [InlineMapping(source=keys[source], says="denied") for source in plan.denials]
    completion += [InlineMapping(source=keys[source], says="continuing") for source in plan.continuing]
    completion += [_unit_completion(said, keys) for said in plan.by_unit]
    if completion:
        document["completion"] = completion
    if plan.terms:
        document["terms"] = [_statement(statement, keys, plan.agreement.parties) for statement in plan.terms]
    return document


def _unit_completion(said: UnitCompletion, keys: Mapping[Source, str]) -> InlineMapping:
    """`{source: tass, unit: bodies}`, with `says` when it is not a declaration."""
    if said.says == "declared":
        return InlineMapping(source=keys[said.source], unit=said.unit)
    return InlineMapping(source=keys[said.source], says=said.says, unit=said.unit)


def _format(plan: ExchangePlan) -> str:
    """Version 1 unless the plan says something only version 2 can hold."""
    return FORMATS[-1] if uses_version_2(plan) else FORMAT


def _statement(statement: TermsStatement, keys: dict[Source, str], parties: tuple[str, str]) -> dict[str, Any]:
    targets = statement.targets
    shared = statement.form == "each_side" or (
        set(targets) == set(parties) and targets[parties[0]] == targets[parties[1]]
    )
    entry: dict[str, Any] = {
        "source": keys[statement.source],
        "form": statement.form,
        "unit": statement.unit if statement.unit != "people" else None,
        "says": statement.says,
        "each_side": written_target(targets[parties[0]]) if targets and shared else None,
        "per_direction": {f"to {p}": written_target(t) for p, t in targets.items()} if targets and not shared else None,
        "combined": statement.combined,
        "parts": list(statement.parts) or None,
    }
    return {key: value for key, value in entry.items() if value is not None}


def render_document(document: dict[str, Any], suffix: str = ".yaml") -> str:
    """A dossier's data as YAML (or, with suffix '.json', JSON)."""
    if suffix == ".json":
        return json.dumps(document, indent=2, ensure_ascii=False, default=_iso) + "\n"
    return yaml.dump(document, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120)


def figures_inline(figures: Figures) -> str:
    """A claim's figures on one line, as `recon correct --figures` and the page's correction field take them."""
    return yaml.dump(
        written_figures(figures),
        Dumper=Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=True,
        width=10**6,
    ).strip()


def _iso(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} has no place in a dossier")


def _source_keys(plan: ExchangePlan) -> dict[Source, str]:
    """A short, unique key for every distinct source, in order of first use."""
    keys: dict[Source, str] = {}
    said = (*plan.completions, *plan.denials, *plan.continuing, *(statement.source for statement in plan.terms))
    said += tuple(item.source for item in plan.by_unit)
    for source in (plan.agreement.source, *(claim.source for claim in plan.claims), *said):
        if source not in keys:
            keys[source] = _unused_key(source, set(keys.values()))
    return keys


def _unused_key(source: Source, taken: set[str]) -> str:
    key = _slug(source.name)
    if key in taken and source.published is not None:
        key = f"{key}-{source.published:%Y-%m-%d}"
    base, number = key, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    return key


def _slug(text: str) -> str:
    return re.sub(r"\W+", "-", text.casefold().replace("'", "")).strip("-_") or "source"


def _exchange(agreement: Agreement, keys: dict[Source, str]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": agreement.slug,
        "title": agreement.title,
        "parties": Inline(agreement.parties),
        "terms": _terms(agreement.terms, agreement.parties),
        "unit": agreement.unit,
        "agreed_on": agreement.agreed_on,
        "venue": agreement.venue,
        "source": keys[agreement.source],
        "announced_at": agreement.announced_at,
        "mediators": Inline(agreement.mediators) if agreement.mediators else None,
    }
    return {key: value for key, value in entry.items() if value is not None}


def _terms(terms: Terms, parties: tuple[str, str]) -> str | dict[str, Any]:
    targets = terms.targets
    if not targets:
        return NOT_ANNOUNCED_PHRASE
    if set(targets) == set(parties) and targets[parties[0]] == targets[parties[1]]:
        shared = targets[parties[0]]
        return EACH_SIDE_PHRASE if shared.count is None else {"each side": written_target(shared)}
    return {f"to {party}": written_target(targets[party]) for party in parties if party in targets}


def _source(source: Source) -> dict[str, Any]:
    entry = {
        "name": source.name,
        "tier": source.tier.value,
        "origin": source.origin.label if source.origin else None,
        "relays": source.relays,
        "url": source.url,
        "published": source.published_as_written if source.published_precision else source.published,
    }
    return {key: value for key, value in entry.items() if value is not None}


def _claim(claim: Claim, keys: dict[Source, str]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "stage": claim.stage,
        "direction": claim.direction.label,
        "source": keys[claim.source],
        "took_place_on": claim.took_place_as_written if claim.took_place_precision else claim.took_place_on,
        "note": claim.note,
        "unit": claim.unit,
        "planned" if claim.planned else "figures": None if claim.figures.unstated else written_figures(claim.figures),
        "provenance": _provenance(claim.provenance),
        "notes": [InlineMapping(note.model_dump()) for note in claim.notes] or None,
        "mediated_by": Inline(claim.mediated_by) if claim.mediated_by else None,
        "origin_gave_no": Inline(claim.origin_gave_no) if claim.origin_gave_no else None,
    }
    return {key: value for key, value in entry.items() if value is not None}


def _provenance(provenance: Provenance | None) -> dict[str, Any] | None:
    """The statement's hash, then one line per span: {figure: total, start: 120, end: 123, quote: '390'}."""
    if provenance is None:
        return None
    spans = [InlineMapping(span.model_dump()) for span in provenance.spans]
    return {"text_sha256": provenance.text_sha256, "spans": spans}
