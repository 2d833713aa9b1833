"""The Exchange aggregate: what was agreed and every claim announced about it, as past-tense events."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cached_property
from typing import Annotated, Any, ClassVar, Literal, TypeVar
from uuid import UUID, uuid5

from eventsourcing.domain import BaseAggregate, CanInitAggregate, CanMutateAggregate
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from domain.errors import ClaimNotFoundError, ConflictError, InvalidInputError, invalid_input
from domain.figures import (
    MAX_OFFSET,
    Day,
    Direction,
    Figures,
    FindingId,
    Moment,
    Name,
    NumberNote,
    Origin,
    Source,
    Stage,
    Terms,
    Text,
    Value,
)
from domain.identity import NAMESPACE as _NAMESPACE
from domain.identity import exchange_id as exchange_id
from domain.sources import origin_problem
from domain.terms import TermsStatement, Unit, agreed_statement

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,99}$")]
_MONTH_ONLY = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})")
__all__ = ["TermsStatement", "Unit"]
_Sourced = TypeVar("_Sourced", "Completion", "Denial", TermsStatement)


class Span(Value):
    """Where in a statement's text one figure was read: character offsets and the words themselves."""

    figure: Name
    """The figure's key: 'total', 'service:military', 'subset:mariupol_defenders', 'cumulative'."""
    start: int = Field(ge=0, le=MAX_OFFSET, strict=True)
    end: int = Field(ge=0, le=MAX_OFFSET, strict=True)
    quote: Text

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("a span ends after it starts")
        return self


class Provenance(Value):
    """The evidence a claim was read from: the hash of the statement's text and the span of every figure."""

    text_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    spans: tuple[Span, ...] = ()


class Claim(Value):
    """What one source announced about one stage (or the whole exchange) in one direction."""

    stage: Stage | None = None
    """The stage's number; None for a claim about the exchange as a whole."""
    direction: Direction
    source: Source
    figures: Figures
    took_place_on: Day | None = None
    took_place_precision: Literal["month"] | None = Field(None, exclude_if=lambda precision: precision is None)
    """'month' when the source names only the month the stage took place in ('in May 2025'), kept as that month's
    first day; None: `took_place_on` is the day (not written, so that events of claims dated to the day keep
    their shape)."""
    note: Text | None = None
    provenance: Provenance | None = None
    """Where the figures were read, when they were read from a statement's text; not part of the claim's id."""
    notes: tuple[NumberNote, ...] = Field((), exclude_if=lambda notes: not notes)
    """Numbers the source gives that are not headcounts of this exchange; shown, never counted, not in the id."""
    planned: bool = False
    """The figures were announced before the stage took place: a promise, never counted as delivered."""
    unit: Unit | None = None
    """What the figures count, when not the agreement's unit (bodies repatriated under an exchange of people)."""
    mediated_by: tuple[Name, ...] = Field((), exclude_if=lambda mediators: not mediators)
    """The mediators the source names for this stage ('United Arab Emirates'), whoever they are; not in the id."""
    origin_gave_no: tuple[Name, ...] = Field((), exclude_if=lambda figures: not figures)
    """Figures ('total') the source says its origin did not give for this stage and direction; not in the id."""

    @model_validator(mode="before")
    @classmethod
    def _took_place_in_a_month(cls, value: Any) -> Any:
        # "2025-05": a stage known only to its month is kept as the month's first day, with its precision.
        if isinstance(value, dict) and isinstance(value.get("took_place_on"), str):
            match = _MONTH_ONLY.fullmatch(value["took_place_on"].strip())
            if match is not None:
                if not 1 <= int(match["month"]) <= 12:
                    raise ValueError(f"no month {match['month']} in {value['took_place_on']!r}")
                return {
                    **value,
                    "took_place_on": f"{match['year']}-{match['month']}-01",
                    "took_place_precision": "month",
                }
        return value

    @model_validator(mode="after")
    def _precision_needs_a_date(self) -> Claim:
        if self.took_place_precision is not None and (self.took_place_on is None or self.took_place_on.day != 1):
            raise ValueError("a stage known only to its month is kept as that month's first day")
        return self

    @property
    def stage_day(self) -> date | None:
        """The day the stage took place, when the claim names one: a month alone names no day."""
        return self.took_place_on if self.took_place_precision is None else None

    @property
    def took_place_as_written(self) -> str | None:
        """'2025-05-23', or '2025-05' for a stage known only to its month."""
        if self.took_place_on is None:
            return None
        written = self.took_place_on.isoformat()
        return written[:7] if self.took_place_precision == "month" else written

    @model_validator(mode="after")
    def _unstated_only_for_a_stage(self) -> Claim:
        if self.figures.unstated and (self.stage is None or self.planned):
            raise ValueError("only a stage that took place may be recorded without a headcount")
        return self

    @cached_property
    def claim_id(self) -> UUID:
        """Derived from what was said and by whom, so the same claim recorded twice is the same claim."""
        return claim_id_of(self)


def claim_id_of(claim: Claim) -> UUID:
    """The id of a claim's content: source, stage, direction, date and figures (not the note or provenance)."""
    # Defaults are left out so that a field added later with a default does not change existing ids.
    content = claim.model_dump_json(
        include={"stage", "direction", "source", "figures", "took_place_on", "took_place_precision", "planned", "unit"},
        exclude_defaults=True,
    )
    return uuid5(_NAMESPACE, "claim:" + content)


class DomainEvent(BaseModel):
    """Base of every stored event: a frozen pydantic model with the library's envelope fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    originator_id: UUID
    originator_version: int
    timestamp: datetime

    @property
    def recorded_at(self) -> datetime:
        """When the team recorded the event (not when the source announced it)."""
        return self.timestamp


class ExchangeEvent(DomainEvent, CanMutateAggregate[UUID]):
    """An event that changes an existing Exchange."""


class Agreement(Value):
    """What the parties agreed: who, on what terms, counting what, when and where, as reported by a source."""

    # Built at import, unlike other values: the service takes it as a request body as it is, and a body model built
    # later, inside the web framework's own field, is built with a warning about that field's alias.
    model_config = ConfigDict(defer_build=False)

    slug: Slug
    title: Name
    parties: tuple[Name, Name]
    terms: Terms
    unit: Unit = "people"
    agreed_on: Day | None = None
    venue: Text | None = None
    source: Source
    announced_at: Moment | None = None
    mediators: tuple[Name, ...] = ()
    """Who brokered it (Türkiye, the United Arab Emirates): origins may be theirs as well as the parties'."""

    @model_validator(mode="after")
    def _terms_name_the_parties(self) -> Agreement:
        if self.parties[0].casefold() == self.parties[1].casefold():
            raise ValueError("an exchange has two different parties")
        unknown = sorted(set(self.terms.targets) - set(self.parties))
        if unknown:
            raise ValueError(f"terms name {', '.join(unknown)}, which is not a party")
        problem = self.origin_problem(self.source)
        if problem:
            raise ValueError(problem)
        return self

    def origin_problem(self, source: Source) -> str | None:
        """Why a source's origin cannot be: its party is neither a party, a mediator nor the media; else None."""
        return origin_problem(source, self.parties, self.mediators)


class ExchangeAgreed(DomainEvent, CanInitAggregate[UUID]):
    """The parties agreed an exchange on these terms, as reported by a source."""

    originator_topic: str
    agreement: Agreement

    def apply(self, aggregate: Any) -> None:
        aggregate.agreement = self.agreement


class ClaimRecorded(ExchangeEvent):
    """A source's claim about a stage and direction was recorded."""

    class_version: ClassVar[int] = 2
    claim_id: UUID
    claim: Claim
    announced_at: Moment | None = None

    @staticmethod
    def upcast_v1_v2(state: dict[str, Any]) -> None:
        """Version 1 kept no claim id: derive it from the claim, as version 1 did whenever it needed one."""
        state["claim_id"] = str(claim_id_of(Claim.model_validate(state["claim"])))

    def apply(self, aggregate: Any) -> None:
        aggregate.claims[self.claim_id] = ClaimState(
            claim_id=self.claim_id,
            claim=self.claim,
            version=self.originator_version,
            recorded_version=self.originator_version,
            announced_at=self.announced_at,
        )


class ClaimCorrected(ExchangeEvent):
    """A recorded claim's figures were corrected, by whom and why."""

    claim_id: UUID
    figures: Figures
    reason: Name
    corrected_by: Name
    announced_at: Moment | None = None

    def apply(self, aggregate: Any) -> None:
        state = aggregate.claims[self.claim_id]
        claim = state.claim.model_copy(update={"figures": self.figures})
        aggregate.claims[self.claim_id] = replace(state, claim=claim, version=self.originator_version)


class ClaimRetracted(ExchangeEvent):
    """A recorded claim was withdrawn, by whom and why; it stays in the history but no longer counts."""

    claim_id: UUID
    reason: Name
    retracted_by: Name
    announced_at: Moment | None = None

    def apply(self, aggregate: Any) -> None:
        state = aggregate.claims[self.claim_id]
        aggregate.claims[self.claim_id] = replace(
            state, retracted_version=self.originator_version, retraction=(self.reason, self.retracted_by)
        )


class ExchangeDeclaredComplete(ExchangeEvent):
    """A source declared the exchange complete."""

    source: Source
    announced_at: Moment | None = None

    def apply(self, aggregate: Any) -> None:
        aggregate.completions.append(Completion(source=self.source, version=self.originator_version))


class CompletionDenied(ExchangeEvent):
    """A source said the exchange is not complete, or that it continues."""

    source: Source
    continuing: bool = False
    """The source said more stages will follow, rather than only that it is not complete."""
    announced_at: Moment | None = None

    def apply(self, aggregate: Any) -> None:
        aggregate.denials.append(
            Denial(source=self.source, continuing=self.continuing, version=self.originator_version)
        )


class TermsStated(ExchangeEvent):
    """A source stated the terms of the exchange, perhaps otherwise than the agreement as first recorded."""

    statement: TermsStatement
    announced_at: Moment | None = None

    def apply(self, aggregate: Any) -> None:
        aggregate.terms_statements.append(StatedTerms(statement=self.statement, version=self.originator_version))


class OriginAttributed(ExchangeEvent):
    """The desk learned whose word an outlet's statement carried: everything on file from that source, which named
    no origin, counts as the origin's word from this event on (claims keep their ids)."""

    source: Source
    """The source as it was recorded, without an origin."""
    origin: Origin
    attributed_by: Name | None = None
    reason: Name | None = None
    """Who attributed it and why; both None when it was learned from the statement recorded again naming its
    origin."""

    def apply(self, aggregate: Any) -> None:
        named = self.source.model_copy(update={"origin": self.origin})
        for claim_id, state in aggregate.claims.items():
            if state.claim.source == self.source:
                claim = state.claim.model_copy(update={"source": named})
                aggregate.claims[claim_id] = replace(state, claim=claim, version=self.originator_version)
        if aggregate.agreement.source == self.source:
            aggregate.agreement = aggregate.agreement.model_copy(update={"source": named})
        aggregate.completions = [_named(item, self.source, named) for item in aggregate.completions]
        aggregate.denials = [_named(item, self.source, named) for item in aggregate.denials]
        aggregate.terms_statements = [
            StatedTerms(statement=_named(item.statement, self.source, named), version=item.version)
            if item.statement.source == self.source
            else item
            for item in aggregate.terms_statements
        ]


def _named(item: _Sourced, source: Source, named: Source) -> _Sourced:
    """`item` with its source `named`, when its source is `source`."""
    return item.model_copy(update={"source": named}) if item.source == source else item


class FindingAcknowledged(ExchangeEvent):
    """A reviewer acknowledged a finding, with a note; it reopens when the evidence behind it changes."""

    finding_id: FindingId
    fingerprint: Name
    reviewer: Name
    note: Name

    def apply(self, aggregate: Any) -> None:
        aggregate.acknowledgements[self.finding_id] = Acknowledgement(
            fingerprint=self.fingerprint,
            reviewer=self.reviewer,
            note=self.note,
            version=self.originator_version,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimState:
    """A claim as it stands now: its current figures and the versions that made them so."""

    claim_id: UUID
    claim: Claim
    version: int
    recorded_version: int
    announced_at: Moment | None = None
    retracted_version: int | None = None
    retraction: tuple[str, str] | None = None
    """Why and by whom the claim was retracted."""

    @property
    def active(self) -> bool:
        """True unless the claim was retracted."""
        return self.retracted_version is None


class Completion(Value):
    """A source's declaration that the exchange is complete."""

    source: Source
    version: int


class Denial(Value):
    """A source's statement that the exchange is not complete (or continues)."""

    source: Source
    continuing: bool = False
    version: int


class StatedTerms(Value):
    """A statement of the terms and the version that recorded it."""

    statement: TermsStatement
    version: int


class Acknowledgement(Value):
    """A reviewer's note on a finding, tied to the finding as it stood then."""

    fingerprint: str
    reviewer: str
    note: str
    version: int


class Exchange(BaseAggregate[UUID]):
    """One agreed exchange and everything announced about it."""

    def __init__(self) -> None:
        self.agreement: Agreement
        self.claims: dict[UUID, ClaimState] = {}
        self.completions: list[Completion] = []
        self.denials: list[Denial] = []
        self.terms_statements: list[StatedTerms] = []
        self.acknowledgements: dict[str, Acknowledgement] = {}

    @classmethod
    def agree(cls, agreement: Agreement) -> Exchange:
        """Start an exchange; its slug gives it its id."""
        return cls._create(ExchangeAgreed, id=exchange_id(agreement.slug), agreement=agreement)

    def trigger_event(self, event_class: type[CanMutateAggregate[UUID]], **kwargs: Any) -> None:
        """Trigger an event; a value the event's schema refuses (an empty reason) is invalid input."""
        try:
            super().trigger_event(event_class, **kwargs)
        except ValidationError as error:
            raise invalid_input(error) from None

    @property
    def parties(self) -> tuple[str, str]:
        """The two parties, in the order the agreement names them."""
        return self.agreement.parties

    def all_terms(self) -> tuple[StatedTerms, ...]:
        """Every statement of the terms, the agreement's own first."""
        agreement = self.agreement
        first = agreed_statement(agreement.terms, agreement.source, agreement.unit)
        return (StatedTerms(statement=first, version=1), *self.terms_statements)

    def record(self, claim: Claim, announced_at: Moment | None = None) -> UUID:
        """Record a claim; recording the same claim again changes nothing."""
        self._check_direction(claim.direction)
        self._check_origin(claim.source)
        claim_id = claim.claim_id
        if claim_id in self.claims:
            return claim_id
        on_file = self._on_file_without_origin(claim)
        if on_file is not None:
            return on_file
        self.trigger_event(
            ClaimRecorded, claim_id=claim_id, claim=claim, announced_at=announced_at or claim.source.published
        )
        return claim_id

    def attribute_origin(
        self, source: Source, origin: Origin, by: str | None = None, reason: str | None = None
    ) -> None:
        """Attribute an origin to everything on file from `source`, which named none: its figures count as the
        origin's word from now on."""
        if source.origin is not None:
            raise InvalidInputError(
                f"{source.label} already carries the word of {source.origin.label}; only a source on file without "
                "an origin can be attributed one",
                field="source.origin",
            )
        self._check_origin(source.model_copy(update={"origin": origin}))
        if not self._carries(source):
            raise ClaimNotFoundError(
                f"nothing from {source.label} is on file in exchange {self.agreement.slug}", field="source"
            )
        self.trigger_event(OriginAttributed, source=source, origin=origin, attributed_by=by, reason=reason)

    def agreed_as(self, agreement: Agreement) -> bool:
        """Whether `agreement` is the one on file, perhaps naming its source's origin where the file named none
        (then the origin is attributed)."""
        if agreement == self.agreement:
            return True
        origin = agreement.source.origin
        unnamed = agreement.source.model_copy(update={"origin": None})
        if origin is None or self.agreement != agreement.model_copy(update={"source": unnamed}):
            return False
        self.attribute_origin(unnamed, origin)
        return True

    def correct(
        self, claim_id: UUID, figures: Figures, reason: str, by: str, announced_at: Moment | None = None
    ) -> None:
        """Replace a claim's figures, keeping who corrected it and why; the same figures again change nothing."""
        state = self._active_claim(claim_id)
        if figures.unstated and (state.claim.stage is None or state.claim.planned):
            raise InvalidInputError("only a stage that took place may be recorded without a headcount", "figures")
        if state.claim.figures != figures:
            self.trigger_event(
                ClaimCorrected,
                claim_id=claim_id,
                figures=figures,
                reason=reason,
                corrected_by=by,
                announced_at=announced_at,
            )

    def retract(self, claim_id: UUID, reason: str, by: str, announced_at: Moment | None = None) -> None:
        """Withdraw a claim so that it no longer counts; the same retraction again (same reason, same person)
        changes nothing, another one is a conflict."""
        state = self.claims.get(claim_id)
        if state is not None and state.retraction == (reason.strip(), by.strip()):
            return
        self._active_claim(claim_id)
        self.trigger_event(ClaimRetracted, claim_id=claim_id, reason=reason, retracted_by=by, announced_at=announced_at)

    def declare_complete(self, source: Source, announced_at: Moment | None = None) -> None:
        """Record that a source declared the exchange complete; once per source."""
        self._check_origin(source)
        self._learn_origin(source)
        if all(completion.source != source for completion in self.completions):
            self.trigger_event(ExchangeDeclaredComplete, source=source, announced_at=announced_at or source.published)

    def deny_completion(self, source: Source, continuing: bool = False, announced_at: Moment | None = None) -> None:
        """Record that a source said the exchange is not complete (or continues); once per source."""
        self._check_origin(source)
        self._learn_origin(source)
        if all(denial.source != source for denial in self.denials):
            self.trigger_event(
                CompletionDenied, source=source, continuing=continuing, announced_at=announced_at or source.published
            )

    def state_terms(self, statement: TermsStatement, announced_at: Moment | None = None) -> None:
        """Record a source's statement of the terms; the same statement again changes nothing."""
        for party in statement.targets:
            self._check_direction(Direction.to(party))
        self._check_origin(statement.source)
        self._learn_origin(statement.source)
        if all(known.statement != statement for known in self.terms_statements):
            announced = announced_at or statement.source.published
            self.trigger_event(TermsStated, statement=statement, announced_at=announced)

    def acknowledge(self, finding_id: str, fingerprint: str, reviewer: str, note: str) -> None:
        """Record a reviewer's acknowledgement of a finding as it stands now; the same one again changes nothing."""
        known = self.acknowledgements.get(finding_id)
        if known is not None and (known.fingerprint, known.reviewer, known.note) == (fingerprint, reviewer, note):
            return
        self.trigger_event(
            FindingAcknowledged, finding_id=finding_id, fingerprint=fingerprint, reviewer=reviewer, note=note
        )

    def on_file(self, claim: Claim) -> UUID | None:
        """The id `claim` is on file under: its own, or that of the same claim recorded without the origin it names
        (attributed it or not yet); None when it is new."""
        if claim.claim_id in self.claims:
            return claim.claim_id
        if claim.source.origin is None:
            return None
        unnamed, claim_id = _unnamed(claim)
        state = self.claims.get(claim_id)
        return claim_id if state is not None and state.claim.source in (unnamed, claim.source) else None

    def _on_file_without_origin(self, claim: Claim) -> UUID | None:
        """The id of the same claim on file from the same source naming no origin, attributed `claim`'s origin
        if it has none yet; None when there is no such claim. Refused when the one on file was attributed another."""
        origin = claim.source.origin
        if origin is None:
            return None
        unnamed, claim_id = _unnamed(claim)
        state = self.claims.get(claim_id)
        if state is None:
            return None
        if state.claim.source == unnamed:
            self.attribute_origin(unnamed, origin)
        elif state.claim.source != claim.source:
            raise ConflictError(
                f"{unnamed.label}'s claim {claim_id} was attributed to {_label(state.claim.source.origin)}, "
                f"not {origin.label}",
                field="source.origin",
            )
        return claim_id

    def _learn_origin(self, source: Source) -> None:
        """A source named with its origin that is on file without one: attribute the origin to what is on file."""
        if source.origin is None:
            return
        unnamed = source.model_copy(update={"origin": None})
        if self._carries(unnamed):
            self.attribute_origin(unnamed, source.origin)

    def _carries(self, source: Source) -> bool:
        """Whether anything on file came from `source`: the agreement, a claim, a completion, a denial, terms."""
        return (
            self.agreement.source == source
            or any(item.source == source for item in self.completions)
            or any(item.source == source for item in self.denials)
            or any(item.statement.source == source for item in self.terms_statements)
            or any(state.claim.source == source for state in self.claims.values())
        )

    def _check_direction(self, direction: Direction) -> None:
        if direction.kind == "to" and direction.party not in self.parties:
            raise InvalidInputError(
                f"unknown party {direction.party!r}: this exchange is between {' and '.join(self.parties)}",
                field="direction",
            )

    def _check_origin(self, source: Source) -> None:
        problem = self.agreement.origin_problem(source)
        if problem:
            raise InvalidInputError(problem, field="source.origin")

    def _active_claim(self, claim_id: UUID) -> ClaimState:
        state = self.claims.get(claim_id)
        if state is None:
            raise ClaimNotFoundError(f"no claim {claim_id} in exchange {self.agreement.slug}", field="claim_id")
        if not state.active:
            raise ConflictError(
                f"claim {claim_id} was retracted at version {state.retracted_version}", field="claim_id"
            )
        return state


def _label(origin: Origin | None) -> str:
    return "no origin" if origin is None else origin.label


def _unnamed(claim: Claim) -> tuple[Source, UUID]:
    """The claim's source without its origin, and the id of the claim recorded from that source."""
    unnamed = claim.source.model_copy(update={"origin": None})
    return unnamed, claim_id_of(claim.model_copy(update={"source": unnamed}))
