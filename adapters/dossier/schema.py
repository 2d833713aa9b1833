"""The shape of a dossier file as people write it: shorthands and long forms, unknown keys refused."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

from adapters.dossier.count_entries import CountForm, TargetForm, TargetValue
from adapters.dossier.entry import Entry, form
from adapters.dossier.figure_entries import (
    BreakdownForm,
    FiguresEntry,
    ListedBreakdown,
    ListedSubset,
    SubsetForm,
)
from domain.exchange import Provenance, Slug, Span, Unit
from domain.figures import Count, Day, Moment, Name, Qualitative, Source, Stage, Text

FORMAT = "recon-dossier/1"
"""The `format` value of the dossiers this version writes."""

FORMATS = ("recon-dossier/1", "recon-dossier/2")
"""Every `format` value this version reads: version 2 adds the constructs of real announcements (ranges and
bounds, origins, terms by source, planned figures, groups in groups, notes); version 1 files keep their meaning."""

EACH_SIDE_PHRASE = "all for all"
"""Terms with no numeric target for either side."""

NOT_ANNOUNCED_PHRASE = "not announced"
"""No terms were announced at all: nothing to make progress towards and nothing to be reciprocal to."""


SourceRef = Annotated[
    Annotated[Name, Tag("a word")] | Annotated[Source, Tag("a mapping")],
    Discriminator(lambda value: "a word" if isinstance(value, str) else "a mapping"),
]
"""A key of the dossier's `sources`, or a source written out in full."""


TermsValue = Annotated[
    Annotated[Literal["all for all", "not announced"], Tag("a word")]
    | Annotated[dict[Name, TargetValue], Tag("a mapping")],
    Discriminator(form),
]
"""`all for all`, `not announced`, or a target per direction: `each side: 1000`, `to Ukraine: 1000`."""


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


class NoteEntry(Entry):
    """A number that is not a headcount of this exchange: `{value: 68, meaning: the exchange's ordinal number}`."""

    value: Count | Text
    meaning: Text
    counts: Name | None = None
    """What the number counts, named alike in every note that counts the same thing: `exchanges_since_2022`."""


StageValue = Annotated[
    Annotated[Stage, Tag("a number")] | Annotated[Literal["all"], Tag("a word")],
    Discriminator(form),
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
