"""Then and now: the timeline of an exchange as a list, and what changed between two points of its history."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from adapters.http.deps import ReconcilerDep
from adapters.http.pages.errors import on_page
from adapters.http.pages.render import page
from adapters.http.pages.session import Reading
from adapters.http.routes.exchanges import diff_point
from domain.history import AsOf

router = APIRouter(include_in_schema=False)


@router.get("/exchanges/{exchange}/history", response_class=HTMLResponse)
def timeline_page(request: Request, exchange: str, reconciler: ReconcilerDep, who: Reading) -> HTMLResponse:
    """Every event of the exchange in order, with the figures and findings it changed."""
    with on_page():
        timeline = reconciler.timeline(exchange)
    return page(request, "timeline.html", who, timeline=timeline)


@router.get("/exchanges/{exchange}/changes", response_class=HTMLResponse)
def diff_page(
    request: Request, exchange: str, reconciler: ReconcilerDep, who: Reading, start: str = "", end: str = ""
) -> HTMLResponse:
    """What changed between two points (versions or recorded instants), naming the events responsible."""
    with on_page():
        latest = reconciler.exchange(exchange)
        slug = latest.agreement.slug
        first = diff_point(start, "from") if start else AsOf(version=1)
        last = diff_point(end, "to") if end else None
        diff = reconciler.diff(slug, first, last)
        responsible = {version for change in diff.figures for version in change.events}
        responsible |= {version for change in diff.findings for version in change.events}
        events = [entry for entry in reconciler.timeline(slug).entries if entry.version in responsible]
    return page(
        request,
        "diff.html",
        who,
        diff=diff,
        events=events,
        slug=slug,
        title=latest.agreement.title,
        latest=latest.version,
        start=start or "1",
        end=end or str(latest.version),
    )
