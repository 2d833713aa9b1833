"""The pages that read: the exchanges, one exchange (now or as of a point of its history), and one claim."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from adapters.collector import collector_paused
from adapters.http.deps import ReconcilerDep
from adapters.http.pages.chart import disputed_totals, progress_chart, ranged_totals
from adapters.http.pages.completion import DONE
from adapters.http.pages.errors import on_page
from adapters.http.pages.evidence import by_value
from adapters.http.pages.listing import SORTS, VERDICTS, chosen, rows
from adapters.http.pages.origins import behind, said_briefly
from adapters.http.pages.render import page
from adapters.http.pages.session import PageError, Reading
from domain.exchange import Exchange
from domain.figures import Tier
from domain.history import AsOf
from domain.report import build_report
from domain.report_values import StageReport

router = APIRouter(include_in_schema=False)
STAGES_SHOWN = 10
"""Stage tables an exchange page shows unless asked for all: the progress chart still counts every stage."""


@router.get("/", response_class=HTMLResponse)
def exchanges_page(
    request: Request,
    reconciler: ReconcilerDep,
    who: Reading,
    q: str = "",
    verdict: str = "",
    sort: str = "title",
    order: str = "asc",
) -> HTMLResponse:
    """Every exchange, searchable by name, filtered by verdict and sorted by any column; all in the address."""
    if verdict not in ("", *VERDICTS):
        raise PageError(422, f"There is no verdict {verdict!r}: choose {', '.join(VERDICTS)}.")
    shown = chosen(rows(reconciler), q, verdict, sort if sort in SORTS else "title", order == "desc")
    filters = {"q": q, "verdict": verdict, "sort": sort, "order": order}
    return page(
        request,
        "exchanges.html",
        who,
        rows=shown,
        filters=filters,
        verdicts=VERDICTS,
        sorts=SORTS,
        charts=progress_chart,
    )


@router.get("/exchanges/{exchange}", response_class=HTMLResponse)
def exchange_page(
    request: Request,
    exchange: str,
    reconciler: ReconcilerDep,
    who: Reading,
    as_of_version: Annotated[int | None, Query(ge=1)] = None,
    recorded_before: str = "",
    announced_before: str = "",
    stages: str = "",
    done: str = "",
) -> HTMLResponse:
    """One exchange: progress per direction, stage tables, findings and notes, now or as of a version or instant.

    An exchange of many stages shows the tables of its latest stages unless `stages=all` asks for every one."""
    with on_page(), collector_paused():
        latest = reconciler.exchange(exchange)
        point = _point(as_of_version, recorded_before, announced_before)
        # The latest report is built from the exchange already loaded, not loaded a second time.
        report = build_report(latest) if point is None else reconciler.report(latest.id, point)
    notes = [
        (state.claim_id, state.claim.note) for state in latest.claims.values() if state.claim.note and state.active
    ]
    tables = report.stages if stages == "all" else _latest_stages(report.stages)
    return page(
        request,
        "exchange.html",
        who,
        report=report,
        tables=tables,
        hidden=len(report.stages) - len(tables),
        charts=[
            progress_chart(line, disputed_totals(report.stages, line.party), ranged_totals(report.stages, line.party))
            for line in report.progress
        ],
        latest=latest.version,
        shown_version=report.exchange.version,
        recorded_before=recorded_before,
        announced_before=announced_before,
        point_query=_point_query(as_of_version, recorded_before, announced_before),
        notes=notes,
        sources=_claim_sources(latest),
        by_value=by_value,
        behind=behind,
        said_briefly=said_briefly,
        tiers=list(Tier),
        done=DONE.get(done),
    )


def _latest_stages(stages: list[StageReport]) -> list[StageReport]:
    """The last STAGES_SHOWN numbered stages and the whole exchange: a page that stays light for a long exchange."""
    numbered = [stage for stage in stages if stage.stage is not None]
    return numbered[-STAGES_SHOWN:] + [stage for stage in stages if stage.stage is None]


def _point(version: int | None, recorded: str, announced: str) -> AsOf | None:
    """The point of history the page shows: a version, or an instant typed into a field (UTC unless it says).

    Recorded before is what the team had entered by then; announced before is what sources had said by then,
    whenever it was entered, as `recon report --announced-before` reads it."""
    given = [
        name
        for name, value in (("a version", version), ("recorded before", recorded), ("announced before", announced))
        if value
    ]
    if len(given) > 1:
        raise PageError(422, f"Choose one point of history, not {' and '.join(given)}.")
    if version is not None:
        return AsOf(version=version)
    if recorded:
        return AsOf(recorded_before=_instant(recorded))
    if announced:
        return AsOf(announced_before=_instant(announced))
    return None


def _instant(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise PageError(422, f"{text!r} is not a date or time like 2025-05-24 or 2025-05-24T20:00.") from None


def _point_query(version: int | None, recorded: str, announced: str) -> str:
    """The point of history as an address's query, so that links from the page keep showing the same point."""
    chosen = {"as_of_version": version, "recorded_before": recorded, "announced_before": announced}
    return urlencode({name: value for name, value in chosen.items() if value})


def _claim_sources(exchange: Exchange) -> dict[UUID, str]:
    """Each claim's source name, so that a note can say whose claim it links to."""
    return {claim_id: state.claim.source.label for claim_id, state in exchange.claims.items()}
