"""subset-within-base where the sources disagree whether a group is among its base or in addition to it: the totals
they imply differ by the group's count."""

from __future__ import annotations

from collections.abc import Iterator

from domain.acceptance import TOTAL, FigureState
from domain.buckets import Bucket, BucketKey
from domain.figures import Breakdown
from domain.findings import Check, Evidence, Severity, Subject
from domain.proper_reading import AMONG, IN_ADDITION
from domain.readings import known, span
from domain.reconciliation.view import View

SUBSET_WITHIN_BASE = "subset-within-base"


def relation_disputed(view: View, key: BucketKey, name: str) -> Iterator[Check]:
    """One source counts a group among its base, another in addition to it: the totals they imply differ by the
    group's count (a group of none implies the same total either way)."""
    bucket = view.sources(*key)
    if bucket is None:
        return
    said: dict[str, list[str]] = {AMONG: [], IN_ADDITION: []}
    part = bucket.same_as.get(name)
    for state in bucket.claims.values():
        for subset in state.claim.figures.subsets:
            if subset.name == name:
                said[subset.relation].append(state.claim.source.label)
        if part is not None and any(part in _parts(breakdown) for breakdown in state.claim.figures.breakdowns):
            said[AMONG].append(f"{state.claim.source.label} (as {part.replace(':', ' ')})")
    group = bucket.figures.get(f"subset:{name}")
    if group is not None and not group.ranged and group.possible == (0,):
        return
    totals = _implied_totals(bucket, name, group)
    yield Check(
        rule=SUBSET_WITHIN_BASE,
        severity=Severity.WARNING,
        passed=False,
        subject=Subject(stage=bucket.stage, direction=bucket.direction, figure=f"subset:{name}"),
        message=f"{name}{'' if group is None else f' {span(group)}'}: among its base for "
        f"{', '.join(dict.fromkeys(said[AMONG]))}; in addition to it for "
        f"{', '.join(dict.fromkeys(said[IN_ADDITION]))}" + (f"; {totals[0]}" if totals else ""),
        expected="one relation to its base from every source",
        found="among / in addition",
        evidence=_cited(bucket, name, group, totals[1] if totals else None)
        + (bucket.figures[part].evidence if part is not None and part in bucket.figures else ()),
    )


def _parts(breakdown: Breakdown) -> set[str]:
    return {f"{breakdown.dimension}:{part}" for part in breakdown.parts}


def _implied_totals(bucket: Bucket, name: str, group: FigureState | None) -> tuple[str, FigureState] | None:
    """'the total in all is 146 if they are among it, 154 if in addition', from a total stated by sources that do
    not themselves count the group in addition (whose total already holds it)."""
    total = bucket.figures.get(TOTAL)
    if total is None or group is None or not known(total, group) or total.status == "derived":
        return None
    adders = {
        state.claim_id
        for state in bucket.claims.values()
        if any(s.name == name and s.relation == IN_ADDITION for s in state.claim.figures.subsets)
    }
    # A total in all of a claim counting the group in addition holds it, unless it was weighed less the group.
    if any(item.claim_id in adders and item.given_in_all is None for item in total.evidence):
        return None
    among, added = span(total), span(total, group)
    return f"the total in all is {among} if they are among it, {added} if in addition", total


def _cited(bucket: Bucket, name: str, group: FigureState | None, total: FigureState | None) -> tuple[Evidence, ...]:
    cited = [*(total.evidence if total else ()), *(group.evidence if group else ())]
    return tuple(dict.fromkeys(cited))
