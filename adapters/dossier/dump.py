"""Writes an exchange plan as a dossier in YAML, in the same shorthands a person would use."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import yaml

from adapters.dossier.schema import EACH_SIDE_PHRASE, FORMAT, FORMATS, LONG_BREAKDOWN_KEYS
from domain.amounts import about_range
from domain.application import ExchangePlan
from domain.exchange import Agreement, Claim, Provenance
from domain.figures import Amount, Breakdown, Figures, Source, Subset, Target, Terms


class _Inline(list[Any]):
    """A short list written on one line: [Ukraine, Russia]."""


class _InlineMapping(dict[str, Any]):
    """A short mapping written on one line: {military: 270, civilian: 120}."""


class _Dumper(yaml.SafeDumper):
    """Block style with list items indented under their key, short collections on one line."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


_Dumper.add_representer(str, _represent_text)
_Dumper.add_representer(_Inline, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, True))
_Dumper.add_representer(
    _InlineMapping, lambda dumper, data: dumper.represent_mapping("tag:yaml.org,2002:map", data, True)
)


def dump_dossier(plan: ExchangePlan, suffix: str = ".yaml") -> str:
    """The plan as a YAML (or, with suffix '.json', JSON) dossier that load_dossier reads back into an equal plan."""
    return render_document(dossier_document(plan), suffix)


def dossier_document(plan: ExchangePlan) -> dict[str, Any]:
    """The plan as the plain data of a dossier, in the short forms a person writes, ready to render."""
    keys = _source_keys(plan)
    document: dict[str, Any] = {
        "format": _version(plan),
        "exchange": _exchange(plan.agreement, keys),
        "sources": {key: _source(source) for source, key in keys.items()},
        "claims": [_claim(claim, keys) for claim in plan.claims],
    }
    if plan.completions:
        document["completion"] = [keys[source] for source in plan.completions]
    return document


def render_document(document: dict[str, Any], suffix: str = ".yaml") -> str:
    """A dossier's data as YAML (or, with suffix '.json', JSON)."""
    if suffix == ".json":
        return json.dumps(document, indent=2, ensure_ascii=False, default=_iso) + "\n"
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)


def _iso(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} has no place in a dossier")


def _source_keys(plan: ExchangePlan) -> dict[Source, str]:
    """A short, unique key for every distinct source, in order of first use."""
    keys: dict[Source, str] = {}
    for source in (plan.agreement.source, *(claim.source for claim in plan.claims), *plan.completions):
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
        "parties": _Inline(agreement.parties),
        "terms": _terms(agreement.terms, agreement.parties),
        "unit": agreement.unit,
        "agreed_on": agreement.agreed_on,
        "venue": agreement.venue,
        "source": keys[agreement.source],
        "announced_at": agreement.announced_at,
    }
    return {key: value for key, value in entry.items() if value is not None}


def _terms(terms: Terms, parties: tuple[str, str]) -> str | dict[str, Any]:
    targets = terms.targets
    if set(targets) == set(parties) and targets[parties[0]] == targets[parties[1]]:
        shared = targets[parties[0]]
        return EACH_SIDE_PHRASE if shared.count is None else {"each side": _target(shared)}
    return {f"to {party}": _target(targets[party]) for party in parties if party in targets}


def _target(target: Target) -> int | str | dict[str, int]:
    if target.count is None:
        return "all"
    return target.count if target.kind == "exactly" else _InlineMapping(at_least=target.count)


def _source(source: Source) -> dict[str, Any]:
    entry = {
        "name": source.name,
        "tier": source.tier.value,
        "relays": source.relays,
        "url": source.url,
        "published": source.published,
    }
    return {key: value for key, value in entry.items() if value is not None}


def _claim(claim: Claim, keys: dict[Source, str]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "stage": claim.stage,
        "direction": claim.direction.label,
        "source": keys[claim.source],
        "took_place_on": claim.took_place_on,
        "note": claim.note,
        "figures": _figures(claim.figures),
        "provenance": _provenance(claim.provenance),
    }
    return {key: value for key, value in entry.items() if value is not None}


def _provenance(provenance: Provenance | None) -> dict[str, Any] | None:
    """The statement's hash, then one line per span: {figure: total, start: 120, end: 123, quote: '390'}."""
    if provenance is None:
        return None
    spans = [_InlineMapping(span.model_dump()) for span in provenance.spans]
    return {"text_sha256": provenance.text_sha256, "spans": spans}


def _version(plan: ExchangePlan) -> str:
    """Version 1 while every figure is an exact count, so that such dossiers read as they always did."""
    for claim in plan.claims:
        figures = claim.figures
        counts = [figures.total, figures.cumulative, *(s.count for s in figures.subsets)]
        counts += [count for breakdown in figures.breakdowns for count in breakdown.parts.values()]
        if figures.qualitative or any(isinstance(count, Amount) for count in counts):
            return FORMATS[1]
    return FORMAT


def _count(count: int | Amount | None) -> Any:
    """An exact count as a number; an Amount in the shortest form that reads back as the same Amount."""
    if not isinstance(count, Amount):
        return count
    if count.form == "range":
        return _InlineMapping(low=count.low, high=count.high)
    if count.form == "at_most":
        return _InlineMapping(up_to=count.high)
    if count.form == "at_least":
        said = count.stated if count.stated is not None else count.low
        return _InlineMapping(more_than=said) if said < count.low else _InlineMapping(at_least=said)
    if count.stated is not None and about_range(count.stated) == (count.low, count.high):
        return _InlineMapping(about=count.stated)
    return _InlineMapping(about=count.stated, low=count.low, high=count.high)


def _figures(figures: Figures) -> dict[str, Any]:
    entry: dict[str, Any] = {"total": _count(figures.total), "cumulative": _count(figures.cumulative)}
    if figures.breakdowns:
        entry["breakdowns"] = {breakdown.dimension: _breakdown(breakdown) for breakdown in figures.breakdowns}
    names = [subset.name for subset in figures.subsets]
    if len(set(names)) < len(names):
        entry["subsets"] = [_InlineMapping(subset.model_dump(exclude_none=True)) for subset in figures.subsets]
    elif figures.subsets:
        entry["subsets"] = {subset.name: _subset(subset) for subset in figures.subsets}
    if figures.qualitative:
        entry["qualitative"] = [
            _InlineMapping(item.model_dump(mode="json", exclude_defaults=True)) for item in figures.qualitative
        ]
    return {key: value for key, value in entry.items() if value is not None}


def _breakdown(breakdown: Breakdown) -> dict[str, Any]:
    parts = _InlineMapping({part: _count(count) for part, count in breakdown.parts.items()})
    if breakdown.complete and breakdown.within is None and not LONG_BREAKDOWN_KEYS & parts.keys():
        return parts
    entry = {"within": breakdown.within, "complete": breakdown.complete, "parts": parts}
    return _InlineMapping({key: value for key, value in entry.items() if value is not None})


def _subset(subset: Subset) -> Any:
    if subset.within is None:
        return _count(subset.count)
    return _InlineMapping(count=_count(subset.count), within=subset.within)
