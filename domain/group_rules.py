"""Rules about groups singled out of a stage's figures: each group within its own base, following the nesting, and
sources agreeing whether a group is among its base or in addition to it (domain/group_relations.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from domain.acceptance import TOTAL, FigureState
from domain.buckets import Bucket, BucketKey
from domain.findings import Check, Severity, Subject
from domain.group_relations import SUBSET_WITHIN_BASE as SUBSET_WITHIN_BASE
from domain.group_relations import relation_disputed
from domain.intervals import judge_linear
from domain.proper_reading import IN_ADDITION
from domain.readings import Span, Verdict, known, span, whichever_of
from domain.reconciliation.view import View


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
            yield from relation_disputed(view, key, name)
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
    if all(state.accepted is not None for state in states):
        yield from _exact_check(bucket, name, states, base, passing)
        return
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
        message=f"{name} {found}{_in_addition(bucket, name)} of {_base_label(bucket, base, str(expected))}: "
        + _within(verdict, difference, states),
        expected=f"<= {expected}",
        found=str(found),
        difference=difference.low if difference.exact else None,
        evidence=tuple(item for state in states for item in state.evidence),
    )


def _exact_check(bucket: Bucket, name: str, states: list[FigureState], base: Base, passing: bool) -> Iterator[Check]:
    """The check of a group whose figures all have their accepted value (nearly every group): plain numbers, worded
    as the general path words them, without a reading of spans."""
    group = states[-1].accepted or 0
    expected = (base.state.accepted or 0) - sum(state.accepted or 0 for state in base.additions)
    excess = group - expected
    if excess <= 0 and not passing:
        return
    shown = f"{expected:,}"
    yield Check(
        rule=SUBSET_WITHIN_BASE,
        severity=Severity.ERROR,
        passed=excess <= 0,
        subject=Subject(stage=bucket.stage, direction=bucket.direction, figure=f"subset:{name}"),
        message=f"{name} {group:,}{_in_addition(bucket, name)} of {_base_label(bucket, base, shown)}: "
        + ("within its base" if excess <= 0 else f"exceeds its base by {excess:,}"),
        expected=f"<= {shown}",
        found=f"{group:,}",
        difference=excess,
        evidence=tuple(item for state in states for item in state.evidence),
    )


def _in_addition(bucket: Bucket, name: str) -> str:
    return ", in addition," if bucket.relations[name] == {IN_ADDITION} else ""


def _base_label(bucket: Bucket, base: Base, expected: str) -> str:
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
