"""Findings: the open findings of every exchange, and a reviewer's acknowledgement of one."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Response

from adapters.http.bodies import StrictJSONRoute
from adapters.http.deps import Reader, ReconcilerDep, Reviewer
from adapters.http.models import AcknowledgementBody, OpenFinding, Written, written
from adapters.http.preconditions import PRECONDITION, IfMatch, expected_version, tagged
from adapters.http.problems import RESPONSES
from adapters.http.retry import in_thread
from adapters.http.standing import position_headers
from adapters.readside.findings import FindingsQuery, find
from domain.findings import Severity

UNREADABLE_HEADER = "X-Unreadable-Exchanges"

router = APIRouter(tags=["findings"], responses=RESPONSES, route_class=StrictJSONRoute)


@router.get("/findings")
def open_findings(
    reconciler: ReconcilerDep,
    response: Response,
    _: Reader,
    exchange: Annotated[str | None, Query(description="Only this exchange's (slug or UUID).")] = None,
    severity: Annotated[
        Literal["error", "warning"] | None,
        Query(description="Only error or warning (notes, of severity info, are not findings)."),
    ] = None,
    rule: Annotated[str | None, Query(description="Only this rule's, e.g. breakdown-sum.")] = None,
) -> list[OpenFinding]:
    """Every finding no reviewer has acknowledged, in the desk's order, as `recon findings --open` lists them:
    errors, then warnings, across every exchange; within a severity, exchanges in the order agreed.
    Read from the read models (each exchange's latest report), brought up to date first; the X-Read-Position header
    gives the log position the list reflects and X-Behind-By how many events recorded it does not reflect yet (0
    unless the read models could not catch up within their bound). An exchange one of whose stored events cannot
    be read is left out and named (by id) in the X-Unreadable-Exchanges header; GET /exchanges lists it with the
    reason."""
    found = find(reconciler, FindingsQuery(True, rule, None if severity is None else Severity(severity), exchange))
    if found.unreadable:
        response.headers[UNREADABLE_HEADER] = ", ".join(str(item.exchange_id) for item in found.unreadable)
    position_headers(response, found.standing)
    return [OpenFinding(exchange=item.exchange, title=item.title, finding=item.finding) for item in found.items]


@router.post("/exchanges/{exchange}/acknowledgements", responses=PRECONDITION)
async def acknowledge_finding(
    exchange: Annotated[str, Path(description="The exchange's slug or UUID.")],
    body: AcknowledgementBody,
    reconciler: ReconcilerDep,
    response: Response,
    who: Reviewer,
    if_match: IfMatch = None,
) -> Written:
    """Acknowledge an open finding as it stands now, with a note (needs the reviewer role). The finding stays
    listed but is no longer open; it reopens when the figures behind it change. The same acknowledgement sent again
    changes nothing. A finding the exchange does not currently have is refused (404). With If-Match naming a
    version the exchange has moved on from, nothing is written (412); the answer's ETag is the exchange's version
    after it."""
    reviewer, version = body.reviewer or who.name, expected_version(if_match)
    outcome = await in_thread(
        reconciler,
        lambda: reconciler.acknowledge_finding(
            exchange, body.finding_id, reviewer, body.note, expected_version=version
        ),
        exchange,
    )
    tagged(response, outcome.version)
    return written(outcome)
