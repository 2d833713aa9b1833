"""Recording from the desk: a claim typed into a form, or a dossier uploaded, checked as `recon import` checks them."""

from __future__ import annotations

from typing import Annotated, Any

import yaml
from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from adapters.auth.keyring import Role
from adapters.dossier.dump import dossier_document, render_document
from adapters.dossier.loader import DossierError, read_dossier
from adapters.http.deps import ReconcilerDep
from adapters.http.pages.errors import on_page
from adapters.http.pages.render import page
from adapters.http.pages.session import Reading, VisitorDep, checked
from adapters.http.retry import retried
from domain.application import ExchangePlan, ImportOutcome, Reconciler
from domain.figures import Tier

router = APIRouter(include_in_schema=False)
CLAIM_FIELDS = ("stage", "direction", "took_place_on", "source_name", "tier", "url", "published", "figures", "note")
FIGURES_HINT = "{total: 390, breakdowns: {service: {military: 270, civilian: 120}}}"


@router.get("/record", response_class=HTMLResponse)
def upload_page(request: Request, who: Reading) -> HTMLResponse:
    """The dossier upload form (recorders only see it)."""
    return page(request, "upload.html", who, problem=None, outcomes=None)


@router.post("/record", response_class=HTMLResponse)
async def upload(
    request: Request, reconciler: ReconcilerDep, who: VisitorDep, dossier: UploadFile, csrf: Annotated[str, Form()] = ""
) -> HTMLResponse:
    """Import an uploaded dossier, all or nothing; a malformed one is refused naming its file, line and entry."""
    checked(who, csrf, Role.RECORDER)
    name = dossier.filename or "dossier.yaml"
    data = await dossier.read()
    try:
        text = data.decode("utf-8")
        plan = await run_in_threadpool(read_dossier, text, name)
    except UnicodeDecodeError as error:
        problem = f"{name}: the file is not UTF-8 text: byte {error.start:,} cannot be read"
        return page(request, "upload.html", who, status=422, problem=problem, outcomes=None)
    except DossierError as error:
        return page(request, "upload.html", who, status=422, problem=str(error), outcomes=None)
    with on_page():
        outcomes = await run_in_threadpool(
            retried, reconciler, lambda: reconciler.record_plans([plan]), plan.agreement.slug
        )
    return page(request, "upload.html", who, problem=None, outcomes=outcomes)


@router.get("/exchanges/{exchange}/record", response_class=HTMLResponse)
def claim_form(request: Request, exchange: str, reconciler: ReconcilerDep, who: Reading) -> HTMLResponse:
    """The form for one claim about this exchange."""
    with on_page():
        plan = ExchangePlan(agreement=reconciler.exchange(exchange).agreement)
    return _claim_page(request, who, plan, {}, {}, None)


@router.post("/exchanges/{exchange}/record", response_class=HTMLResponse)
async def record_claim(request: Request, exchange: str, reconciler: ReconcilerDep, who: VisitorDep) -> HTMLResponse:
    """Record one claim typed into the form: checked as a dossier's claim is, each complaint beside its field."""
    form = await request.form()
    values = {name: str(form.get(name, "")).strip() for name in CLAIM_FIELDS}
    checked(who, str(form.get("csrf", "")), Role.RECORDER)
    with on_page():
        plan = ExchangePlan(agreement=reconciler.exchange(exchange).agreement)
    errors, claimed = _claimed(plan, values)
    if claimed is None:
        return _claim_page(request, who, plan, values, errors, None, status=422)
    with on_page():
        outcomes = await run_in_threadpool(_record, reconciler, claimed)
    return _claim_page(request, who, plan, {}, {}, outcomes[0])


def _record(reconciler: Reconciler, plan: ExchangePlan) -> list[ImportOutcome]:
    return retried(reconciler, lambda: reconciler.record_plans([plan]), plan.agreement.slug)


def _claimed(plan: ExchangePlan, values: dict[str, str]) -> tuple[dict[str, str], ExchangePlan | None]:
    """The exchange's plan with the form's claim, or the complaint beside the field it is about."""
    try:
        figures = yaml.safe_load(values["figures"]) if values["figures"] else None
    except yaml.YAMLError:
        return {"figures": f"not understood: write figures like {FIGURES_HINT}"}, None
    document = dossier_document(plan)
    document["claims"] = [_entry(values, figures)]
    try:
        return {}, read_dossier(render_document(document), "form.yaml")
    except DossierError as error:
        return {_field(error.path): error.message}, None


def _entry(values: dict[str, str], figures: Any) -> dict[str, Any]:
    stage = values["stage"]
    source = {"name": values["source_name"], "tier": values["tier"]}
    source |= {key: values[key] for key in ("url", "published") if values[key]}
    entry: dict[str, Any] = {"stage": int(stage) if stage.isascii() and stage.isdigit() else stage or None}
    entry |= {"direction": values["direction"], "source": source, "figures": figures}
    entry |= {key: values[key] for key in ("took_place_on", "note") if values[key]}
    return entry


def _field(path: str) -> str:
    """The form field a dossier path points at: claims[0].source.name is source_name."""
    inside = path.removeprefix("claims[0]").lstrip(".")
    head = inside.split(".")[0].split("[")[0]
    if head == "source":
        rest = inside.removeprefix("source").lstrip(".")
        return {"name": "source_name", "tier": "tier", "url": "url", "published": "published"}.get(rest, "source_name")
    return head if head in CLAIM_FIELDS else "figures"


def _claim_page(
    request: Request,
    who: Any,
    plan: ExchangePlan,
    values: dict[str, str],
    errors: dict[str, str],
    outcome: ImportOutcome | None,
    status: int = 200,
) -> HTMLResponse:
    agreement = plan.agreement
    directions = [f"to {party}" for party in agreement.parties] + ["each side", "combined"]
    return page(
        request,
        "record_claim.html",
        who,
        status=status,
        agreement=agreement,
        directions=directions,
        tiers=list(Tier),
        values=values,
        errors=errors,
        outcome=outcome,
        hint=FIGURES_HINT,
    )
