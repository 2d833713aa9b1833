"""The Exchange aggregate: it decides what to record and triggers the events, which live in exchange_events.py. Stored
events name this module as the aggregate's topic (`domain.exchange:Exchange`) and as their own, so every event is
importable from here too; the values they carry, the state they build and the attribution of origins live in
modules of their own."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from eventsourcing.domain import BaseAggregate, CanMutateAggregate
from pydantic import ValidationError

from domain.agreement import Agreement, Slug
from domain.claims import Claim, Provenance, Span, claim_id_of
from domain.errors import InvalidInputError, invalid_input
from domain.events import DomainEvent
from domain.exchange_events import (
    ClaimCorrected,
    ClaimRecorded,
    ClaimRetracted,
    CompletionDenied,
    ExchangeAgreed,
    ExchangeDeclaredComplete,
    ExchangeEvent,
    FindingAcknowledged,
    OriginAttributed,
    OriginReattributed,
    TermsStated,
)
from domain.exchange_state import Acknowledgement, ClaimState, Completion, Denial, StatedTerms
from domain.figures import Direction, Figures, Moment, Origin, Source
from domain.identity import exchange_id as exchange_id
from domain.origin_attribution import OriginAttribution
from domain.terms import TermsStatement, Unit

# The events and the values they carry live in their own modules; they are still importable from here, where the
# aggregate is and where stored events' topics point.
__all__ = ["Acknowledgement", "Agreement", "Claim", "ClaimState", "Completion", "Denial", "DomainEvent"]
__all__ += ["Provenance", "Slug", "Span", "StatedTerms", "TermsStatement", "Unit", "claim_id_of"]
__all__ += ["ClaimCorrected", "ClaimRecorded", "ClaimRetracted", "CompletionDenied", "ExchangeAgreed"]
__all__ += ["ExchangeDeclaredComplete", "ExchangeEvent", "FindingAcknowledged", "OriginAttributed"]
__all__ += ["OriginReattributed", "TermsStated"]


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
