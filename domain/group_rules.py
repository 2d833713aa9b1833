"""Rules about groups singled out of a stage's figures: each group within its own base, following the nesting, and
sources agreeing whether a group is among its base or in addition to it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from domain.acceptance import TOTAL, FigureState
from domain.buckets import Bucket, BucketKey
from domain.figures import Breakdown
from domain.findings import Check, Evidence, Severity, Subject
from domain.intervals import judge_linear
from domain.readings import Span, Verdict, known, span, whichever_of
from domain.reconciliation.view import View

SUBSET_WITHIN_BASE = "subset-within-base"
AMONG = "among"
IN_ADDITION = "in_addition"


@dataclass(frozen=True, slots=True)
class Base:
    """What a group is checked against: a figure, less the groups in addition to it, reached through a chain."""

    state: FigureState
    additions: tuple[FigureState, ...] = ()
    chain: tuple[str, ...] = ()
    """The groups without a count passed on the way up, then the groups the base itself lies within."""


def subset_within_base(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """subset-within-base in one stage and direction: each group against its own base, and each group's relation
    to its base as the sources state it."""
    bucket = view.bucket(*key)
    if bucket is None:
        return
    for name, within in bucket.subsets.items():
        if len(bucket.relations[name]) > 1:
            yield from _relation_disputed(view, key, name)
            continue
        subset = bucket.figures.get(f"subset:{name}")
        if subset is None:
            continue  # named without a count: it exists, there is nothing to weigh
        base = _base(bucket, name, within)
        if isinstance(base, str):
            yield _cycle(bucket, name, subset, base)
        elif base is not None and known(base.state, *base.additions, subset):
            yield from _check(bucket, name, subset, base, passing)


def _base(bucket: Bucket, name: str, within: str | None) -> Base | str | None:
    """The figure a group is drawn from, up its chain past groups named without a count; a text for a cycle;
    None when the base is not stated in this stage and direction."""
    cycle = _cycle_through(bucket, name)
    if cycle:
        return cycle
    passed: list[str] = []
    while within is not None and within in bucket.subsets:
        if within in passed:
            return None  # a cycle of groups without a count further up: no figure to check against
        state = bucket.figures.get(f"subset:{within}")
        if state is not None:
            return Base(state, chain=tuple(passed) + _chain(bucket, within))
        passed.append(within)
        within = bucket.subsets[within]
    if within is not None:
        part = bucket.part_key(within)
        found = bucket.figures.get(part) if part else None
        return None if found is None else Base(found, chain=tuple(passed))
    total = bucket.figures.get(TOTAL)
    if total is None:
        return None
    if bucket.relations[name] == {IN_ADDITION}:
        return Base(total, chain=tuple(passed))
    return Base(total, _additions(bucket), tuple(passed))


def _cycle_through(bucket: Bucket, name: str) -> str:
    """'a within b within a' when following the groups' bases from `name` comes back to it (claims that each
    make sense alone may do so together); '' otherwise."""
    chain = [name]
    while (within := bucket.subsets.get(chain[-1])) is not None and within in bucket.subsets:
        if within == name:
            return " within ".join([*chain, name])
        if within in chain:
            return ""  # a cycle further up, reported for the groups on it
        chain.append(within)
    return ""


def _chain(bucket: Bucket, name: str) -> tuple[str, ...]:
    """The groups `name` lies within, innermost first, up to the total or a breakdown part."""
    chain: list[str] = []
    within = bucket.subsets.get(name)
    while within is not None and within not in chain and within != name:
        chain.append(within)
        within = bucket.subsets.get(within)
    return tuple(chain)


def _additions(bucket: Bucket) -> tuple[FigureState, ...]:
    """The counted groups every source states in addition to the total's base: outside what 'among' draws from."""
    return tuple(
        state
        for name, stated in bucket.relations.items()
        if stated == {IN_ADDITION} and (state := bucket.figures.get(f"subset:{name}")) is not None
    )


def _check(bucket: Bucket, name: str, subset: FigureState, base: Base, passing: bool) -> Iterator[Check]:
    states = [base.state, *base.additions, subset]
    # The group, less its base, plus the groups in addition to the base, is never above zero.
    terms = [(-1, base.state), *((1, added) for added in base.additions), (1, subset)]
    verdict = judge_linear(terms, "<=")
    if verdict.passed and not passing:
        return
    found = span(subset)
    expected = span(base.state) - span(*base.additions) if base.additions else span(base.state)
    difference = found - expected
    yield Check(
        rule=SUBSET_WITHIN_BASE,
        severity=Severity.WARNING if verdict.judgement == "depends" else Severity.ERROR,
        passed=verdict.passed,
        subject=Subject(stage=bucket.stage, direction=bucket.direction, figure=f"subset:{name}"),
        message=f"{name} {found}{_in_addition(bucket, name)} of {_base_label(bucket, base, expected)}: "
        + _within(verdict, difference, states),
        expected=f"<= {expected}",
        found=str(found),
        difference=difference.low if difference.exact else None,
        evidence=tuple(item for state in states for item in state.evidence),
    )


def _in_addition(bucket: Bucket, name: str) -> str:
    return ", in addition," if bucket.relations[name] == {IN_ADDITION} else ""


def _base_label(bucket: Bucket, base: Base, expected: Span) -> str:
    """'total 303', 'total 197 less severely_wounded 22 in addition = 175', 'mariupol_defenders 31 (within
    exchanged, within the total)'."""
    label = f"{base.state.key.split(':')[-1]} {span(base.state)}"
    if base.additions:
        added = " and ".join(f"{state.key.split(':')[-1]} {span(state)}" for state in base.additions)
        label += f" less {added} in addition = {expected}"
    if base.chain:
        label += " (" + ", ".join(f"within {group}" for group in base.chain) + ")"
    return label


def _within(verdict: Verdict, difference: Span, states: list[FigureState]) -> str:
    """'within its base', 'exceeds its base by 67', with the disputed values named when they matter."""
    if verdict.judgement == "depends":
        return f"within its base only if {verdict.condition}"
    exact = all(not state.ranged and len(state.possible) == 1 for state in states)
    whichever = "" if exact else f", {whichever_of(states)}"
    if verdict.passed:
        return "within its base" + whichever
    low, high = max(difference.low or 1, 1), difference.high
    excess = f"{low:,}" if low == high else f"{low:,} or more" if high is None else f"{low:,} to {high:,}"
    return f"exceeds its base by {excess}{whichever}"


def _cycle(bucket: Bucket, name: str, subset: FigureState, cycle: str) -> Check:
    """Claims that, taken together, put a group within itself: no base to check it against."""
    return Check(
        rule=SUBSET_WITHIN_BASE,
        severity=Severity.ERROR,
        passed=False,
        subject=Subject(stage=bucket.stage, direction=bucket.direction, figure=f"subset:{name}"),
        message=f"{name} {span(subset)}: the claims put the groups {cycle} in a cycle, so it has no base",
        expected="a group within a base",
        found=cycle,
        evidence=subset.evidence,
    )


def _relation_disputed(view: View, key: BucketKey, name: str) -> Iterator[Check]:
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
