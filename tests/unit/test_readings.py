"""Checks over disputed figures: every value the best sources give is tried, and the needed ones are named."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from domain.acceptance import FigureState
from domain.readings import DASH, added, judge, span


def _exact(key: str, value: int) -> FigureState:
    return FigureState(key, value, "agreed", "one source")


def _disputed(key: str, *values: int) -> FigureState:
    return FigureState(key, None, "disputed", "sources differ", low=min(values), high=max(values), choices=values)


def test_a_check_that_holds_for_every_value_passes() -> None:
    verdict = judge([_disputed("total", 303, 307), _exact("subset:x", 300)], lambda v: v[1] <= v[0])
    assert verdict.judgement == "holds"
    assert verdict.passed


def test_a_check_that_fails_for_every_value_fails() -> None:
    verdict = judge([_disputed("total", 303, 307), _exact("subset:x", 310)], lambda v: v[1] <= v[0])
    assert verdict.judgement == "fails"
    assert not verdict.passed


def test_with_two_disputed_figures_each_combination_that_holds_is_named() -> None:
    states = [_exact("total", 100), _disputed("service:military", 60, 61), _disputed("service:civilian", 39, 40)]
    verdict = judge(states, lambda v: v[1] + v[2] == v[0])
    assert verdict.judgement == "depends"
    assert verdict.condition == "military is 60 and civilian is 40 or military is 61 and civilian is 39"


def test_a_span_reads_as_one_value_when_exact_and_as_a_range_otherwise() -> None:
    assert str(span(_exact("total", 1000))) == "1,000"
    assert str(span(_disputed("a", 55, 56), _exact("b", 10))) == f"65{DASH}66"


def _ranged(key: str, low: int, high: int | None) -> FigureState:
    return FigureState(key, None, "agreed", "one source", low=low, high=high, ranged=True)


_COUNTS = st.integers(min_value=0, max_value=5_000)
_STATES = st.one_of(
    st.builds(_exact, st.just("a"), _COUNTS),
    st.builds(_disputed, st.just("b"), _COUNTS, _COUNTS, _COUNTS),
    st.builds(lambda low, more: _ranged("c", low, None if more is None else low + more), _COUNTS, st.none() | _COUNTS),
)


@given(st.lists(_STATES, min_size=1, max_size=6))
def test_the_spans_of_figures_added_together_are_the_span_of_their_sum(states: list[FigureState]) -> None:
    assert added([span(state) for state in states]) == span(*states)
