"""Then and now: the timeline of an exchange as a list, and what changed between two points of its history."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError

from adapters.http.deps import ReconcilerDep
from adapters.http.pages.errors import on_page
from adapters.http.pages.render import page
from adapters.http.pages.session import PageError, Reading
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
        first = _point(start, "from") if start else AsOf(version=1)
        last = _point(end, "to") if end else None
        diff = reconciler.diff(slug, first, last)
    return page(
        request,
        "diff.html",
        who,
        diff=diff,
        slug=slug,
        title=latest.agreement.title,
        latest=latest.version,
        start=start or "1",
        end=end or str(latest.version),
    )


def _point(text: str, side: str) -> AsOf:
    """A version (5) or a recorded-before instant (2025-05-24T20:00), as the diff's two fields take them."""
    cleaned = text.strip()
    try:
        if cleaned.isdigit():
            return AsOf(version=int(cleaned))
        return AsOf(recorded_before=datetime.fromisoformat(cleaned))
    except (ValueError, ValidationError):
        raise PageError(
            422, f"The {side} point {text!r} is neither a version (1 or more) nor a date or time like 2025-05-24T20:00."
        ) from None
