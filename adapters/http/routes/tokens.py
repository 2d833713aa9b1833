"""Tokens: issue, list and revoke the bearer tokens of the service (admin only)."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path

from adapters.auth.keyring import Holder
from adapters.http.bodies import StrictJSONRoute
from adapters.http.deps import Admin, ServiceDep
from adapters.http.models import IssuedToken, RevocationBody, TokenBody
from adapters.http.problems import RESPONSES

router = APIRouter(prefix="/tokens", tags=["tokens"], responses=RESPONSES, route_class=StrictJSONRoute)


@router.post("", status_code=201)
def issue_token(body: TokenBody, service: ServiceDep, _: Admin) -> IssuedToken:
    """Issue a token for a named holder with a role: reader (reads), recorder (also records, corrects and retracts
    claims, declares completion, imports dossiers, extracts), reviewer (also acknowledges findings) or admin (also
    manages tokens). The token is in this answer only: the service keeps its SHA-256 hash."""
    token, holder = service.keyring.issue(body.name, body.role)
    return IssuedToken(token=token, token_id=holder.token_id, name=holder.name, role=holder.role)


@router.get("")
def list_tokens(service: ServiceDep, _: Admin) -> list[Holder]:
    """Every token issued, revoked ones included: its id, holder and role, never the token."""
    return service.keyring.holders()


@router.post("/{token_id}/revocation")
def revoke_token(
    token_id: Annotated[UUID, Path(description="The token's id, as issuing it or GET /tokens answered.")],
    body: RevocationBody,
    service: ServiceDep,
    _: Admin,
) -> Holder:
    """Revoke a token: it is refused from the next request on. Revoking it again changes nothing."""
    return service.keyring.revoke(token_id, body.reason)
