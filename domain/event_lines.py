"""Each stored event of an exchange in one line of plain words, as the timeline and the history show it."""

from __future__ import annotations

from domain.exchange import (
    Claim,
    ClaimCorrected,
    ClaimRecorded,
    ClaimRetracted,
    CompletionDenied,
    ExchangeAgreed,
    ExchangeDeclaredComplete,
    FindingAcknowledged,
    OriginAttributed,
    OriginReattributed,
    TermsStated,
)
from domain.figures import shown
from domain.moments import Event
from domain.terms import Unit


def _announcement(claim: Claim, agreed: Unit) -> str:
    """'Kyiv Independent on stage 1, to Ukraine': the words that name a claim wherever it is mentioned; a claim
    counting bodies says so ('..., to Ukraine, in bodies'), whether the agreement's unit is bodies (`agreed`) or the
    claim counts them beside people. A claim of people reads as it always did."""
    stage = "the whole exchange" if claim.stage is None else f"stage {claim.stage}"
    unit = claim.unit or agreed
    return f"{claim.source.label} on {stage}, {claim.direction.label}" + ("" if unit == "people" else f", in {unit}")


def describe(event: Event, claim: Claim | None = None, agreed: Unit = "people") -> str:
    """What the event records, in one line; `claim` is the claim a correction or retraction concerns, `agreed` the
    unit the agreement counts."""
    if isinstance(event, ExchangeAgreed):
        agreement = event.agreement
        terms = "; ".join(f"to {party} {target.label}" for party, target in agreement.terms.targets.items())
        parties = " and ".join(agreement.parties)
        return f"{agreement.title} agreed between {parties} ({terms}), per {agreement.source.label}"
    if isinstance(event, ClaimRecorded):
        figures = ", ".join(f"{key} {shown(value)}" for key, value in event.claim.figures.values().items())
        return f"{_announcement(event.claim, agreed)}: {figures}"
    if isinstance(event, ClaimCorrected):
        figures = ", ".join(f"{key} {shown(value)}" for key, value in event.figures.values().items())
        named = _announcement(claim, agreed) if claim is not None else f"claim {event.claim_id}"
        return f"{named} corrected by {event.corrected_by} ({event.reason}): {figures}"
    if isinstance(event, ClaimRetracted):
        named = _announcement(claim, agreed) if claim is not None else f"claim {event.claim_id}"
        return f"{named} retracted by {event.retracted_by} ({event.reason})"
    if isinstance(event, ExchangeDeclaredComplete):
        return f"{event.source.label} declared the exchange complete{_in_unit(event.unit)}"
    if isinstance(event, CompletionDenied):
        said = "said the exchange continues" if event.continuing else "said the exchange is not complete"
        return f"{event.source.label} {said}{_in_unit(event.unit)}"
    if isinstance(event, TermsStated):
        return f"{event.statement.source.label} stated the terms: {event.statement.summary} ({event.statement.unit})"
    if isinstance(event, FindingAcknowledged):
        return f"{event.reviewer} acknowledged {event.finding_id}: {event.note}"
    if isinstance(event, OriginReattributed) and event.source.origin is not None:
        unnamed = event.source.model_copy(update={"origin": None}).label
        carried = f"{unnamed} carried the word of {event.origin.said_by}, not {event.source.origin.said_by}"
        return f"{carried}, as {event.attributed_by} re-attributed it ({event.reason})"
    if isinstance(event, OriginAttributed):
        carried = f"{event.source.label} carried the word of {event.origin.said_by}"
        if event.attributed_by is None:
            return f"{carried}, learned when its statement was recorded again naming its origin"
        return f"{carried}, as {event.attributed_by} attributed it" + (f" ({event.reason})" if event.reason else "")
    raise TypeError(f"unknown event {type(event).__name__}")


def _in_unit(unit: str | None) -> str:
    """' in bodies' for a statement about one unit of the exchange; nothing for its own unit (the agreement's), which
    such an event leaves unnamed, as every event written before units were named does."""
    return "" if unit is None else f" in {unit}"
