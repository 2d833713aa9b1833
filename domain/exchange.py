"""The Exchange aggregate and its past-tense events. The events stay here, since their stored topics name this module;
the values they carry, the state they build and the attribution of origins live in modules of their own."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar
from uuid import UUID

from eventsourcing.domain import BaseAggregate, CanInitAggregate, CanMutateAggregate
from pydantic import ValidationError

from domain.agreement import Agreement, Slug
from domain.claims import Claim, Provenance, Span, claim_id_of
from domain.errors import InvalidInputError, invalid_input
from domain.events import DomainEvent
from domain.exchange_state import Acknowledgement, ClaimState, Completion, Denial, StatedTerms
from domain.figures import Direction, Figures, FindingId, Moment, Name, Origin, Source
from domain.identity import exchange_id as exchange_id
from domain.origin_attribution import OriginAttribution
from domain.terms import TermsStatement, Unit

# The values the events carry live in their own modules; they are still importable from here, where the events,
# whose stored topics name this module, and the aggregate are.
__all__ = ["Acknowledgement", "Agreement", "Claim", "ClaimState", "Completion", "Denial", "DomainEvent"]
__all__ += ["Provenance", "Slug", "Span", "StatedTerms", "TermsStatement", "Unit", "claim_id_of"]


class ExchangeEvent(DomainEvent, CanMutateAggregate[UUID]):
    """An event that changes an existing Exchange."""


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
    """A source declared the exchange, or one unit of it, complete."""

    class_version: ClassVar[int] = 2
    source: Source
    announced_at: Moment | None = None
    unit: Unit | None = None
    """The unit declared complete; None: the agreement's own."""

    @staticmethod
    def upcast_v1_v2(state: dict[str, Any]) -> None:
        """Version 1 named no unit: it declared the agreement's own unit complete."""
        state["unit"] = None

    def apply(self, aggregate: Any) -> None:
        aggregate.completions.append(
            Completion(
                source=self.source, version=self.originator_version, unit=self.unit, announced_at=self.announced_at
            )
        )


class CompletionDenied(ExchangeEvent):
    """A source said the exchange, or one unit of it, is not complete, or that it continues."""

    class_version: ClassVar[int] = 2
    source: Source
    continuing: bool = False
    """The source said more stages will follow, rather than only that it is not complete."""
    announced_at: Moment | None = None
    unit: Unit | None = None
    """The unit said to continue; None: the agreement's own."""

    @staticmethod
    def upcast_v1_v2(state: dict[str, Any]) -> None:
        """Version 1 named no unit: it spoke of the agreement's own unit."""
        state["unit"] = None

    def apply(self, aggregate: Any) -> None:
        aggregate.denials.append(
            Denial(source=self.source, continuing=self.continuing, version=self.originator_version, unit=self.unit)
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
        aggregate.name_origin(self.source, self.origin, self.originator_version)


class OriginReattributed(OriginAttributed):
    """The desk found that a source's statements carried another origin's word than the one on file: everything on
    file from that source counts as `origin`'s word from this event on. `source` names the origin it replaces;
    `attributed_by` and `reason` are always given."""


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


class Exchange(OriginAttribution, BaseAggregate[UUID]):
    """One agreed exchange and everything announced about it."""

    def __init__(self) -> None:
        self.agreement: Agreement
        self.claims: dict[UUID, ClaimState] = {}
        self.completions: list[Completion] = []
        self.denials: list[Denial] = []
        self.terms_statements: list[StatedTerms] = []
        self.acknowledgements: dict[str, Acknowledgement] = {}
        self.renamed: dict[Source, Source] = {}

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
        """Attribute an origin to everything on file from `source` (re-attribute it, when `source` names another):
        its figures count as the origin's word from now on."""
        self._check_attribution(source, origin, by, reason)
        event = OriginAttributed if source.origin is None else OriginReattributed
        self.trigger_event(event, source=source, origin=origin, attributed_by=by, reason=reason)

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

    def declare_complete(self, source: Source, announced_at: Moment | None = None, unit: Unit | None = None) -> None:
        """Record that a source declared the exchange (with `unit`, that unit of it) complete; once per source and
        unit."""
        self._check_origin(source)
        self._learn_origin(source)
        unit = self._named_unit(unit)
        said = (self._now_named(source), unit)
        if all((completion.source, completion.unit) != said for completion in self.completions):
            announced = announced_at or source.published
            self.trigger_event(ExchangeDeclaredComplete, source=source, announced_at=announced, unit=unit)

    def deny_completion(
        self, source: Source, continuing: bool = False, announced_at: Moment | None = None, unit: Unit | None = None
    ) -> None:
        """Record that a source said the exchange (with `unit`, that unit of it) is not complete (or continues);
        once per source and unit."""
        self._check_origin(source)
        self._learn_origin(source)
        unit = self._named_unit(unit)
        said = (self._now_named(source), unit)
        if all((denial.source, denial.unit) != said for denial in self.denials):
            announced = announced_at or source.published
            self.trigger_event(
                CompletionDenied, source=source, continuing=continuing, announced_at=announced, unit=unit
            )

    def state_terms(self, statement: TermsStatement, announced_at: Moment | None = None) -> None:
        """Record a source's statement of the terms; the same statement again changes nothing."""
        for party in statement.targets:
            self._check_direction(Direction.to(party))
        self._check_origin(statement.source)
        self._learn_origin(statement.source)
        named = statement.model_copy(update={"source": self._now_named(statement.source)})
        if all(known.statement not in (statement, named) for known in self.terms_statements):
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
