"""Counts and targets as a dossier writes them: exact, or said with their uncertainty (about, at least, a range)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Tag, model_validator

from adapters.dossier.entry import Entry, form
from domain.figures import MAX_COUNT, Amount, Count, Target


class TargetForm(Entry):
    """A target said with its uncertainty: `{at_least: 50}`, `{at_most: 250}` (version 2), `{about: 1200}`
    (optionally with `low`/`high`, version 2) or `{low: 1100, high: 1300}` (version 2): a range is met by any number
    within it, and at most 250 is the range from 0 to 250."""

    at_least: Count | None = None
    at_most: Count | None = None
    about: Count | None = None
    low: Count | None = None
    high: Count | None = None

    @model_validator(mode="after")
    def _one_form(self) -> TargetForm:
        self.target()  # refused here, at the target's own path
        return self

    def target(self) -> Target:
        """The domain's Target this form states."""
        if self.at_least is not None or self.at_most is not None:
            if (self.about, self.low, self.high) != (None, None, None) or None not in (self.at_least, self.at_most):
                raise ValueError("a target says at_least or at_most alone, or about, or low and high")
            if self.at_most is not None:
                # A cap with no floor: the range from nothing up to the number.
                return Target(kind="range", count=0, high=self.at_most)
            return Target(kind="at_least", count=self.at_least)
        if self.about is not None:
            said = Amount.about(self.about, self.low, self.high)
            return Target(kind="range", count=said.low, high=said.high, stated=self.about)
        if self.low is None or self.high is None:
            raise ValueError("a target gives a number, {at_least: N}, {at_most: N}, {about: N} or both low and high")
        return Target(kind="range", count=self.low, high=self.high)


TargetValue = Annotated[
    Annotated[Count, Tag("a number")]
    | Annotated[Literal["all"], Tag("a word")]
    | Annotated[TargetForm, Tag("a mapping")],
    Discriminator(form),
]
"""Exactly N (`1000`), at least N (`{at_least: 50}`), a range (`{about: 1200}`, `{low: 1100, high: 1300}`), or
no numeric target (`all`)."""


class CountForm(Entry):
    """A count said with its uncertainty (version 2): `{about: 15}` (optionally with `low`/`high`),
    `{at_least: N}`, `{more_than: N}`, `{at_most: N}`, `{up_to: N}` or `{low: a, high: b}`."""

    about: Count | None = None
    at_least: Count | None = None
    more_than: Count | None = None
    at_most: Count | None = None
    up_to: Count | None = None
    low: Count | None = None
    high: Count | None = None

    @model_validator(mode="after")
    def _one_form(self) -> CountForm:
        self.amount()  # a range whose low is above its high is refused here, at the count's own path
        return self

    def amount(self) -> Amount:
        """The domain's Amount this form states."""
        said = {key: value for key, value in self.model_dump().items() if value is not None}
        bounds = {key: said.pop(key) for key in ("low", "high") if key in said}
        if "about" in said and len(said) == 1:
            return Amount.about(said["about"], bounds.get("low"), bounds.get("high"))
        if len(said) > 1 or (said and bounds):
            raise ValueError(f"a count says one of about, at_least, more_than, at_most, up_to; not {', '.join(said)}")
        if not said:
            if len(bounds) < 2:
                raise ValueError("a range gives both low and high: {low: 200, high: 250}")
            return Amount(form="range", **bounds)
        form, number = next(iter(said.items()))
        if form in ("at_most", "up_to"):
            return Amount(form="at_most", low=0, high=number, stated=number)
        if form == "more_than" and number >= MAX_COUNT:
            raise ValueError(f"more than {number:,} exceeds the largest count, {MAX_COUNT:,}")
        return Amount(form="at_least", low=number + (form == "more_than"), stated=number)


def count_form(value: Any) -> str:
    # Anything but a mapping is read as a number, so that '100' in quotes is told it is not a whole number.
    return "a mapping" if isinstance(value, dict) else "a number"


CountValue = Annotated[
    Annotated[Count, Tag("a number")] | Annotated[CountForm, Tag("a mapping")],
    Discriminator(count_form),
]
"""An exact count (`390`), or a count said with its uncertainty (`{about: 15}`, `{more_than: 1000}`...)."""


def quantity(value: int | CountForm | None) -> int | Amount | None:
    """The domain's quantity for a count as written: an exact count stays a plain int."""
    return value.amount() if isinstance(value, CountForm) else value
