"""Terms: a source's statement of an exchange's terms, and every statement recorded."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from adapters.http.bodies import StrictJSONRoute
from adapters.http.deps import Reader, ReconcilerDep, Recorder
from adapters.http.models import TermsBody, Written, written
from adapters.http.preconditions import PRECONDITION, IfMatch, expected_version, tagged
from adapters.http.problems import RESPONSES
from adapters.http.retry import in_thread
from adapters.reports.terms_listing import TermsLine, terms_lines

router = APIRouter(
    prefix="/exchanges/{exchange}/terms", tags=["terms"], responses=RESPONSES, route_class=StrictJSONRoute
)
Ref = Annotated[str, Path(description="The exchange's slug or UUID.")]


@router.post(
    "", status_code=201, responses={200: {"model": Written, "description": "Already recorded"}, **PRECONDITION}
)
async def state_terms(
    exchange: Ref, body: TermsBody, reconciler: ReconcilerDep, response: Response, _: Recorder, if_match: IfMatch = None
) -> Written:
    """Record the terms as one source stated them (201): each side, per direction, combined, all for all, composite
    or not announced, in people or bodies.

    The same statement sent again is recognised and kept once (200, `changed: false`). A statement that differs from
    another source's is recorded and reported as a terms-agreement finding, never refused; progress keeps being read
    against the agreement's terms. A party that is not the exchange's, or an origin that is neither a party nor a
    mediator, is refused (422). With If-Match naming a version the exchange has moved on from, nothing is written
    (412); the answer's ETag is the exchange's version after it.
    """
    version = expected_version(if_match)
    outcome = await in_thread(
        reconciler,
        lambda: reconciler.state_terms(exchange, body.statement, body.announced_at, expected_version=version),
        exchange,
    )
    if not outcome.changed:
        response.status_code = 200
    tagged(response, outcome.version)
    return written(outcome)


@router.get("")
def list_terms(exchange: Ref, reconciler: ReconcilerDep, _: Reader) -> list[TermsLine]:
    """Every statement of the terms, the agreement's own first (version 1), each with its source, form, unit, the
    terms in words and the version that recorded it."""
    return terms_lines(reconciler.exchange(exchange))
