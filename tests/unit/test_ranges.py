"""Figures said with their uncertainty: what an Amount allows, how claims over ranges agree, and the one evaluator
every rule's check goes through, compared with trying every value."""

from __future__ import annotations

from datetime import date
from itertools import product
from uuid import uuid4

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from domain.acceptance import FigureState, accept
from domain.amounts import about_range
from domain.figures import Amount, Breakdown, Figures, Qualitative, Tier
from domain.findings import Evidence
from domain.intervals import Relation, judge_linear


def _evidence(value: int | Amount, source: str = "a", tier: Tier = Tier.OFFICIAL) -> Evidence:
    return Evidence(source, tier, uuid4(), 1, "total", value)


def _ranged(key: str, low: int, high: int | None) -> FigureState:
    return FigureState(key, None, "agreed", "one source", low=low, high=high, ranged=True)


def _exact(key: str, value: int) -> FigureState:
    return FigureState(key, value, "agreed", "one source")


def _disputed(key: str, *values: int) -> FigureState:
    return FigureState(key, None, "disputed", "differ", low=min(values), high=max(values), choices=values)


MORE_THAN_1000 = Amount(form="at_least", low=1001, stated=1000)


def test_a_range_whose_low_is_above_its_high_is_refused_naming_both() -> None:
    with pytest.raises(ValidationError, match="the low 250 is above the high 200"):
        Amount(form="range", low=250, high=200)


def test_only_a_lower_bound_leaves_its_high_open() -> None:
    with pytest.raises(ValidationError, match="only a lower bound"):
        Amount(form="range", low=250)
    with pytest.raises(ValidationError, match="only a lower bound"):
        Amount(form="at_least", low=250, high=300)


def test_about_without_a_range_of_its_own_takes_five_percent_rounded_outward_and_at_least_one() -> None:
    assert about_range(15) == (14, 16)
    assert about_range(1000) == (950, 1050)
    assert about_range(390) == (370, 410)
    assert Amount.about(15, 10, 20).label == "about 15 (10\u201320)"


def test_labels_read_as_the_statement_was_made() -> None:
    assert MORE_THAN_1000.label == "more than 1,000"
    assert Amount(form="at_least", low=50, stated=50).label == "at least 50"
    assert Amount(form="at_most", low=0, high=200, stated=200).label == "up to 200"
    assert Amount(form="range", low=200, high=250).label == "200\u2013250"


def test_a_bound_on_a_part_of_a_complete_breakdown_is_refused() -> None:
    with pytest.raises(ValidationError, match="part 'military' is a bound"):
        Breakdown(dimension="service", parts={"military": MORE_THAN_1000, "civilian": 5})
    Breakdown(dimension="service", parts={"military": MORE_THAN_1000, "civilian": 5}, complete=False)


def test_a_qualitative_statement_names_only_one_part_or_the_parts_it_includes() -> None:
    with pytest.raises(ValidationError, match="either `only` one part"):
        Qualitative(dimension="service")
    assert Figures(qualitative=(Qualitative(dimension="service", only="military"),)).values() == {}


def test_an_exact_figure_and_a_compatible_bound_agree_on_what_both_allow() -> None:
    state = accept("total", (_evidence(1003, "a"), _evidence(MORE_THAN_1000, "b")))
    assert (state.accepted, state.status, state.ranged) == (1003, "agreed", False)
    assert state.reason == "2 sources agree; accepted what all of them allow"


def test_a_lone_bound_is_accepted_as_a_range_never_unknown() -> None:
    state = accept("total", (_evidence(MORE_THAN_1000),))
    assert (state.accepted, state.ranged, state.interval) == (None, True, (1001, None))


def test_best_tier_ranges_that_allow_no_common_value_are_disputed_as_the_range_of_their_values() -> None:
    first = _evidence(Amount(form="range", low=200, high=250), "a")
    second = _evidence(Amount(form="at_least", low=300, stated=300), "b")
    state = accept("total", (first, second))
    assert (state.status, state.interval, state.ranged) == ("disputed", (200, None), True)


def test_exact_values_in_dispute_keep_their_discrete_reading_beside_a_lower_tier_range() -> None:
    media = _evidence(Amount(form="range", low=1, high=2), "c", Tier.AGGREGATOR)
    state = accept("total", (_evidence(873, "a"), _evidence(874, "b"), media))
    assert (state.status, state.choices, state.ranged) == ("disputed", (873, 874), False)


def test_a_check_over_a_range_that_holds_for_some_values_names_the_sub_range() -> None:
    # "More than 1,000" received against an exact target of 1,200: within it only for 1,001 to 1,200.
    verdict = judge_linear([(1, _ranged("total", 1001, None))], "<=", constant=-1200)
    assert (verdict.judgement, verdict.condition) == ("depends", "total is 1,001\u20131,200")


def test_a_complete_breakdown_against_a_bounded_total_holds_only_for_the_parts_sum() -> None:
    terms = [(-1, _ranged("total", 1001, None)), (1, _exact("military", 600)), (1, _exact("civilian", 500))]
    verdict = judge_linear(terms, "=")
    assert (verdict.judgement, verdict.condition) == ("depends", "total is 1,100")


def test_disputed_exact_values_and_a_range_are_named_together() -> None:
    terms = [(-1, _ranged("total", 100, 120)), (1, _disputed("border_guard", 55, 56)), (1, _exact("army", 60))]
    verdict = judge_linear(terms, "<=")
    assert verdict.judgement == "depends"
    assert verdict.condition == (
        "border_guard is 55 and total is 115\u2013120 or border_guard is 56 and total is 116\u2013120"
    )


def _states() -> st.SearchStrategy[FigureState]:
    exact = st.integers(0, 6).map(lambda v: _exact("x", v))
    disputed = st.lists(st.integers(0, 6), min_size=2, max_size=3, unique=True).map(lambda v: _disputed("x", *v))
    ranged = st.tuples(st.integers(0, 6), st.integers(0, 4)).map(lambda t: _ranged("x", t[0], t[0] + t[1]))
    return st.one_of(exact, disputed, ranged)


def _values(state: FigureState) -> list[int]:
    low, high = state.interval
    return list(range(low, (high or low) + 1)) if state.ranged else list(state.possible)


@given(
    st.lists(st.tuples(st.sampled_from([1, -1]), _states()), min_size=1, max_size=4),
    st.sampled_from(["=", "<="]),
    st.integers(-8, 8),
)
def test_the_interval_verdict_agrees_with_trying_every_value(
    terms: list[tuple[int, FigureState]], relation: Relation, constant: int
) -> None:
    outcomes = set()
    for values in product(*(_values(state) for _, state in terms)):
        total = constant + sum(sign * value for (sign, _), value in zip(terms, values, strict=True))
        outcomes.add(total == 0 if relation == "=" else total <= 0)
    expected = "holds" if outcomes == {True} else "fails" if outcomes == {False} else "depends"
    assert judge_linear(terms, relation, constant).judgement == expected


def test_dates_are_not_counts() -> None:
    with pytest.raises(TypeError):
        accept("total", (_evidence(MORE_THAN_1000), Evidence("b", Tier.OFFICIAL, uuid4(), 1, "total", date.today())))


def test_a_check_over_several_ranges_that_holds_for_some_values_says_so_in_words() -> None:
    terms = [(-1, _ranged("total", 1001, None)), (1, _ranged("military", 855, 945)), (1, _ranged("civilian", 100, 150))]
    verdict = judge_linear(terms, "=")
    assert verdict.condition == "total, military and civilian have some of the values in their ranges"
