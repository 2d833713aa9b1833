"""Findings: the open findings of every exchange, and a reviewer's acknowledgement of one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from adapters.http.bodies import StrictJSONRoute
from adapters.http.deps import Reader, ReconcilerDep, Reviewer
from adapters.http.models import AcknowledgementBody, OpenFinding, Written, written
from adapters.http.problems import CONFLICT, RESPONSES
from adapters.http.retry import retried
from adapters.readside.queries import Unreadable, latest_reports
from domain.application import Reconciler
from domain.findings import Severity
from domain.report import ReconciliationReport

UNREADABLE_HEADER = "X-Unreadable-Exchanges"

router = APIRouter(tags=["findings"], responses=RESPONSES, route_class=StrictJSONRoute)


@router.get("/findings")
def open_findings(
    reconciler: ReconcilerDep,
    response: Response,
    _: Reader,
    exchange: Annotated[str | None, Query(description="Only this exchange's (slug or UUID).")] = None,
    severity: Annotated[Severity | None, Query(description="Only error, warning or info.")] = None,
    rule: Annotated[str | None, Query(description="Only this rule's, e.g. breakdown-sum.")] = None,
) -> list[OpenFinding]:
    """Every finding no reviewer has acknowledged, exchange by exchange in the order agreed, errors first within
    each, as the reports state them now (read from the read models once they hold every event recorded). An
    exchange one of whose stored events cannot be read is left out and named (by id) in the X-Unreadable-Exchanges
    header; GET /exchanges lists it with the reason."""
    found: list[OpenFinding] = []
    unreadable: list[str] = []
    for report in _reports(reconciler, exchange, unreadable):
        lines = [line for line in report.open_findings if _wanted(line.severity, line.rule, severity, rule)]
        ranked = sorted(lines, key=lambda line: list(Severity).index(line.severity))
        found += [
            OpenFinding(exchange=report.exchange.slug, title=report.exchange.title, finding=line) for line in ranked
        ]
    if unreadable:
        response.headers[UNREADABLE_HEADER] = ", ".join(unreadable)
    return found


@router.post("/exchanges/{exchange}/acknowledgements", responses=CONFLICT)
def acknowledge_finding(
    exchange: Annotated[str, Path(description="The exchange's slug or UUID.")],
    body: AcknowledgementBody,
    reconciler: ReconcilerDep,
    who: Reviewer,
) -> Written:
    """Acknowledge an open finding as it stands now, with a note (needs the reviewer role). The finding stays
    listed but is no longer open; it reopens when the figures behind it change. The same acknowledgement sent again
    changes nothing. A finding the exchange does not currently have is refused (404)."""
    reviewer = body.reviewer or who.name
    return written(
        retried(lambda: reconciler.acknowledge_finding(exchange, body.finding_id, reviewer, body.note), exchange)
    )


def _reports(reconciler: Reconciler, exchange: str | None, unreadable: list[str]) -> Iterator[ReconciliationReport]:
    """The one exchange's latest report, or every exchange's, noting (by id) each one that cannot be read."""
    if exchange is not None:
        yield reconciler.report(exchange)
        return
    for latest in latest_reports(reconciler):
        if isinstance(latest, Unreadable):
            unreadable.append(str(latest.exchange_id))
        else:
            yield latest.report


def _wanted(severity: Severity, rule: str, wanted_severity: Severity | None, wanted_rule: str | None) -> bool:
    return (wanted_severity is None or severity == wanted_severity) and (wanted_rule is None or rule == wanted_rule)
