"""When something was announced, as opposed to when the team recorded it."""

from __future__ import annotations

from datetime import UTC, datetime, time

from domain.errors import InvalidInputError
from domain.exchange import (
    ClaimCorrected,
    ClaimRecorded,
    ClaimRetracted,
    CompletionDenied,
    ExchangeAgreed,
    ExchangeDeclaredComplete,
    FindingAcknowledged,
    OriginAttributed,
    TermsStated,
)
from domain.figures import Moment

Event = (
    ExchangeAgreed
    | ClaimRecorded
    | ClaimCorrected
    | ClaimRetracted
    | ExchangeDeclaredComplete
    | CompletionDenied
    | TermsStated
    | FindingAcknowledged
    | OriginAttributed
)


def utc(moment: Moment | None) -> datetime:
    """A date as the start of that day in UTC; a time without a zone as UTC."""
    if moment is None:
        raise InvalidInputError("no instant given")
    if not isinstance(moment, datetime):
        return datetime.combine(moment, time(0), tzinfo=UTC)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def announcement(event: Event) -> Moment:
    """When the source announced what the event records, as precisely as it is known.

    An agreement counts from its announcement, else the day it was agreed, else its source's publication. A claim
    without a publication date counts from the day its stage took place. Anything else without an announcement
    time counts from when it was recorded: an attribution of an origin is the desk's own learning, dated by it.
    """
    moment: Moment | None = None
    if isinstance(event, ExchangeAgreed):
        agreement = event.agreement
        moment = agreement.announced_at or agreement.agreed_on or agreement.source.published
    elif isinstance(event, ClaimRecorded):
        moment = event.announced_at or event.claim.stage_day
    elif isinstance(event, ClaimCorrected | ClaimRetracted | ExchangeDeclaredComplete | CompletionDenied | TermsStated):
        moment = event.announced_at
    return moment if moment is not None else event.timestamp


def announced(event: Event) -> datetime:
    """The announcement as an instant in UTC: a date counts from the start of that day."""
    return utc(announcement(event))
