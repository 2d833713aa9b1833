"""Checks over figures that may be disputed: a check is judged for every value the best sources leave possible."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import product
from typing import Literal

from domain.acceptance import FigureState
from domain.amounts import DASH as DASH

Judgement = Literal["holds", "fails", "depends"]
LIMIT = 256
"""Beyond this many combinations of disputed values the conditions are not spelled out (never seen in practice)."""


@dataclass(frozen=True, slots=True)
class Span:
    """The smallest and largest value a figure, a sum of figures or a difference may have (None: no limit)."""

    low: int | None
    high: int | None

    @property
    def exact(self) -> bool:
        """True when only one value is possible."""
        return self.low is not None and self.low == self.high

    def __str__(self) -> str:
        if self.low is None:
            return "any value" if self.high is None else f"{self.high:,} or less"
        if self.high is None:
            return f"{self.low:,} or more"
        return f"{self.low:,}" if self.exact else f"{self.low:,}{DASH}{self.high:,}"

    def __sub__(self, other: Span) -> Span:
        """Every difference of a value of this span and a value of `other`."""
        low = None if self.low is None or other.high is None else self.low - other.high
        high = None if self.high is None or other.low is None else self.high - other.low
        return Span(low, high)


def span(*states: FigureState) -> Span:
    """The range of the states' values added together."""
    exact = 0
    for state in states:
        value = state.accepted  # a range always has none
        if value is None:
            break
        exact += value
    else:
        return Span(exact, exact)  # the usual case: every figure has its accepted value
    if not any(state.ranged for state in states):
        return Span(sum(min(state.possible) for state in states), sum(max(state.possible) for state in states))
    highs = [state.interval[1] for state in states]
    return Span(sum(state.interval[0] for state in states), None if None in highs else sum(h or 0 for h in highs))


def added(spans: Sequence[Span]) -> Span:
    """The range of values added together, each from its own range: what `span` gives for their figures at once."""
    highs = [item.high for item in spans]
    return Span(
        None if any(item.low is None for item in spans) else sum(item.low or 0 for item in spans),
        None if None in highs else sum(high or 0 for high in highs),
    )


def known(*states: FigureState) -> bool:
    """True when every state has a value to reason over: accepted, disputed among the best sources, or a range."""
    return all(state.known for state in states)


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a check holds for every possible reading, for none, or only for some (and then for which)."""

    judgement: Judgement
    condition: str = ""
    """For 'depends': the readings under which the check holds, 'border_guard is 56'."""

    @property
    def passed(self) -> bool:
        """True when the check holds whichever disputed value is right."""
        return self.judgement == "holds"


def judge(
    states: Sequence[FigureState], holds: Callable[[tuple[int, ...]], bool], names: Sequence[str] = ()
) -> Verdict:
    """Try `holds` on every combination of the states' possible values, in the states' order; a condition names
    each figure by `names` when given (figures of different directions share a key), else by its key."""
    choices = [state.possible for state in states]
    if all(len(options) == 1 for options in choices):
        # Nearly every check: no figure is disputed, so there is one reading and nothing to name.
        return HOLDS if holds(tuple(options[0] for options in choices)) else FAILS
    labels = list(names) or [name_of(state) for state in states]
    combinations = list(product(*choices))
    good = [values for values in combinations if holds(values)]
    if len(good) == len(combinations):
        return Verdict("holds")
    if not good:
        return Verdict("fails")
    if len(combinations) > LIMIT:
        return Verdict("depends", "some of the disputed values are right")
    disputed = [index for index, options in enumerate(choices) if len(options) > 1]
    readings = [" and ".join(f"{labels[index]} is {values[index]:,}" for index in disputed) for values in good]
    return Verdict("depends", " or ".join(dict.fromkeys(readings)))


HOLDS = Verdict("holds")
FAILS = Verdict("fails")


def disputed_names(states: Sequence[FigureState]) -> str:
    """'border_guard' or 'total and military': the figures whose value is in dispute."""
    return " and ".join(dict.fromkeys(name_of(state) for state in states if state.ranged or len(state.possible) > 1))


def name_of(state: FigureState) -> str:
    """A figure as a condition names it: 'border_guard', 'total'."""
    return state.key.split(":")[-1]


def whichever_of(states: list[FigureState]) -> str:
    """'whichever border_guard figure is right', or for figures given as ranges, 'for any value total may have'."""
    if any(state.ranged for state in states):
        return f"for any value {disputed_names(states)} may have"
    return f"whichever {disputed_names(states)} figure is right"
