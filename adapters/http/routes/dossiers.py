"""Dossiers and statements: import a dossier's exchanges and claims, or read a statement's text for its figures."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool

from adapters.dossier.loader import read_dossier
from adapters.extract.extractor import extract
from adapters.extract.model import Extraction
from adapters.http.bodies import StrictJSONRoute
from adapters.http.deps import ReconcilerDep, Recorder, ServiceDep
from adapters.http.problems import CONFLICT, RESPONSES, ApiError, documented
from adapters.http.retry import retried
from domain.application import ImportOutcome
from domain.errors import InvalidInputError

router = APIRouter(tags=["dossiers"], responses=RESPONSES, route_class=StrictJSONRoute)

DOSSIER_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"type": "object"}},
            "application/yaml": {"schema": {"type": "string"}},
        },
    }
}
TEXT_BODY: dict[str, Any] = {
    "requestBody": {"required": True, "content": {"text/plain": {"schema": {"type": "string"}}}}
}


YAML_TYPES = frozenset({"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"})
ACCEPTED = "application/yaml (also application/x-yaml, text/yaml) or application/json"


@router.post("/dossiers", openapi_extra=DOSSIER_BODY, responses={**CONFLICT, 415: documented(415)})
async def import_dossier(request: Request, reconciler: ReconcilerDep, _: Recorder) -> list[ImportOutcome]:
    """Record the exchange and claims of one dossier (format recon-dossier/2, or 1, as `recon import` reads), all of it
    or nothing. Send YAML (Content-Type: application/yaml) or JSON (application/json); a body sent without a
    Content-Type is read as YAML, and any other type is refused (415) before the body is read.

    A malformed entry is refused (422) naming the field and line, and nothing is recorded. Claims already recorded
    are recognised by their content and kept once, so a grown dossier, or a retried request, can be sent again.
    """
    name = _dossier_name(request.headers.get("content-type"))
    text = _text(await request.body())
    plan = await run_in_threadpool(read_dossier, text, name)
    return await run_in_threadpool(retried, reconciler, lambda: reconciler.record_plans([plan]), plan.agreement.slug)


@router.post("/extract", openapi_extra=TEXT_BODY)
async def extract_claims(
    request: Request,
    service: ServiceDep,
    _: Recorder,
    stage: Annotated[int | None, Query(ge=1, description="The stage, when the text does not say.")] = None,
) -> Extraction:
    """Propose the claims a statement's plain text states (Content-Type: text/plain), as `recon extract` does.

    Every figure comes with its value, its meaning, the exact words and their place in the text, and a confidence;
    every number not taken is listed with the reason. Nothing is recorded. Empty or binary text is refused (422).
    """
    data = await request.body()
    extraction = await run_in_threadpool(lambda: extract(data, max_bytes=service.max_body_bytes, stage=stage))
    if extraction.refused is not None:
        raise InvalidInputError(extraction.refused, "body")
    return extraction


def _dossier_name(content_type: str | None) -> str:
    """The name the dossier reader goes by to choose its parser; a type that is neither YAML nor JSON is refused,
    since reading a CSV or a form as YAML would record whatever it happened to parse into."""
    media_type = (content_type or "application/yaml").split(";")[0].strip().lower()
    if media_type == "application/json":
        return "dossier.json"
    if media_type in YAML_TYPES:
        return "dossier.yaml"
    detail = f"a dossier is sent as {ACCEPTED}, not {media_type or 'an empty Content-Type'}"
    raise ApiError(415, "unsupported-media-type", detail, "Content-Type")


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInputError(f"the body is not UTF-8 text: byte {error.start:,} cannot be read", "body") from None
