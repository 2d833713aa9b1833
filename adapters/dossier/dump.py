"""Writes an exchange plan as a dossier in YAML, in the same shorthands a person would use."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

import yaml

from adapters.dossier.figure_entries import LONG_BREAKDOWN_KEYS
from adapters.dossier.schema import EACH_SIDE_PHRASE, FORMAT, FORMATS, NOT_ANNOUNCED_PHRASE
from domain.amounts import about_range
from domain.exchange import Agreement, Claim, Provenance, TermsStatement
from domain.figures import Amount, Breakdown, Figures, Source, Subset, Target, Terms
from domain.plans import ExchangePlan, UnitCompletion


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
        "format": _format(plan),
        "exchange": _exchange(plan.agreement, keys),
        "sources": {key: _source(source) for source, key in keys.items()},
        "claims": [_claim(claim, keys) for claim in plan.claims],
    }
    completion: list[Any] = [keys[source] for source in plan.completions]
    completion += [_InlineMapping(source=keys[source], says="denied") for source in plan.denials]
    completion += [_InlineMapping(source=keys[source], says="continuing") for source in plan.continuing]
    completion += [_unit_completion(said, keys) for said in plan.by_unit]
    if completion:
        document["completion"] = completion
    if plan.terms:
        document["terms"] = [_statement(statement, keys, plan.agreement.parties) for statement in plan.terms]
    return document


def _unit_completion(said: UnitCompletion, keys: Mapping[Source, str]) -> _InlineMapping:
    """`{source: tass, unit: bodies}`, with `says` when it is not a declaration."""
    if said.says == "declared":
        return _InlineMapping(source=keys[said.source], unit=said.unit)
    return _InlineMapping(source=keys[said.source], says=said.says, unit=said.unit)


def _format(plan: ExchangePlan) -> str:
    """Version 1 unless the plan says something only version 2 can hold."""
    return FORMATS[-1] if uses_version_2(plan) else FORMAT


def uses_version_2(plan: ExchangePlan) -> bool:
    """Whether the plan says anything only version 2 of the format can hold: notes, a group in addition or without
    a count, terms said as a range, planned or other-unit figures, a stage without a headcount, terms statements,
    denied completion, an origin, a mediator, a publication dated to its month or year."""
    for claim in plan.claims:
        if (
            claim.notes
            or claim.mediated_by
            or claim.origin_gave_no
            or any(s.count is None or s.relation != "among" or s.same_as for s in claim.figures.subsets)
        ):
            return True
    if _uncertain(plan) or any(t.kind == "range" for t in plan.agreement.terms.targets.values()):
        return True
    claims = any(
        claim.planned or claim.unit or claim.figures.unstated or claim.took_place_precision for claim in plan.claims
    )
    if claims or bool(
        plan.terms or plan.denials or plan.continuing or plan.by_unit or not plan.agreement.terms.targets
    ):
        return True
    sources = (plan.agreement.source, *(claim.source for claim in plan.claims), *plan.completions)
    sources += (*plan.denials, *plan.continuing, *(statement.source for statement in plan.terms))
    sources += tuple(said.source for said in plan.by_unit)
    return bool(plan.agreement.mediators) or any(s.origin or s.published_precision for s in sources)


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
        "each_side": _target(targets[parties[0]]) if targets and shared else None,
        "per_direction": {f"to {p}": _target(t) for p, t in targets.items()} if targets and not shared else None,
        "combined": statement.combined,
        "parts": list(statement.parts) or None,
    }
    return {key: value for key, value in entry.items() if value is not None}


def render_document(document: dict[str, Any], suffix: str = ".yaml") -> str:
    """A dossier's data as YAML (or, with suffix '.json', JSON)."""
    if suffix == ".json":
        return json.dumps(document, indent=2, ensure_ascii=False, default=_iso) + "\n"
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)


def figures_inline(figures: Figures) -> str:
    """A claim's figures on one line, as `recon correct --figures` and the page's correction field take them."""
    return yaml.dump(
        _figures(figures), Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=True, width=10**6
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
        "parties": _Inline(agreement.parties),
        "terms": _terms(agreement.terms, agreement.parties),
        "unit": agreement.unit,
        "agreed_on": agreement.agreed_on,
        "venue": agreement.venue,
        "source": keys[agreement.source],
        "announced_at": agreement.announced_at,
        "mediators": _Inline(agreement.mediators) if agreement.mediators else None,
    }
    return {key: value for key, value in entry.items() if value is not None}


def _terms(terms: Terms, parties: tuple[str, str]) -> str | dict[str, Any]:
    targets = terms.targets
    if not targets:
        return NOT_ANNOUNCED_PHRASE
    if set(targets) == set(parties) and targets[parties[0]] == targets[parties[1]]:
        shared = targets[parties[0]]
        return EACH_SIDE_PHRASE if shared.count is None else {"each side": _target(shared)}
    return {f"to {party}": _target(targets[party]) for party in parties if party in targets}


def _target(target: Target) -> int | str | dict[str, int]:
    if target.count is None:
        return "all"
    if target.kind == "range" and target.high is not None:
        if target.stated is None and target.count == 0:
            return _InlineMapping(at_most=target.high)
        if target.stated is None:
            return _InlineMapping(low=target.count, high=target.high)
        if about_range(target.stated) == (target.count, target.high):
            return _InlineMapping(about=target.stated)
        return _InlineMapping(about=target.stated, low=target.count, high=target.high)
    return target.count if target.kind == "exactly" else _InlineMapping(at_least=target.count)


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
        "planned" if claim.planned else "figures": None if claim.figures.unstated else _figures(claim.figures),
        "provenance": _provenance(claim.provenance),
        "notes": [_InlineMapping(note.model_dump()) for note in claim.notes] or None,
        "mediated_by": _Inline(claim.mediated_by) if claim.mediated_by else None,
        "origin_gave_no": _Inline(claim.origin_gave_no) if claim.origin_gave_no else None,
    }
    return {key: value for key, value in entry.items() if value is not None}


def _provenance(provenance: Provenance | None) -> dict[str, Any] | None:
    """The statement's hash, then one line per span: {figure: total, start: 120, end: 123, quote: '390'}."""
    if provenance is None:
        return None
    spans = [_InlineMapping(span.model_dump()) for span in provenance.spans]
    return {"text_sha256": provenance.text_sha256, "spans": spans}


def _uncertain(plan: ExchangePlan) -> bool:
    """Whether a figure is said with its uncertainty (a range, a bound, 'about') or without counts."""
    for claim in plan.claims:
        figures = claim.figures
        counts = [figures.total, figures.cumulative, *(s.count for s in figures.subsets)]
        counts += [count for breakdown in figures.breakdowns for count in breakdown.parts.values()]
        if figures.qualitative or any(isinstance(count, Amount) for count in counts):
            return True
    return False


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
        entry["subsets"] = [_InlineMapping({"name": subset.name, **_long_subset(subset)}) for subset in figures.subsets]
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
    """The count alone, or the long form: `{count: 8, relation: in_addition}`, `{within: plant}`, `{}`."""
    if subset.within is None and subset.relation == "among" and subset.same_as is None and subset.count is not None:
        return _count(subset.count)
    return _InlineMapping(_long_subset(subset))


def _long_subset(subset: Subset) -> dict[str, Any]:
    """A subset's long form without its name: its count as a dossier writes it, and what else is said of it."""
    form = subset.model_dump(exclude={"name", "count"}, exclude_none=True, exclude_defaults=True)
    return form if subset.count is None else {"count": _count(subset.count), **form}
