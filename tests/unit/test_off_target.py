"""How far a sum lies from a target, said as a desk says it, for any range of differences."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from domain.amounts import DASH
from domain.readings import Span
from domain.stage_ranges import off_target

_BOUND = st.one_of(st.none(), st.integers(min_value=-2_000_000, max_value=2_000_000))


@st.composite
def differences(draw: st.DrawFn) -> Span:
    """A range of differences, low at most high, either side possibly without a limit."""
    low, high = draw(_BOUND), draw(_BOUND)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Span(low, high)


def _number(text: str) -> int | None:
    return None if text == "any number" else int(text.replace(",", ""))


@given(differences())
def test_a_difference_is_never_said_with_a_signed_number(off: Span) -> None:
    said = off_target(off)
    assert "-" not in said, said
    assert not re.search(rf"{DASH}\D", said), said


@given(differences())
def test_the_words_give_back_the_range_they_say(off: Span) -> None:
    said = off_target(off)
    low, high = off.low, off.high
    if low is not None and low > 0:
        shown = said.removeprefix("overshoot of ")
        assert shown != said
        first, _, last = shown.replace(" or more", "").partition(DASH)
        assert _number(first) == low
        assert (None if shown.endswith(" or more") else _number(last or first)) == high
    elif high is not None and high < 0:
        shown = said.removeprefix("shortfall of ")
        assert shown != said
        first, _, last = shown.replace(" or more", "").partition(DASH)
        assert _number(first) == -high
        assert (None if shown.endswith(" or more") else _number(last or first)) == (None if low is None else -low)
    elif low == 0 and high == 0:
        assert said == "none"
    elif low == 0:
        assert said == f"up to {'any number' if high is None else format(high, ',')} over"
    elif high == 0:
        assert said == f"up to {'any number' if low is None else format(-low, ',')} short"
    else:
        found = re.fullmatch(r"between (any number|[\d,]+) short and (any number|[\d,]+) over", said)
        assert found is not None, said
        assert _number(found.group(1)) == (None if low is None else -low)
        assert _number(found.group(2)) == high


def test_an_exact_difference_reads_as_before() -> None:
    assert [off_target(Span(n, n)) for n in (3, -303)] == ["overshoot of 3", "shortfall of 303"]
    assert off_target(Span(-2, 1)) == "between 2 short and 1 over"
