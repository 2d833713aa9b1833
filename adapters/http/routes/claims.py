"""Claims: record what a source announced, correct its figures, or withdraw it."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from adapters.http.admission import RecorderWriting
from adapters.http.bodies import StrictJSONRoute
from adapters.http.deps import ReconcilerDep
from adapters.http.models import ClaimBody, CorrectionBody, OriginBody, RetractionBody, Written, written
from adapters.http.preconditions import PRECONDITION, IfMatch, expected_version, tagged
from adapters.http.problems import RESPONSES
from adapters.http.retry import in_thread
from domain.errors import InvalidInputError

router = APIRouter(
    prefix="/exchanges/{exchange}/claims", tags=["claims"], responses=RESPONSES, route_class=StrictJSONRoute
)
Ref = Annotated[str, Path(description="The exchange's slug or UUID.")]
ClaimId = Annotated[UUID, Path(description="The claim's id, as recording it answered or the report cites it.")]


@router.post(
    "", status_code=201, responses={200: {"model": Written, "description": "Already recorded"}, **PRECONDITION}
)
async def record_claim(
    exchange: Ref,
    body: ClaimBody,
    reconciler: ReconcilerDep,
    response: Response,
    who: RecorderWriting,
    if_match: IfMatch = None,
) -> Written:
    """Record what a source announced about a stage (or the whole exchange) in one direction (201).

    A claim's id is derived from its content (source, stage, direction, date and figures), so the same claim sent
    again, by a retry or by a colleague, is recognised and counted once (200, `changed: false`). No
    Idempotency-Key is needed. An inconsistent figure is recorded and reported as a finding, never refused. With
    If-Match naming a version the exchange has moved on from, nothing is written (412); the answer's ETag is the
    exchange's version after it.
    """
    version = expected_version(if_match)
    outcome = await in_thread(
        reconciler,
        lambda: reconciler.record_claim(exchange, body.claim, body.announced_at, expected_version=version),
        exchange,
        who,
    )
    if not outcome.changed:
        response.status_code = 200
    tagged(response, outcome.version)
    return written(outcome)


@router.post("/{claim_id}/corrections", responses=PRECONDITION)
async def correct_claim(
    exchange: Ref,
    claim_id: ClaimId,
    body: CorrectionBody,
    reconciler: ReconcilerDep,
    response: Response,
    who: RecorderWriting,
    if_match: IfMatch = None,
) -> Written:
    """Replace a claim's figures, keeping who did it (`by`, else the token's holder) and why.

    Figures equal to the claim's current ones change nothing, so a retried correction answers the same. A
    retracted claim cannot be corrected (409). If-Match and the answer's ETag work as for recording a claim.
    """
    version = expected_version(if_match)
    by = body.by or who.holder.name
    outcome = await in_thread(
        reconciler,
        lambda: reconciler.correct_claim(
            exchange, claim_id, body.figures, body.reason, by, body.announced_at, expected_version=version
        ),
        exchange,
        who,
    )
    tagged(response, outcome.version)
    return written(outcome)


@router.post("/{claim_id}/retraction", responses=PRECONDITION)
async def retract_claim(
    exchange: Ref,
    claim_id: ClaimId,
    body: RetractionBody,
    reconciler: ReconcilerDep,
    response: Response,
    who: RecorderWriting,
    if_match: IfMatch = None,
) -> Written:
    """Withdraw a claim: it stays in the history and stops counting.

    Sending the same retraction again (same reason and `by`) answers the same success with `changed: false`; a
    claim already retracted for another reason, or by someone else, is a conflict (409). If-Match and the answer's
    ETag work as for recording a claim.
    """
    version = expected_version(if_match)
    by = body.by or who.holder.name
    outcome = await in_thread(
        reconciler,
        lambda: reconciler.retract_claim(
            exchange, claim_id, body.reason, by, body.announced_at, expected_version=version
        ),
        exchange,
        who,
    )
    tagged(response, outcome.version)
    return written(outcome)


@router.post(
    "/{claim_id}/origin",
    status_code=201,
    responses={200: {"model": Written, "description": "The source carries that origin already"}, **PRECONDITION},
)
async def set_origin(
    exchange: Ref,
    claim_id: ClaimId,
    body: OriginBody,
    reconciler: ReconcilerDep,
    response: Response,
    who: RecorderWriting,
    if_match: IfMatch = None,
) -> Written:
    """Say whose word the claim's source carried (201): every statement on file from that source (its claims, the
    agreement, completions, terms) counts that origin from now on, by whom (`by`, else the token's holder) and why.

    A source carrying another origin is re-attributed, and the history keeps the one it replaced: a relay of an
    origin already on file then stops counting as independent. The origin the source carries already changes
    nothing (200, `changed: false`). With If-Match naming a version the exchange has moved on from, nothing is
    written (412). The answer's ETag is the exchange's version after it. An origin that is neither a party, a
    mediator nor the media is refused (422); an unknown claim is 404.
    """
    version = expected_version(if_match)
    by = body.by or who.holder.name
    try:
        outcome = await in_thread(
            reconciler,
            lambda: reconciler.attribute_origin(exchange, claim_id, body.origin, body.reason, by, version),
            exchange,
            who,
        )
    except InvalidInputError as error:  # the exchange refuses the source's origin: here the body's `origin`
        if error.field != "source.origin":
            raise
        raise InvalidInputError(error.message, "origin") from None
    if not outcome.changed:
        response.status_code = 200
    tagged(response, outcome.version)
    return written(outcome)
