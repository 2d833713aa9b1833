"""The Exchange's events: facts in the past tense, the permanent record. Each is stored under the topic it was first
stored under, when the events and the aggregate shared domain/exchange.py (which still exports them): a stored
event names its class by that topic, so it may never change."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar
from uuid import UUID

from eventsourcing.domain import CanInitAggregate, CanMutateAggregate

from domain.agreement import Agreement
from domain.claims import Claim, claim_id_of
from domain.events import DomainEvent
from domain.exchange_state import Acknowledgement, ClaimState, Completion, Denial, StatedTerms
from domain.figures import Figures, FindingId, Moment, Name, Origin, Source
from domain.terms import TermsStatement, Unit


class ExchangeEvent(DomainEvent, CanMutateAggregate[UUID]):
    """An event that changes an existing Exchange."""


class ExchangeAgreed(DomainEvent, CanInitAggregate[UUID]):
    """The parties agreed an exchange on these terms, as reported by a source."""

    TOPIC: ClassVar[str] = "domain.exchange:ExchangeAgreed"

    originator_topic: str
    agreement: Agreement

    def apply(self, aggregate: Any) -> None:
        aggregate.agreement = self.agreement


class ClaimRecorded(ExchangeEvent):
    """A source's claim about a stage and direction was recorded."""

    TOPIC: ClassVar[str] = "domain.exchange:ClaimRecorded"

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

    TOPIC: ClassVar[str] = "domain.exchange:ClaimCorrected"

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

    TOPIC: ClassVar[str] = "domain.exchange:ClaimRetracted"

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

    TOPIC: ClassVar[str] = "domain.exchange:ExchangeDeclaredComplete"

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

    TOPIC: ClassVar[str] = "domain.exchange:CompletionDenied"

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

    TOPIC: ClassVar[str] = "domain.exchange:TermsStated"

    statement: TermsStatement
    announced_at: Moment | None = None

    def apply(self, aggregate: Any) -> None:
        aggregate.terms_statements.append(StatedTerms(statement=self.statement, version=self.originator_version))


class OriginAttributed(ExchangeEvent):
    """The desk learned whose word an outlet's statement carried: everything on file from that source, which named
    no origin, counts as the origin's word from this event on (claims keep their ids)."""

    TOPIC: ClassVar[str] = "domain.exchange:OriginAttributed"

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

    TOPIC: ClassVar[str] = "domain.exchange:OriginReattributed"


class FindingAcknowledged(ExchangeEvent):
    """A reviewer acknowledged a finding, with a note; it reopens when the evidence behind it changes."""

    TOPIC: ClassVar[str] = "domain.exchange:FindingAcknowledged"

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
