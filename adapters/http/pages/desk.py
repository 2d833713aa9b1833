"""The desk: signing in and out, the morning list, and acknowledging a finding with a note."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from adapters.auth.keyring import Role
from adapters.http.deps import ReconcilerDep, ServiceDep
from adapters.http.pages import morning
from adapters.http.pages.errors import on_page
from adapters.http.pages.morning import morning_list, page_of
from adapters.http.pages.render import page
from adapters.http.pages.session import COOKIE, PageError, Reading, VisitorDep, checked, fresh_csrf, session_cookie
from adapters.http.retry import retried
from adapters.readside.findings import FindingsQuery
from domain.findings import FINDING_SEVERITIES, Severity
from domain.rulebook import RULES

router = APIRouter(include_in_schema=False)


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_page(request: Request, who: VisitorDep, next: str = "/") -> HTMLResponse:  # noqa: A002
    """The sign-in form: a token from `recon token create`."""
    return page(request, "sign_in.html", who, next=_local(next), problem=None)


@router.post("/sign-in", response_model=None)
def sign_in(
    request: Request,
    service: ServiceDep,
    who: VisitorDep,
    token: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",  # noqa: A002
) -> HTMLResponse | RedirectResponse:
    """Keep a valid token in the signed session cookie and go back to the page asked for; else say why not."""
    if not who.csrf or csrf != who.csrf:
        raise PageError(403, "This form has expired or did not come from this site: open the page again and resend.")
    holder = service.keyring.holder(token.strip()) if token.strip() else None
    if holder is None:
        problem = "This token is unknown or revoked: paste a token from `recon token create`."
        if not token.strip():
            problem = "No token was pasted: paste the one `recon token create` printed for you."
        return page(request, "sign_in.html", who, status=401, next=_local(next), problem=problem)
    _, data = fresh_csrf(request)
    response = RedirectResponse(_local(next), status_code=303)
    response.set_cookie(**session_cookie(request, {"csrf": data["csrf"], "token": token.strip()}))
    return response


@router.post("/sign-out")
def sign_out(who: VisitorDep, csrf: Annotated[str, Form()] = "") -> RedirectResponse:
    """Forget the session's token."""
    if not who.csrf or csrf != who.csrf:
        raise PageError(403, "This form has expired or did not come from this site: open the page again and resend.")
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/morning", response_class=HTMLResponse)
def morning_page(
    request: Request,
    reconciler: ReconcilerDep,
    who: Reading,
    severity: str = "",
    rule: str = "",
    exchange: str = "",
    number: Annotated[int, Query(alias="page", ge=1)] = 1,
) -> HTMLResponse:
    """Open findings across every exchange in the desk's order (as GET /findings), narrowed by severity, rule and
    exchange, a page at a time."""
    if severity and severity not in {s.value for s in FINDING_SEVERITIES}:
        raise PageError(422, f"There is no severity {severity!r} among findings: choose error or warning.")
    query = FindingsQuery(True, rule or None, Severity(severity) if severity else None, exchange or None)
    with on_page():
        found = morning_list(reconciler, query)
    try:
        shown = page_of(found.lines, number, morning.PAGE_SIZE)
    except ValueError as refused:
        raise PageError(404, str(refused)) from None
    filters = {"severity": severity, "rule": rule, "exchange": exchange}
    return page(
        request,
        "morning.html",
        who,
        shown=shown,
        behind_by=found.behind_by,
        filters=filters,
        filter_query=urlencode({name: value for name, value in filters.items() if value}),
        rules=RULES,
        severities=list(FINDING_SEVERITIES),
    )


@router.post("/exchanges/{exchange}/acknowledge")
def acknowledge(
    exchange: str,
    reconciler: ReconcilerDep,
    who: VisitorDep,
    csrf: Annotated[str, Form()] = "",
    finding: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
) -> RedirectResponse:
    """A reviewer accepts a finding as it stands, with a note; back to the exchange's findings."""
    holder = checked(who, csrf, Role.REVIEWER)
    if not note.strip():
        raise PageError(422, "An acknowledgement needs a note saying why the finding is accepted.")
    with on_page():
        outcome = retried(
            reconciler, lambda: reconciler.acknowledge_finding(exchange, finding, holder.name, note.strip()), exchange
        )
    return RedirectResponse(f"/exchanges/{quote(outcome.slug)}#findings", status_code=303)


def _local(target: str) -> str:
    """Only a path on this site: a sign-in never sends the visitor elsewhere."""
    return target if target.startswith("/") and not target.startswith("//") and "\\" not in target else "/"
