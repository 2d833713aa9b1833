"""What reading a statement proposes: figures with the words behind them, and the numbers left aside with why."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from domain.exchange import Span


class Model(BaseModel):
    """Base of the extraction's models: immutable, unknown fields refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")


Relation = Literal["about", "at least", "at most"]
Unit = Literal["people", "bodies"]


class Bound(Model):
    """A count the text does not give exactly: 'some 213' is about 213, 'more than 500' at least 501."""

    relation: Relation
    value: int = Field(ge=0)

    def __str__(self) -> str:
        return f"{self.relation} {self.value:,}"


class Proposed(Model):
    """A figure the text states: its key, value and meaning, the exact words and where they are, and a confidence."""

    figure: str
    """'total', 'cumulative', 'service:military', 'sex:women', 'branch:marines', 'subset:mariupol_defenders',
    or, about the statement as a whole, 'stage', 'terms', 'took_place_on' and 'direction'."""
    value: int | date | str
    meaning: str
    direction: str | None = None
    """Who received the people counted ('to Ukraine', 'each side'); None for figures about the statement."""
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    confidence: float = Field(ge=0, le=1)
    bound: Bound | None = None
    """Set when the text gives the count as approximate or as a bound; `value` is then the number as written."""
    planned: bool = False
    """True for a figure the text expects or promises rather than one delivered."""
    in_addition: bool = False
    """True for a group counted on top of the total ('plus 22 wounded'), not among it."""
    within: str | None = None
    """The group or branch this group is drawn from ('95 Azovstal defenders, 43 of those of the Azov Regiment':
    'subset:azovstal_defenders'); None when it is drawn from everyone the claim counts."""

    def span(self) -> Span:
        """The figure's span as a claim's provenance keeps it."""
        return Span(figure=self.figure, start=self.start, end=self.end, quote=self.quote)


class Rejected(Model):
    """A number the text writes that was not taken as a figure, and why."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str
    reason: str


class ProposedClaim(Model):
    """One claim to record: a stage and direction, its figures by key, and the span behind each."""

    stage: int | None
    direction: str | None
    took_place_on: date | None = None
    took_place_precision: Literal["month"] | None = None
    """'month' when the text names only the month the stage took place in: `took_place_on` is its first day."""
    figures: dict[str, int]
    spans: tuple[Span, ...]
    bounds: dict[str, Bound] = Field(default_factory=dict)
    """Figures the text gives as approximate or as bounds: a recon-dossier/2 claim holds them."""
    added: dict[str, int] = Field(default_factory=dict)
    """Subsets counted on top of the total rather than among it: a recon-dossier/2 claim holds them."""
    planned: dict[str, int | Bound] = Field(default_factory=dict)
    """Figures expected or promised, not delivered: a recon-dossier/2 claim holds them."""
    within: dict[str, str] = Field(default_factory=dict)
    """Groups drawn from another group or branch rather than from everyone counted, by key: the key they lie within."""
    unit: Unit = "people"
    """What the figures count: 'bodies' when the statement speaks of the bodies of the dead alone."""
    earlier: bool = False
    """True for a stage the statement names on an earlier day than its own ('On 25 June 90 came home ... then on
    28 June 10 more'): the stage given with --stage is the statement's own, not this one."""

    @property
    def dossier_claims(self) -> int:
        """How many claims a dossier writes for this proposal: its delivered figures are one claim and its planned
        figures another, as a promise is never recorded in the claim of what was delivered."""
        return int(bool(self.figures or self.bounds or self.added)) + int(bool(self.planned))


class Extraction(Model):
    """Everything read from one statement: proposed claims and figures, numbers left aside, and messages."""

    text_sha256: str
    """The SHA-256 of the statement's text as UTF-8, the text every span's offsets index."""
    characters: int
    parties: tuple[str, str]
    terms: Proposed | None = None
    claims: tuple[ProposedClaim, ...] = ()
    figures: tuple[Proposed, ...] = ()
    rejected: tuple[Rejected, ...] = ()
    messages: tuple[str, ...] = ()
    refused: str | None = None
    """Why the input was not read at all (empty, binary, too large); None when it was read."""

    @property
    def claims_proposed(self) -> int:
        """How many claims the extraction proposes, as a dossier written from it holds them."""
        return sum(claim.dossier_claims for claim in self.claims)

    @property
    def headcounts(self) -> tuple[Proposed, ...]:
        """The proposed figures that count people."""
        return tuple(figure for figure in self.figures if figure.direction is not None)
