"""Claims: record what a source announced, correct its figures, or withdraw it."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Response

from adapters.http.admission import RecorderWriting
from adapters.http.bodies import StrictJSONRoute
from adapters.http.deps import ReconcilerDep
from adapters.http.models import ClaimBody, CorrectionBody, RetractionBody, Written, written
from adapters.http.problems import CONFLICT, RESPONSES
from adapters.http.retry import in_thread

router = APIRouter(
    prefix="/exchanges/{exchange}/claims", tags=["claims"], responses=RESPONSES, route_class=StrictJSONRoute
)
Ref = Annotated[str, Path(description="The exchange's slug or UUID.")]
ClaimId = Annotated[UUID, Path(description="The claim's id, as recording it answered or the report cites it.")]


@router.post("", status_code=201, responses={200: {"model": Written, "description": "Already recorded"}, **CONFLICT})
async def record_claim(
    exchange: Ref, body: ClaimBody, reconciler: ReconcilerDep, response: Response, who: RecorderWriting
) -> Written:
    """Record what a source announced about a stage (or the whole exchange) in one direction (201).

    A claim's id is derived from its content (source, stage, direction, date and figures), so the same claim sent
    again, by a retry or by a colleague, is recognised and counted once (200, `changed: false`). No
    Idempotency-Key is needed. An inconsistent figure is recorded and reported as a finding, never refused.
    """
    outcome = await in_thread(
        reconciler, lambda: reconciler.record_claim(exchange, body.claim, body.announced_at), exchange, who
    )
    if not outcome.changed:
        response.status_code = 200
    return written(outcome)


@router.post("/{claim_id}/corrections", responses=CONFLICT)
async def correct_claim(
    exchange: Ref, claim_id: ClaimId, body: CorrectionBody, reconciler: ReconcilerDep, who: RecorderWriting
) -> Written:
    """Replace a claim's figures, keeping who did it (`by`, else the token's holder) and why.

    Figures equal to the claim's current ones change nothing, so a retried correction answers the same. A
    retracted claim cannot be corrected (409).
    """
    by = body.by or who.holder.name
    return written(
        await in_thread(
            reconciler,
            lambda: reconciler.correct_claim(exchange, claim_id, body.figures, body.reason, by, body.announced_at),
            exchange,
            who,
        )
    )


@router.post("/{claim_id}/retraction", responses=CONFLICT)
async def retract_claim(
    exchange: Ref, claim_id: ClaimId, body: RetractionBody, reconciler: ReconcilerDep, who: RecorderWriting
) -> Written:
    """Withdraw a claim: it stays in the history and stops counting.

    Sending the same retraction again (same reason and `by`) answers the same success with `changed: false`; a
    claim already retracted for another reason, or by someone else, is a conflict (409).
    """
    by = body.by or who.holder.name
    return written(
        await in_thread(
            reconciler,
            lambda: reconciler.retract_claim(exchange, claim_id, body.reason, by, body.announced_at),
            exchange,
            who,
        )
    )
