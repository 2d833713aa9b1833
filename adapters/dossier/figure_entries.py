"""A claim's figures as a dossier writes them: a total, breakdowns by dimension and groups, short or long forms."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag

from adapters.dossier.count_entries import CountForm, CountValue, count_form
from adapters.dossier.entry import Entry, form
from domain.figures import Count, Name, Qualitative

LONG_BREAKDOWN_KEYS = frozenset({"parts", "complete", "within"})
"""A breakdown written with any of these keys is in the long form; otherwise its keys are its parts."""


def _breakdown_form(value: Any) -> str:
    if isinstance(value, dict) and LONG_BREAKDOWN_KEYS & value.keys():
        return "the long form"
    return "a mapping of parts"


class BreakdownForm(Entry):
    """A breakdown in the long form: `{within: military, complete: false, parts: {...}}`."""

    parts: dict[Name, CountValue] = Field(min_length=1)
    complete: bool = True
    within: Name | None = None


PartsValue = Annotated[
    Annotated[Annotated[dict[Name, CountValue], Field(min_length=1)], Tag("a mapping of parts")]
    | Annotated[BreakdownForm, Tag("the long form")],
    Discriminator(_breakdown_form),
]
"""`{military: 270, civilian: 120}` (complete, of the total) or the long form."""


class ListedBreakdown(BreakdownForm):
    """A breakdown in a list of long forms, naming its dimension: `- {dimension: branch, parts: {navy: 40}}`."""

    dimension: Name


BreakdownsValue = Annotated[
    Annotated[dict[Name, PartsValue], Tag("a mapping")] | Annotated[tuple[ListedBreakdown, ...], Tag("a list")],
    Discriminator(form),
]
"""Breakdowns by dimension (`service: {...}`), or a list of long forms each naming its `dimension`."""


class SubsetForm(Entry):
    """A subset in the long form: `{count: 27, within: military}`, `{count: 8, relation: in_addition}`, or `{}`
    for a group named without a count."""

    count: CountValue | None = None
    within: Name | None = None
    relation: Literal["among", "in_addition"] = "among"
    same_as: Name | None = None
    """A breakdown part of the same stage and direction that is the same people: `citizenship:foreign`."""


def _subset_form(value: Any) -> str:
    if isinstance(value, dict) and not {"count", "within"} & value.keys():
        return "a count said with its uncertainty"
    return count_form(value)


SubsetValue = Annotated[
    Annotated[Count, Tag("a number")]
    | Annotated[SubsetForm, Tag("a mapping")]
    | Annotated[CountForm, Tag("a count said with its uncertainty")],
    Discriminator(_subset_form),
]


class ListedSubset(SubsetForm):
    """A subset in a list of long forms, naming itself: `- {name: wounded, count: {about: 20}, within: military}`."""

    name: Name


SubsetsValue = Annotated[
    Annotated[dict[Name, SubsetValue], Tag("a mapping")] | Annotated[tuple[ListedSubset, ...], Tag("a list")],
    Discriminator(form),
]
"""Subsets by name (`mariupol_defenders: 27`), or a list of long forms each naming itself."""


class FiguresEntry(Entry):
    """The figures of one claim."""

    total: CountValue | None = None
    cumulative: CountValue | None = None
    breakdowns: BreakdownsValue = Field(default_factory=dict)
    subsets: SubsetsValue = Field(default_factory=dict)
    qualitative: tuple[Qualitative, ...] = ()
    """Statements without counts (version 2): `[{dimension: service, only: military}]`."""
