"""One evaluator for every check over figures that may be ranges: a signed sum of figures compared with zero.

Every rule's check is linear ('the parts add up to the total', 'a subset does not exceed its base', 'what was
received stays within the target'), so a check is `sum(sign * figure) + constant` compared by = or <= with 0.
Disputed exact values are tried one combination at a time, as domain/readings.py always did (its wording is
kept); a figure that is a range is added as an interval, so that 'more than 1,000' costs one step, not a thousand.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product
from typing import Literal

from domain.acceptance import FigureState
from domain.amounts import range_label
from domain.readings import FAILS, HOLDS, LIMIT, Judgement, Verdict, judge, name_of

Relation = Literal["=", "<="]
Term = tuple[int, FigureState]
"""A figure with its sign, +1 or -1."""


def judge_linear(terms: Sequence[Term], relation: Relation, constant: int = 0, names: Sequence[str] = ()) -> Verdict:
    """Whether `sum(sign * value) + constant` relates to 0 by `relation` for every value the figures may have,
    for none, or for some (and then for which); a condition names each figure by `names` when given."""
    fixed = constant
    for sign, state in terms:
        value = state.accepted  # a range always has none
        if value is None:
            break
        fixed += sign * value
    else:
        # Nearly every check: each figure has its accepted value, so there is one reading and nothing to name.
        return HOLDS if _holds(fixed, relation) else FAILS
    states = [state for _, state in terms]
    signs = [sign for sign, _ in terms]
    if not any(state.ranged for state in states):
        return judge(states, lambda v: _holds(sum(map(int.__mul__, signs, v)) + constant, relation), names)
    labels = list(names) or [name_of(state) for state in states]
    discrete = [index for index, state in enumerate(states) if not state.ranged]
    ranged = [index for index, state in enumerate(states) if state.ranged]
    combinations = list(product(*(states[index].possible for index in discrete)))
    outcomes: list[tuple[Judgement, str]] = []
    for values in combinations:
        fixed = constant + sum(signs[index] * value for index, value in zip(discrete, values, strict=True))
        low, high = _sum(fixed, [(signs[index], states[index]) for index in ranged])
        judgement = _judgement(low, high, relation)
        named = [f"{labels[i]} is {v:,}" for i, v in zip(discrete, values, strict=True) if len(states[i].possible) > 1]
        if judgement == "depends":
            named.append(_solved(fixed, [(signs[i], states[i], labels[i]) for i in ranged], relation))
        outcomes.append((judgement, " and ".join(named)))
    judgements = {judgement for judgement, _ in outcomes}
    if judgements == {"holds"} or judgements == {"fails"}:
        return Verdict(judgements.pop())
    if len(combinations) > LIMIT:
        return Verdict("depends", "some of the disputed values are right")
    good = [condition for judgement, condition in outcomes if judgement != "fails"]
    return Verdict("depends", " or ".join(dict.fromkeys(good)))


def _holds(value: int, relation: Relation) -> bool:
    return value == 0 if relation == "=" else value <= 0


def _sum(fixed: int, terms: list[tuple[int, FigureState]]) -> tuple[int | None, int | None]:
    """The smallest and largest value of `fixed` plus the signed ranges (None: no limit that way)."""
    low: int | None = fixed
    high: int | None = fixed
    for sign, state in terms:
        smallest, largest = state.interval
        if sign > 0:
            low = None if low is None else low + smallest
            high = None if high is None or largest is None else high + largest
        else:
            low = None if low is None or largest is None else low - largest
            high = None if high is None else high - smallest
    return low, high


def _judgement(low: int | None, high: int | None, relation: Relation) -> Judgement:
    if relation == "=":
        if low == 0 and high == 0:
            return "holds"
        return "fails" if (low is not None and low > 0) or (high is not None and high < 0) else "depends"
    if high is not None and high <= 0:
        return "holds"
    return "fails" if low is not None and low > 0 else "depends"


def _solved(fixed: int, terms: list[tuple[int, FigureState, str]], relation: Relation) -> str:
    """The values of a single ranged figure under which the check holds: 'total is 1,100', 'base is 300-315'."""
    if len(terms) != 1:
        labels = [label for _, _, label in terms]
        return f"{', '.join(labels[:-1])} and {labels[-1]} have some of the values in their ranges"
    sign, state, label = terms[0]
    smallest, largest = state.interval
    needed = -fixed * sign
    if relation == "=":
        return f"{label} is {needed:,}"
    if sign > 0:
        return f"{label} is {range_label(smallest, needed if largest is None else min(largest, needed))}"
    return f"{label} is {range_label(max(smallest, needed), largest)}"
