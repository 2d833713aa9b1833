"""Checks over figures that may be disputed: a check is judged for every value the best sources leave possible."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import product
from typing import Literal

from domain.acceptance import FigureState

Judgement = Literal["holds", "fails", "depends"]
DASH = "\u2013"
"""The en dash of '873\u2013874': a range as it is printed, told apart from a minus sign."""
LIMIT = 256
"""Beyond this many combinations of disputed values the conditions are not spelled out (never seen in practice)."""


@dataclass(frozen=True, slots=True)
class Span:
    """The smallest and largest value a figure, or a sum of figures, may have."""

    low: int
    high: int

    @property
    def exact(self) -> bool:
        """True when only one value is possible."""
        return self.low == self.high

    def __str__(self) -> str:
        return f"{self.low:,}" if self.exact else f"{self.low:,}{DASH}{self.high:,}"


def span(*states: FigureState) -> Span:
    """The range of the states' values added together."""
    return Span(sum(min(state.possible) for state in states), sum(max(state.possible) for state in states))


def known(*states: FigureState) -> bool:
    """True when every state has at least one possible value (accepted, or disputed among the best sources)."""
    return all(state.possible for state in states)


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
        return _HOLDS if holds(tuple(options[0] for options in choices)) else _FAILS
    labels = list(names) or [_name(state) for state in states]
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


_HOLDS = Verdict("holds")
_FAILS = Verdict("fails")


def disputed_names(states: Sequence[FigureState]) -> str:
    """'border_guard' or 'total and military': the figures whose value is in dispute."""
    return " and ".join(dict.fromkeys(_name(state) for state in states if len(state.possible) > 1))


def _name(state: FigureState) -> str:
    return state.key.split(":")[-1]
