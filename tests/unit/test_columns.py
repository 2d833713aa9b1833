"""A column's known values up to a stage, read from its index, agree with filtering its values afresh, whatever
order the stages' values arrive, change and go in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from domain.citations import StagesCited
from domain.columns import Column
from domain.figures import Terms
from domain.ledger import Ledger
from domain.reconciliation.column_view import ColumnView
from domain.reconciliation.view import View

_STAGES = st.integers(min_value=1, max_value=40)
_CHANGES = st.lists(st.tuples(_STAGES, st.none() | st.integers(min_value=0, max_value=1_000)), max_size=60)


def _afresh(column: Column, stage: int) -> dict[int, int]:
    return {number: value for number, value in sorted(column.values.items()) if number <= stage}


@given(_CHANGES, st.lists(_STAGES, min_size=1, max_size=5))
def test_values_up_to_a_stage_match_a_fresh_filter_after_every_change(
    changes: list[tuple[int, int | None]], asked: list[int]
) -> None:
    column = Column()
    for stage, value in changes:
        column.set(stage, value)
        for limit in asked:
            up_to, expected = column.up_to(limit), _afresh(column, limit)
            assert dict(up_to) == expected
            assert list(up_to) == list(expected)
            assert len(up_to) == len(expected)
            assert up_to.total == sum(expected.values())
            assert up_to.gaps() == [number for number in range(1, limit + 1) if number not in expected]


def test_a_stage_beyond_the_limit_is_not_among_the_values_up_to_it() -> None:
    column = Column()
    column.set(1, 5)
    column.set(3, 7)
    up_to = column.up_to(2)
    assert 3 not in up_to
    assert up_to.get(3) is None
    assert up_to.gaps() == [2]


def test_a_change_to_an_early_stage_changes_the_sum_up_to_a_later_one() -> None:
    column = Column()
    for stage in range(1, 6):
        column.set(stage, 10)
    assert column.up_to(5).total == 50
    column.set(2, 1)
    assert column.up_to(5).total == 41
    column.set(2, None)
    assert column.up_to(5).total == 40
    assert column.up_to(5).gaps() == [2]


def test_columns_with_the_same_values_are_equal_whatever_sums_were_asked_for() -> None:
    asked, unasked = Column(), Column()
    for column in (asked, unasked):
        column.set(1, 4)
        column.set(2, 6)
    assert asked.up_to(2).total == 10
    assert asked == unasked


@given(_CHANGES, _STAGES, st.lists(_STAGES, max_size=6))
def test_the_stages_a_running_total_cites_are_those_it_summed_and_counted_as_ranges(
    changes: list[tuple[int, int | None]], stage: int, ranged: list[int]
) -> None:
    # Read from the column's gaps, the reference names the same runs as one sorted from every stage summed.
    column = Column()
    for number, value in changes:
        column.set(number, value)
    view = ColumnView(View(Ledger(("Ukraine", "Russia"), Terms(targets={}))), "to Ukraine", "total", column)
    summed = column.up_to(stage)
    expected = StagesCited.of("to Ukraine", "total", [*summed, *ranged])
    assert view.cited(summed, ranged) == (() if expected is None else (expected,))
