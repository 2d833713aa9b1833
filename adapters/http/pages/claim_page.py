"""A claim's page, and what a recorder does there: correct its figures, retract it, or say whose word its source
carried, each with a reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated
from urllib.parse import quote
from uuid import UUID

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse

from adapters.auth.keyring import Role
from adapters.dossier.dump import figures_inline
from adapters.http.deps import ReconcilerDep
from adapters.http.pages import forms
from adapters.http.pages.claims import claim_story, figures_text
from adapters.http.pages.errors import on_page
from adapters.http.pages.render import page
from adapters.http.pages.session import PageError, Reading, Visitor, VisitorDep, checked
from adapters.http.retry import retried
from domain.application import Outcome, Reconciler

router = APIRouter(include_in_schema=False)
DONE = {
    "corrected": "Corrected: the figures below are the claim's figures now.",
    "unchanged": "These already were the claim's figures: nothing was recorded.",
    "retracted": "Retracted: the claim stays in the history and no longer counts.",
    "attributed": "Origin changed: every statement on file from this source counts the origin below from now on.",
    "same-origin": "The source already carries that origin: nothing was recorded.",
}
"""What the page says after a form was taken, by the `done` parameter the form's redirect carries."""


def _claim_id(claim_id: str) -> UUID:
    """The claim's id in a page's address; one edited into something else is a page saying so, as an unknown
    claim is, never the API's problem document."""
    try:
        return UUID(claim_id)
    except ValueError:
        raise PageError(404, f"There is no claim {claim_id!r}: follow a claim's link from its exchange page.") from None


ClaimId = Annotated[UUID, Depends(_claim_id)]


@router.get("/exchanges/{exchange}/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(
    request: Request, exchange: str, claim_id: ClaimId, reconciler: ReconcilerDep, who: Reading, done: str = ""
) -> HTMLResponse:
    """One claim: its source, the source's address, its dates, figures, and every correction and retraction."""
    return _claim_view(request, reconciler, who, exchange, claim_id, forms.Sent({}), done=DONE.get(done))


@router.post("/exchanges/{exchange}/claims/{claim_id}/correct", response_model=None)
async def correct(
    request: Request, exchange: str, claim_id: ClaimId, reconciler: ReconcilerDep, who: VisitorDep
) -> HTMLResponse | RedirectResponse:
    """Replace the claim's figures, by the signed-in recorder and why; complaints are shown beside their fields."""
    sent = await _sent(request, ("figures", "reason"))
    holder = checked(who, sent.values.get("csrf", ""), Role.RECORDER)
    new, why = forms.figures(sent), forms.reason(sent)
    if new is None or sent.errors:
        return _claim_view(request, reconciler, who, exchange, claim_id, sent, status=422)

    outcome = await _written(
        reconciler, exchange, lambda: reconciler.correct_claim(exchange, claim_id, new, why, holder.name)
    )
    return _back(outcome.slug, claim_id, "corrected" if outcome.changed else "unchanged")


@router.post("/exchanges/{exchange}/claims/{claim_id}/retract", response_model=None)
async def retract(
    request: Request, exchange: str, claim_id: ClaimId, reconciler: ReconcilerDep, who: VisitorDep
) -> HTMLResponse | RedirectResponse:
    """Withdraw the claim, by the signed-in recorder and why; it stays in the history and stops counting."""
    sent = await _sent(request, ("retract_reason",))
    holder = checked(who, sent.values.get("csrf", ""), Role.RECORDER)
    why = forms.reason(sent, "retract_reason")
    if sent.errors:
        return _claim_view(request, reconciler, who, exchange, claim_id, sent, status=422)

    outcome = await _written(
        reconciler, exchange, lambda: reconciler.retract_claim(exchange, claim_id, why, holder.name)
    )
    return _back(outcome.slug, claim_id, "retracted" if outcome.changed else "unchanged")


@router.post("/exchanges/{exchange}/claims/{claim_id}/attribute", response_model=None)
async def attribute(
    request: Request, exchange: str, claim_id: ClaimId, reconciler: ReconcilerDep, who: VisitorDep
) -> HTMLResponse | RedirectResponse:
    """Say whose word the claim's source carried (another origin than the one on file, if it names one), by the
    signed-in recorder and why; an origin the exchange cannot take is named beside its field."""
    sent = await _sent(request, ("origin", "origin_reason"))
    holder = checked(who, sent.values.get("csrf", ""), Role.RECORDER)
    origin, why = forms.origin(sent), forms.reason(sent, "origin_reason")
    if origin is None or sent.errors:
        return _claim_view(request, reconciler, who, exchange, claim_id, sent, status=422)
    try:
        outcome = await _written(
            reconciler, exchange, lambda: reconciler.attribute_origin(exchange, claim_id, origin, why, holder.name)
        )
    except PageError as refused:
        if refused.status != 422:
            raise
        sent.errors["origin"] = refused.message  # the origin is the only value the exchange itself may refuse
        return _claim_view(request, reconciler, who, exchange, claim_id, sent, status=422)
    return _back(outcome.slug, claim_id, "attributed" if outcome.changed else "same-origin")


async def _sent(request: Request, names: tuple[str, ...]) -> forms.Sent:
    form = await request.form()
    return forms.Sent({name: str(form.get(name, "")) for name in ("csrf", *names)})


async def _written(reconciler: Reconciler, exchange: str, write: Callable[[], Outcome]) -> Outcome:
    """The write, retried on a concurrent one, with the domain's refusals answered as a page's."""
    with on_page():
        return await run_in_threadpool(retried, reconciler, write, exchange)


def _back(slug: str, claim_id: UUID, done: str) -> RedirectResponse:
    """Back to the claim's page, which shows the change at once (post, redirect, get: a reload sends nothing)."""
    return RedirectResponse(f"/exchanges/{quote(slug)}/claims/{claim_id}?done={done}#changes", status_code=303)


def _claim_view(
    request: Request,
    reconciler: ReconcilerDep,
    who: Visitor,
    exchange: str,
    claim_id: UUID,
    sent: forms.Sent,
    status: int = 200,
    done: str | None = None,
) -> HTMLResponse:
    with on_page():
        story = claim_story(reconciler, exchange, claim_id)
    origin = story.state.claim.source.origin
    values = {"figures": figures_inline(story.state.claim.figures), "origin": origin.label if origin else ""}
    values |= sent.values
    return page(
        request,
        "claim.html",
        who,
        status=status,
        story=story,
        figures=figures_text,
        values=values,
        errors=sent.errors,
        done=done,
    )
