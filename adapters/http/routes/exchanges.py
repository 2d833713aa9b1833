"""Exchanges: agree one, list them, and read an exchange's report, timeline, diff and audit bundle."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Response
from pydantic import ValidationError

from adapters.audit.bundle import export_bundle
from adapters.http.bodies import StrictJSONRoute
from adapters.http.deps import Credentials, Reader, ReconcilerDep, Recorder, ServiceDep, admit_reader
from adapters.http.models import CompletionBody, Written, written
from adapters.http.preconditions import PRECONDITION, IfMatch, expected_version, tagged
from adapters.http.problems import CONFLICT, RESPONSES
from adapters.http.retry import in_thread
from adapters.http.standing import position_headers, report_tag, unless_held
from adapters.readside.queries import checked_document, listings
from domain.changes import Timeline
from domain.errors import InvalidInputError
from domain.exchange import Agreement
from domain.exchange_diff import ExchangeDiff
from domain.history import AsOf
from domain.listing import ExchangeListing
from domain.report_values import ReconciliationReport

router = APIRouter(prefix="/exchanges", tags=["exchanges"], responses=RESPONSES, route_class=StrictJSONRoute)
Ref = Annotated[str, Path(description="The exchange's slug (as GET /exchanges lists it) or its UUID.")]


@router.get("")
def list_exchanges(reconciler: ReconcilerDep, response: Response, _: Reader) -> list[ExchangeListing]:
    """Every recorded exchange, in the order agreed, with its verdict, claims and open findings. An exchange one of
    whose stored events cannot be read is listed with the verdict `unreadable` and the reason in `unreadable`.
    X-Read-Position and X-Behind-By say which log position the list reflects (see GET /findings)."""
    found, standing = listings(reconciler)
    position_headers(response, standing)
    return found


@router.post(
    "", status_code=201, responses={200: {"model": Written, "description": "Already agreed on these terms"}, **CONFLICT}
)
async def agree_exchange(agreement: Agreement, reconciler: ReconcilerDep, response: Response, _: Recorder) -> Written:
    """Record an agreed exchange (201). Agreeing it again on the same terms changes nothing (200), so a retried
    request is safe; the same slug with other terms is refused with 409."""
    outcome = await in_thread(reconciler, lambda: reconciler.agree_exchange(agreement), agreement.slug)
    if not outcome.changed:
        response.status_code = 200
    return written(outcome)


@router.get(
    "/{exchange}/report",
    response_model=ReconciliationReport,
    responses={304: {"description": "The latest report the client holds (If-None-Match) is still the latest"}},
)
def report(
    exchange: Ref,
    reconciler: ReconcilerDep,
    service: ServiceDep,
    credentials: Credentials,
    as_of_version: Annotated[int | None, Query(ge=1, description="The exchange as its first N events left it.")] = None,
    recorded_before: Annotated[
        datetime | None, Query(description="Only what the team had recorded before this instant (UTC unless given).")
    ] = None,
    announced_before: Annotated[
        datetime | None,
        Query(description="Only what sources had announced before this instant, whenever it was recorded."),
    ] = None,
    if_none_match: Annotated[str | None, Header(description="The ETag of a latest report the client holds.")] = None,
) -> ReconciliationReport | Response:
    """The reconciliation of one exchange: every figure per stage and direction with the value accepted and why,
    progress against the agreed targets, each finding with expected, found, difference and evidence, and the checks
    that passed. Give at most one of as_of_version, recorded_before or announced_before to see the exchange as it
    stood then; a date alone means the start of that day in UTC. The latest report read from the read models carries
    X-Read-Position and X-Behind-By (see GET /findings), and an ETag: sent back in If-None-Match, it is answered 304
    with no body while the exchange has not changed."""
    given = {"as_of_version": as_of_version, "recorded_before": recorded_before, "announced_before": announced_before}
    named = [name for name, value in given.items() if value is not None]
    if not named:
        # The token is checked against the keyring's generation read in the report's own statement: one round trip
        # for both, and a token revoked before it is refused. Nothing is sent before the check.
        row, standing, generation = checked_document(reconciler, exchange, service.keyring.recorder)
        admit_reader(service, credentials, generation)
        if row is not None and row.report is not None:  # the read models' JSON is the report's own serialisation
            answer = unless_held(row.report, report_tag(row.version), if_none_match)
            position_headers(answer, standing)
            return answer
        return reconciler.report(exchange)
    admit_reader(service, credentials, None)
    if len(named) > 1:
        raise InvalidInputError(f"give one point of history, not {' and '.join(named)}", named[1])
    return reconciler.report(
        exchange, AsOf(version=as_of_version, recorded_before=recorded_before, announced_before=announced_before)
    )


@router.get("/{exchange}/timeline")
def timeline(exchange: Ref, reconciler: ReconcilerDep, _: Reader) -> Timeline:
    """Every event of the exchange in order, with what it changed: figures, findings raised, changed, cleared or
    reopened, and progress."""
    return reconciler.timeline(exchange)


@router.get("/{exchange}/diff")
def diff(
    exchange: Ref,
    reconciler: ReconcilerDep,
    _: Reader,
    start: Annotated[str, Query(alias="from", description="A version (5) or a recorded-before instant (2025-05-24).")],
    end: Annotated[
        str | None, Query(alias="to", description="A version or a recorded-before instant; the latest by default.")
    ] = None,
) -> ExchangeDiff:
    """What changed between two points of the exchange's recorded history: figures whose accepted value or status
    changed, and findings raised, cleared, changed, acknowledged or reopened, with the versions responsible."""
    first = diff_point(start, "from")
    return reconciler.diff(exchange, first, diff_point(end, "to") if end is not None else None)


@router.get(
    "/{exchange}/bundle",
    response_class=Response,
    responses={200: {"content": {"application/x-ndjson": {}}, "description": "The audit bundle"}},
)
def bundle(exchange: Ref, reconciler: ReconcilerDep, _: Reader) -> Response:
    """The exchange's complete history as an audit bundle (recon-bundle/1: a manifest line, then one hash-chained
    line per event), as `recon export` writes it; `recon verify --head` checks it against the X-Bundle-Head header."""
    exported = export_bundle(reconciler, exchange)
    manifest = exported.manifest
    headers = {
        "Content-Disposition": f'attachment; filename="{manifest.slug}.bundle"',
        "X-Bundle-Head": manifest.head,
    }
    return Response(exported.to_bytes(), media_type="application/x-ndjson", headers=headers)


@router.post(
    "/{exchange}/completions",
    status_code=201,
    responses={200: {"model": Written, "description": "Already recorded"}, **PRECONDITION},
)
async def declare_complete(
    exchange: Ref,
    body: CompletionBody,
    reconciler: ReconcilerDep,
    response: Response,
    _: Recorder,
    if_match: IfMatch = None,
) -> Written:
    """Record a source's declaration that the exchange is complete (201), or with `says` that it denied it
    (`denied`) or said it continues (`continuing`); once per source for each, so sending it again changes nothing
    (200, `changed: false`). With `unit` the statement speaks of that unit only (`bodies`), without it of the
    exchange's own. A completion of a unit declared by one source and denied by another, or followed by a stage
    reported after it, is a completion-agreement finding. With If-Match naming a version the exchange has moved on
    from, nothing is written (412); the answer's ETag is the exchange's version after it."""
    source, when, unit, version = body.source, body.announced_at, body.unit, expected_version(if_match)
    if body.says == "declared":
        outcome = await in_thread(
            reconciler,
            lambda: reconciler.declare_complete(exchange, source, when, unit, expected_version=version),
            exchange,
        )
    else:
        continuing = body.says == "continuing"
        outcome = await in_thread(
            reconciler,
            lambda: reconciler.deny_completion(exchange, source, continuing, when, unit, expected_version=version),
            exchange,
        )
    if not outcome.changed:
        response.status_code = 200
    tagged(response, outcome.version)
    return written(outcome)


def diff_point(text: str, side: str) -> AsOf:
    """A version (5) or a recorded-before instant (2025-05-24T20:00), as a diff's two ends take them."""
    cleaned = text.strip()
    try:
        if cleaned.isdigit():
            return AsOf(version=int(cleaned))
        return AsOf(recorded_before=datetime.fromisoformat(cleaned))
    except (ValueError, ValidationError):
        raise InvalidInputError(
            f"{text!r} is neither a version (1 or more) nor a date or time like 2025-05-24T20:00", side
        ) from None
