"""Which version of the dossier format a plan needs: version 1 unless it says something only version 2 can hold."""

from __future__ import annotations

from domain.figures import Amount
from domain.plans import ExchangePlan


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


def _uncertain(plan: ExchangePlan) -> bool:
    """Whether a figure is said with its uncertainty (a range, a bound, 'about') or without counts."""
    for claim in plan.claims:
        figures = claim.figures
        counts = [figures.total, figures.cumulative, *(s.count for s in figures.subsets)]
        counts += [count for breakdown in figures.breakdowns for count in breakdown.parts.values()]
        if figures.qualitative or any(isinstance(count, Amount) for count in counts):
            return True
    return False
