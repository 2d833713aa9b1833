"""Declaring an exchange complete from the desk: a recorder names the source that said so."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse

from adapters.auth.keyring import Role
from adapters.http.deps import ReconcilerDep
from adapters.http.pages import forms
from adapters.http.pages.errors import on_page
from adapters.http.pages.render import page
from adapters.http.pages.session import Reading, Visitor, VisitorDep, checked
from adapters.http.retry import retried
from domain.figures import Tier
from domain.terms import Unit

router = APIRouter(include_in_schema=False)
FIELDS = ("source_name", "tier", "url", "published", "unit")
UNITS: dict[str, Unit | None] = {"": None, "people": "people", "bodies": "bodies"}
"""The unit field's choices: the whole exchange (its own unit), or only its people or only its bodies, as
`recon complete --unit` takes them."""
DONE = {
    "declared": "Recorded: the declaration of completion is in the history, and the completion check counts it.",
    "declared-before": "This source had declared it complete before: nothing new was recorded.",
}
"""What the exchange page says after the form was taken, by the `done` parameter the form's redirect carries."""


@router.get("/exchanges/{exchange}/complete", response_class=HTMLResponse)
def completion_form(request: Request, exchange: str, reconciler: ReconcilerDep, who: Reading) -> HTMLResponse:
    """The form that records a source's declaration that the exchange is complete (recorders only see it)."""
    return _completion_page(request, reconciler, who, exchange, forms.Sent({}))


@router.post("/exchanges/{exchange}/complete", response_model=None)
async def declare_complete(
    request: Request, exchange: str, reconciler: ReconcilerDep, who: VisitorDep
) -> HTMLResponse | RedirectResponse:
    """Record that the source declared the exchange complete; back to the exchange, which says so at once."""
    form = await request.form()
    sent = forms.Sent({name: str(form.get(name, "")) for name in FIELDS})
    checked(who, str(form.get("csrf", "")), Role.RECORDER)
    source, unit = forms.source(sent), _unit(sent)
    if source is None or sent.errors:
        return _completion_page(request, reconciler, who, exchange, sent, status=422)
    with on_page():
        outcome = await run_in_threadpool(
            retried, reconciler, lambda: reconciler.declare_complete(exchange, source, unit=unit), exchange
        )
    done = "declared" if outcome.changed else "declared-before"
    return RedirectResponse(f"/exchanges/{quote(outcome.slug)}?done={done}#status", status_code=303)


def _unit(sent: forms.Sent) -> Unit | None:
    """The unit chosen; a value the form does not offer is a complaint beside the field."""
    given = sent.values.get("unit", "").strip()
    if given not in UNITS:
        sent.errors["unit"] = "Choose what was declared complete: people or bodies (or the whole exchange)."
        return None
    return UNITS[given]


def _completion_page(
    request: Request, reconciler: ReconcilerDep, who: Visitor, exchange: str, sent: forms.Sent, status: int = 200
) -> HTMLResponse:
    with on_page():
        agreement = reconciler.exchange(exchange).agreement
    return page(
        request,
        "complete.html",
        who,
        status=status,
        slug=agreement.slug,
        title=agreement.title,
        values=sent.values,
        errors=sent.errors,
        tiers=list(Tier),
    )
