"""How a figure said with its uncertainty reads as numbers: the default range of 'about N', and labels.

Kept apart from the value types so that the rules and the dossier read the same conventions.
"""

from __future__ import annotations

import math
from typing import Annotated, Literal

from pydantic import Discriminator, Tag, model_validator

from domain.limits import MAX_COUNT, Count, Name
from domain.values import Value

DASH = "\u2013"
"""The en dash of '873\u2013874': a range as it is printed, told apart from a minus sign."""

ABOUT_SHARE = 0.05
"""'About N' with no range of its own is read as N less 5% to N plus 5%, rounded outward to whole people..."""
ABOUT_AT_LEAST = 1
"""...and never narrower than N - 1 to N + 1: 'about 15' is 14-16, 'about 1,000' is 950-1,050."""


def about_range(stated: int) -> tuple[int, int]:
    """The documented default range of 'about `stated`' when the statement gives none."""
    spread = max(math.ceil(stated * ABOUT_SHARE), ABOUT_AT_LEAST)
    return max(stated - spread, 0), min(stated + spread, MAX_COUNT)


def range_label(low: int, high: int | None) -> str:
    """'873\u2013874', '1,001 or more', or '15' when only one value is possible."""
    if high is None:
        return f"{low:,} or more"
    return f"{low:,}" if low == high else f"{low:,}{DASH}{high:,}"


class Amount(Value):
    """A count said with its uncertainty: a range, a lower or an upper bound, or 'about N'."""

    form: Literal["range", "at_least", "at_most", "about"]
    low: Count
    high: Count | None = None
    """None only for an open lower bound ('more than 1,000')."""
    stated: Count | None = None
    """The number as said: 'more than 1,000' is low 1,001 and stated 1,000; 'about 15' is stated 15."""

    @model_validator(mode="after")
    def _consistent(self) -> Amount:
        if (self.high is None) != (self.form == "at_least"):
            raise ValueError("only a lower bound ('at least', 'more than') leaves its high open")
        if self.high is not None and self.low > self.high:
            raise ValueError(f"the low {self.low:,} is above the high {self.high:,}")
        problem = _said(self)
        if problem:
            raise ValueError(problem)
        return self

    @classmethod
    def about(cls, stated: int, low: int | None = None, high: int | None = None) -> Amount:
        """'About `stated`': the range the statement gives, or the documented default (domain/amounts.py)."""
        default_low, default_high = about_range(stated)
        return cls(
            form="about",
            low=default_low if low is None else low,
            high=default_high if high is None else high,
            stated=stated,
        )

    @property
    def label(self) -> str:
        """'about 15 (14-16)', 'more than 1,000', 'at least 50', 'up to 200', '200-250'."""
        if self.form == "about":
            return f"about {self.stated:,} ({range_label(self.low, self.high)})"
        if self.form == "at_least":
            said = self.stated if self.stated is not None else self.low
            return f"more than {said:,}" if said < self.low else f"at least {self.low:,}"
        if self.form == "at_most":
            return f"up to {self.high:,}"
        return range_label(self.low, self.high)


def _quantity_kind(value: object) -> str:
    return "uncertain count" if isinstance(value, dict | Amount) else "exact count"


Quantity = Annotated[
    Annotated[Count, Tag("exact count")] | Annotated[Amount, Tag("uncertain count")], Discriminator(_quantity_kind)
]
"""A figure as announced: an exact count stays a plain int (so every stored event keeps its JSON), else an Amount.
Tagged by its shape, so that a bad number is refused as a count only, not also as a malformed Amount."""
QUANTITY_TAGS = frozenset({"exact count", "uncertain count"})
"""The names pydantic puts in an error's location for the form of a quantity; a field's path leaves them out."""


def bounds(quantity: int | Amount) -> tuple[int, int | None]:
    """The smallest and largest value a quantity allows (None: no largest)."""
    return (quantity, quantity) if isinstance(quantity, int) else (quantity.low, quantity.high)


def shown(quantity: int | Amount) -> str:
    """'1,000' or an Amount's label."""
    return f"{quantity:,}" if isinstance(quantity, int) else quantity.label


class Qualitative(Value):
    """A statement about a dimension without counts: 'only servicemen', 'military and civilians'."""

    dimension: Name
    only: Name | None = None
    """Every person is of this part ('only servicemen': every other part is 0)."""
    includes: tuple[Name, ...] = ()
    """Parts with at least one person each ('military and civilians')."""

    @model_validator(mode="after")
    def _says_something(self) -> Qualitative:
        if (self.only is None) == (not self.includes):
            raise ValueError("a qualitative statement names either `only` one part or the parts it `includes`")
        return self

    @property
    def label(self) -> str:
        """'only military' or 'military and civilian'."""
        return f"only {self.only}" if self.only else " and ".join(self.includes)


def _said(amount: Amount) -> str | None:
    # Each form keeps the number as said in one way only, so that a dossier writes every Amount back in one form.
    if amount.form == "range":
        return None if amount.stated is None else "a range keeps no single number as said: leave `stated` out"
    if amount.form == "at_least":
        ok = amount.stated is not None and amount.stated in (amount.low, amount.low - 1)
        return None if ok else "a lower bound is 'at least N' (stated N) or 'more than N' (stated N, low N + 1)"
    if amount.form == "at_most":
        ok = amount.low == 0 and amount.stated == amount.high
        return None if ok else "an upper bound ('up to N') has low 0 and stated N"
    if amount.stated is None or not amount.low <= amount.stated <= (amount.high or 0):
        return "'about N' keeps N in `stated`, within its own range"
    return None
