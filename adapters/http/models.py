"""The bodies the service reads and the outcomes it answers with, apart from the domain's own read models."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict

from adapters.auth.keyring import Role
from domain.application import Outcome
from domain.exchange import Claim, TermsStatement, Unit
from domain.figures import Figures, FindingId, Moment, Name, Origin, Source
from domain.report_values import FindingLine


class Body(BaseModel):
    """Base of request bodies: unknown fields refused, so that a misspelt field is not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class ClaimBody(Body):
    """A claim as its source announced it, and when, if the source gives a time."""

    claim: Claim
    announced_at: Moment | None = None


class CorrectionBody(Body):
    """New figures for a claim, why, and by whom (the token's holder when omitted)."""

    figures: Figures
    reason: Name
    by: Name | None = None
    announced_at: Moment | None = None


class RetractionBody(Body):
    """Why a claim is withdrawn, and by whom (the token's holder when omitted)."""

    reason: Name
    by: Name | None = None
    announced_at: Moment | None = None


class OriginBody(Body):
    """Whose word the claim's source carried ('Party / body'), why the desk says so, and who (the token's holder
    when omitted)."""

    origin: Origin
    reason: Name
    by: Name | None = None


class CompletionBody(Body):
    """The source that declared the exchange complete, or (`says`) denied it or said that it continues; with
    `unit`, only that unit of it (`bodies`: the remains handed over under an exchange of prisoners)."""

    source: Source
    says: Literal["declared", "denied", "continuing"] = "declared"
    announced_at: Moment | None = None
    unit: Unit | None = None


class TermsBody(Body):
    """The terms as one source stated them, and when, if the source gives a time."""

    statement: TermsStatement
    announced_at: Moment | None = None


class AcknowledgementBody(Body):
    """The finding acknowledged (its id as the report gives it), the reviewer's note, and who (the token's holder)."""

    finding_id: FindingId
    note: Name
    reviewer: Name | None = None


class Written(BaseModel):
    """What a write did: the exchange's version afterwards, and whether anything new was recorded."""

    exchange: str
    version: int
    changed: bool
    claim_id: UUID | None = None


def written(outcome: Outcome) -> Written:
    """The answer to a write, from what the command reported."""
    return Written(exchange=outcome.slug, version=outcome.version, changed=outcome.changed, claim_id=outcome.claim_id)


class OpenFinding(BaseModel):
    """An open finding of one exchange."""

    exchange: str
    title: str
    finding: FindingLine


class TokenBody(Body):
    """Who the new token is for, and its role."""

    name: Name
    role: Role


class RevocationBody(Body):
    """Why a token is revoked."""

    reason: Name


class IssuedToken(BaseModel):
    """A new token, shown this once: only its hash is kept."""

    token: str
    token_id: UUID
    name: str
    role: Role
