"""The shape of a dossier file as people write it: shorthands and long forms, unknown keys refused."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

from domain.exchange import Provenance, Slug, Span, Unit
from domain.figures import (
    MAX_COUNT,
    Amount,
    Count,
    Day,
    Moment,
    Name,
    Qualitative,
    Source,
    Stage,
    Target,
    Text,
)

FORMAT = "recon-dossier/1"
"""The `format` value of the dossiers this version writes."""

FORMATS = ("recon-dossier/1", "recon-dossier/2")
"""Every `format` value this version reads: version 2 adds the constructs of real announcements (ranges and
bounds, origins, terms by source, planned figures, groups in groups, notes); version 1 files keep their meaning."""

EACH_SIDE_PHRASE = "all for all"
"""Terms with no numeric target for either side."""

NOT_ANNOUNCED_PHRASE = "not announced"
"""No terms were announced at all: nothing to make progress towards and nothing to be reciprocal to."""

LONG_BREAKDOWN_KEYS = frozenset({"parts", "complete", "within"})
"""A breakdown written with any of these keys is in the long form; otherwise its keys are its parts."""


def _form(value: Any) -> str:
    """Which way an entry is written, so that each form is validated on its own terms."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return "a word" if isinstance(value, str) else "a number"


def _breakdown_form(value: Any) -> str:
    if isinstance(value, dict) and LONG_BREAKDOWN_KEYS & value.keys():
        return "the long form"
    return "a mapping of parts"


class Entry(BaseModel):
    """Base of every dossier entry: unknown keys are refused so that a typo never passes silently."""

    model_config = ConfigDict(frozen=True, extra="forbid")


SourceRef = Annotated[
    Annotated[Name, Tag("a word")] | Annotated[Source, Tag("a mapping")],
    Discriminator(lambda value: "a word" if isinstance(value, str) else "a mapping"),
]
"""A key of the dossier's `sources`, or a source written out in full."""


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
    Discriminator(_form),
]
"""Exactly N (`1000`), at least N (`{at_least: 50}`), a range (`{about: 1200}`, `{low: 1100, high: 1300}`), or
no numeric target (`all`)."""

TermsValue = Annotated[
    Annotated[Literal["all for all", "not announced"], Tag("a word")]
    | Annotated[dict[Name, TargetValue], Tag("a mapping")],
    Discriminator(_form),
]
"""`all for all`, `not announced`, or a target per direction: `each side: 1000`, `to Ukraine: 1000`."""


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


def _count_form(value: Any) -> str:
    # Anything but a mapping is read as a number, so that '100' in quotes is told it is not a whole number.
    return "a mapping" if isinstance(value, dict) else "a number"


CountValue = Annotated[
    Annotated[Count, Tag("a number")] | Annotated[CountForm, Tag("a mapping")],
    Discriminator(_count_form),
]
"""An exact count (`390`), or a count said with its uncertainty (`{about: 15}`, `{more_than: 1000}`...)."""


def quantity(value: int | CountForm | None) -> int | Amount | None:
    """The domain's quantity for a count as written: an exact count stays a plain int."""
    return value.amount() if isinstance(value, CountForm) else value


class ExchangeEntry(Entry):
    """The `exchange` section: what the parties agreed."""

    id: Slug
    title: Name
    parties: tuple[Name, Name]
    terms: TermsValue
    unit: Unit = "people"
    agreed_on: Day | None = None
    venue: Text | None = None
    source: SourceRef
    announced_at: Moment | None = None
    mediators: tuple[Name, ...] = ()


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
    Discriminator(_form),
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


class NoteEntry(Entry):
    """A number that is not a headcount of this exchange: `{value: 68, meaning: the exchange's ordinal number}`."""

    value: Count | Text
    meaning: Text
    counts: Name | None = None
    """What the number counts, named alike in every note that counts the same thing: `exchanges_since_2022`."""


def _subset_form(value: Any) -> str:
    if isinstance(value, dict) and not {"count", "within"} & value.keys():
        return "a count said with its uncertainty"
    return _count_form(value)


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
    Discriminator(_form),
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


StageValue = Annotated[
    Annotated[Stage, Tag("a number")] | Annotated[Literal["all"], Tag("a word")],
    Discriminator(_form),
]
"""A stage's number, or `all` for a claim about the whole exchange."""


MonthOnly = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
"""A month written alone, `2025-05`: when the source names only the month a stage took place in."""


class ClaimEntry(Entry):
    """One item of `claims`: what one source said about one stage and direction."""

    stage: StageValue | None = None
    direction: Name
    source: SourceRef
    took_place_on: Day | MonthOnly | None = None
    """The day the stage took place, or (version 2) its month alone: `"2025-05"`."""
    note: Text | None = None
    figures: FiguresEntry | None = None
    """Delivered, as stated; left out (with `planned` left out too) for a stage that took place without a headcount."""
    planned: FiguresEntry | None = None
    """Announced before the stage took place: a promise, compared with what was delivered and never counted."""
    unit: Unit | None = None
    provenance: Provenance | None = None
    notes: tuple[NoteEntry, ...] = ()
    mediated_by: tuple[Name, ...] = ()
    """The mediators the source names for this stage, as it names them: `[United Arab Emirates]`."""
    origin_gave_no: tuple[Name, ...] = ()
    """Figures the source says its origin did not give: `[total]`."""


class TermsEntry(Entry):
    """One item of the top-level `terms` list: the terms as one source stated them."""

    source: SourceRef
    form: Literal["each_side", "per_direction", "combined", "all_for_all", "composite", "not_announced"]
    unit: Unit = "people"
    says: Text | None = None
    each_side: TargetValue | None = None
    per_direction: dict[Name, TargetValue] = Field(default_factory=dict)
    combined: Count | None = None
    parts: tuple[Text, ...] = ()


class CompletionEntry(Entry):
    """An item of `completion` in the long form: `{source: tass, says: denied}`, `{source: tass, unit: bodies}`."""

    source: SourceRef
    says: Literal["declared", "denied", "continuing"] = "declared"
    unit: Unit | None = None
    """The unit the source speaks of (the bodies of an exchange of prisoners); absent: the exchange's own."""


CompletionValue = Annotated[
    Annotated[Name, Tag("a word")] | Annotated[Source, Tag("a source")] | Annotated[CompletionEntry, Tag("a mapping")],
    Discriminator(
        lambda value: (
            "a word"
            if isinstance(value, str)
            else "a mapping"
            if isinstance(value, dict) and ("says" in value or "unit" in value)
            else "a source"
        )
    ),
]
"""A source that declared the exchange complete, or `{source: ..., says: denied | continuing | declared}`, naming
`unit: bodies` when it speaks of that unit only."""


class DossierEntry(Entry):
    """A whole dossier file."""

    format: Literal["recon-dossier/1", "recon-dossier/2"]
    exchange: ExchangeEntry
    sources: dict[Name, Source] = Field(default_factory=dict)
    claims: tuple[ClaimEntry, ...] = ()
    completion: tuple[CompletionValue, ...] = ()
    terms: tuple[TermsEntry, ...] = ()
    """Statements of the terms by source, besides the agreement's own (`exchange.terms`)."""


KNOWN_KEYS = frozenset(
    key
    for model in (
        DossierEntry,
        ExchangeEntry,
        ClaimEntry,
        FiguresEntry,
        BreakdownForm,
        SubsetForm,
        NoteEntry,
        TargetForm,
        ListedBreakdown,
        ListedSubset,
        CountForm,
        Qualitative,
        Source,
        Provenance,
        Span,
        TermsEntry,
        CompletionEntry,
    )
    for key in model.model_fields
) - {"published_precision"} | {"dimension", "name"}
"""Every key a dossier may use, to suggest the intended one when a key is misspelt."""
