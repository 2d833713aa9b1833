"""The pages that read: the exchanges, one exchange (now or as of a point of its history), and one claim."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlencode

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from adapters.collector import collector_paused
from adapters.http.deps import ReconcilerDep
from adapters.http.pages.completion import DONE
from adapters.http.pages.errors import on_page
from adapters.http.pages.listing import SORTS, VERDICTS, chosen, rows
from adapters.http.pages.render import page, templates
from adapters.http.pages.session import PageError, Reading
from adapters.readside.queries import latest_page
from adapters.readside.readback import damaged
from adapters.reports.page_view import Doc, exchange_view
from domain.application import Reconciler
from domain.figures import Tier
from domain.history import AsOf
from domain.identity import parse_ref
from domain.report import build_report

router = APIRouter(include_in_schema=False)
PAGES_KEPT = 16
"""Latest exchange pages a process keeps parsed with their charts and stage tables rendered, the least lately read
dropped first: those are most of a long exchange's page and of its rendering time."""


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
    filters = {"q": q, "verdict": verdict, "sort": sort, "order": order}
    with collector_paused():  # as for an exchange's page, below
        listed = rows(reconciler)
        shown = chosen(listed.rows, q, verdict, sort if sort in SORTS else "title", order == "desc")
        return page(
            request,
            "exchanges.html",
            who,
            rows=shown,
            filters=filters,
            verdicts=VERDICTS,
            sorts=SORTS,
            behind_by=listed.behind_by,
        )


@router.get("/exchanges/{exchange}", response_class=HTMLResponse)
def exchange_page(
    request: Request,
    exchange: str,
    reconciler: ReconcilerDep,
    who: Reading,
    as_of_version: str = "",
    recorded_before: str = "",
    announced_before: str = "",
    stages: str = "",
    done: str = "",
) -> HTMLResponse:
    """One exchange: progress per direction, stage tables, findings and notes, now or as of a version or instant.

    An exchange of many stages shows the tables of its latest stages unless `stages=all` asks for every one. The
    latest page is read from the read models; another point of history, or every stage, is built from the events."""
    point = _point(_version(as_of_version), recorded_before, announced_before)
    # Paused as the Reconciler's own queries are (adapters/collector.py): the page's document and its rendering are
    # tens of thousands of small acyclic objects, over which the collector would otherwise walk the whole heap.
    with collector_paused():
        shown = _content(reconciler, exchange, point, stages == "all")
        return page(
            request,
            "exchange.html",
            who,
            view=shown.view,
            parts=shown.parts,
            tiers=list(Tier),
            recorded_before=recorded_before,
            announced_before=announced_before,
            point_query=_point_query(as_of_version, recorded_before, announced_before),
            behind_by=shown.behind_by,
            done=DONE.get(done),
        )


@dataclass(frozen=True)
class _Content:
    """What an exchange page shows: its document, the parts every visitor sees alike rendered, and how many recorded
    events it does not reflect yet (0 once the read models caught up)."""

    view: Doc
    parts: Parts
    behind_by: int = 0


@dataclass(frozen=True)
class Parts:
    """The progress charts, the stage tables and the findings (but for their forms): most of a long exchange's page,
    the same for every visitor."""

    charts: Markup
    tables: Markup
    findings: tuple[Markup, ...]
    findings_read: Markup
    """The findings section as every visitor who may not acknowledge sees it: hundreds of findings on a long
    exchange, joined once rather than on each request."""


def _content(reconciler: Reconciler, exchange: str, point: AsOf | None, every_stage: bool) -> _Content:
    with on_page():
        document, standing = (None, None) if point or every_stage else latest_page(reconciler, exchange)
        if document is not None:
            try:
                return _Content(*_stored(document), behind_by=0 if standing is None else standing.behind_by)
            except (ValueError, LookupError, TypeError):  # damaged in the store since it was written: replayed
                damaged(parse_ref(exchange), "page")
        latest = reconciler.exchange(exchange)
        # The latest report is built from the exchange already loaded, not loaded a second time.
        report = build_report(latest) if point is None else reconciler.report(latest.id, point)
        built = exchange_view(report, latest, every_stage)
    # Read back as the read models' copy is, so that a page reads the same from either.
    view = orjson.loads(orjson.dumps(built))
    return _Content(view, parts_of(view))


@lru_cache(maxsize=PAGES_KEPT)
def _stored(document: bytes) -> tuple[Doc, Parts]:
    """The latest page's document as the read models hold it, and its parts rendered: kept by the document itself,
    so an exchange changed since is read afresh and one unchanged is neither parsed nor rendered again."""
    view = orjson.loads(document)
    return view, parts_of(view)


def parts_of(view: Doc) -> Parts:
    """The parts of an exchange page every visitor sees alike, rendered from its document."""
    charts, tables = (
        templates.get_template(name).render(view=view) for name in ("progress_charts.html", "stage_tables.html")
    )
    finding = templates.get_template("finding.html")
    findings = tuple(Markup(finding.render(f=f, ex=view["ex"])) for f in view["findings"])  # noqa: S704 (autoescaped)
    read = templates.get_template("findings_section.html").render(view=view, findings=findings, acting=False)
    return Parts(Markup(charts), Markup(tables), findings, Markup(read))  # noqa: S704 (autoescaped)


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


def _version(text: str) -> int | None:
    """The version an address asks for, read here rather than by the API's rules so that a link edited by hand and
    gone wrong is answered with a page, not with a problem document."""
    if not text.strip():
        return None
    if not (text.strip().isascii() and text.strip().isdigit()) or int(text) < 1:
        raise PageError(422, f"{text!r} is not a version: write a whole number from 1 up.")
    return int(text)


def _instant(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise PageError(422, f"{text!r} is not a date or time like 2025-05-24 or 2025-05-24T20:00.") from None


def _point_query(version: str, recorded: str, announced: str) -> str:
    """The point of history as an address's query, so that links from the page keep showing the same point."""
    chosen = {"as_of_version": version, "recorded_before": recorded, "announced_before": announced}
    return urlencode({name: value for name, value in chosen.items() if value})
