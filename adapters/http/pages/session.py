"""Who is reading: the signed session cookie that carries a visitor's token, and the CSRF check on every form."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from pydantic_settings import SettingsConfigDict

from adapters.auth.keyring import Holder, Role
from adapters.http.deps import Service, ServiceDep
from adapters.settings import Settings

COOKIE = "recon_session"
MAX_AGE_SECONDS = 12 * 3600
"""A working day: a desk signs in in the morning and again the next day."""


class PageSettings(Settings):
    """The service's settings and the secret that signs session cookies (RECON_SESSION_SECRET)."""

    model_config = SettingsConfigDict(env_prefix="RECON_")
    session_secret: str | None = None
    """Shared by every server process on one store; without it each process signs with a key of its own, so a
    restart signs everyone out."""


class PageError(Exception):
    """Raised when a page cannot be shown or a form cannot be taken: the status and a sentence for the visitor."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Visitor:
    """Whoever asked for a page: the holder of the signed-in token, if any, and the session's CSRF token."""

    holder: Holder | None
    csrf: str
    token: str | None = None

    def may(self, role: Role) -> bool:
        """True when the visitor is signed in with `role` or above."""
        return self.holder is not None and self.holder.role.allows(role)


def signer(request: Request) -> URLSafeTimedSerializer:
    """The app's cookie signer, made once from RECON_SESSION_SECRET or a random key."""
    state = request.app.state
    if getattr(state, "page_signer", None) is None:
        secret = PageSettings().session_secret or secrets.token_urlsafe(32)
        state.page_signer = URLSafeTimedSerializer(secret, salt="recon-reading-room")
    made: URLSafeTimedSerializer = state.page_signer
    return made


def visitor(request: Request, service: ServiceDep) -> Visitor:
    """The visitor the request's session cookie names; a revoked or unknown token counts as signed out."""
    data = _session(request)
    token = data.get("token")
    holder = service.keyring.holder(token) if isinstance(token, str) else None
    csrf = data.get("csrf")
    return Visitor(holder, csrf if isinstance(csrf, str) else "", token if holder else None)


VisitorDep = Annotated[Visitor, Depends(visitor)]


def reading(request: Request, service: ServiceDep, who: VisitorDep) -> Visitor:
    """A visitor allowed to read: anyone when reads are public, else a signed-in holder (else off to sign in)."""
    if who.holder is None and not service.public_reads:
        raise SignInNeededError(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
    return who


Reading = Annotated[Visitor, Depends(reading)]


class SignInNeededError(Exception):
    """Raised when a page needs a signed-in visitor; answered with a redirect to the sign-in page."""

    def __init__(self, back_to: str) -> None:
        super().__init__(back_to)
        self.back_to = back_to


def checked(who: Visitor, given: str, role: Role) -> Holder:
    """The holder who sent a form, once its CSRF token matches the session's and the role allows it (else 403)."""
    if not who.csrf or not hmac.compare_digest(who.csrf, given):
        raise PageError(403, "This form has expired or did not come from this site: open the page again and resend.")
    if who.holder is None or not who.holder.role.allows(role):
        held = "you are not signed in" if who.holder is None else f"your token has the {who.holder.role.value} role"
        raise PageError(403, f"This needs the {role.value} role or above; {held}.")
    return who.holder


def session_cookie(request: Request, data: dict[str, Any]) -> dict[str, Any]:
    """The arguments of set_cookie for a session holding `data`: signed, HTTP-only, same-site."""
    return {
        "key": COOKIE,
        "value": signer(request).dumps(data),
        "max_age": MAX_AGE_SECONDS,
        "httponly": True,
        "samesite": "lax",
        "secure": request.url.scheme == "https",
        "path": "/",
    }


def fresh_csrf(request: Request) -> tuple[str, dict[str, Any]]:
    """The session's CSRF token, made if the visitor has none yet, and the session's data with it."""
    data = _session(request)
    csrf = data.get("csrf")
    if not isinstance(csrf, str) or not csrf:
        csrf = secrets.token_urlsafe(24)
        data = {**data, "csrf": csrf}
    return csrf, data


def _session(request: Request) -> dict[str, Any]:
    raw = request.cookies.get(COOKIE)
    if not raw:
        return {}
    try:
        data = signer(request).loads(raw, max_age=MAX_AGE_SECONDS)
    except BadSignature:
        return {}
    return data if isinstance(data, dict) else {}


def the_service(request: Request) -> Service:
    """The running service, for code outside a dependency."""
    service: Service = request.app.state.service
    return service
