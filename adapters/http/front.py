"""The front door: a write is authenticated before its body is read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from anyio import to_thread
from eventsourcing.persistence import InterfaceError, OperationalError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from adapters.auth.keyring import Holder
from adapters.http.deps import AUTHENTICATED, UNCONFIRMED, Service, invalid_token, token_required
from adapters.http.problems import ApiError, api_problem, unavailable

WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
"""Methods that always need a token, whatever RECON_PUBLIC_READS says."""


class AuthenticateWrites:
    """Refuses a write without a valid bearer token (401) before anything reads its body.

    Otherwise a client without a token would be told its body is too large or malformed (413, 400) by a service
    that would refuse it anyway; the role is still checked by the route, after the body is read. Paths in `exempt`
    (the reading room's forms, signed in by a session cookie and a CSRF token) make their own checks."""

    def __init__(self, app: ASGIApp, exempt: Sequence[re.Pattern[str]] = ()) -> None:
        self.app = app
        self.exempt = tuple(exempt)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Look the token up (in a worker thread: the keyring is in the store) and remember its holder; a token this
        process verified before is taken from memory, to be confirmed by the route: by the store's write itself where
        the keyring is in the store's own database, else looked up in the write's own worker thread just before it
        writes (see adapters/http/retry.py), or by a look-up of the route's own."""
        if scope["type"] != "http" or scope["method"] not in WRITES or self._exempt(scope["path"]):
            await self.app(scope, receive, send)
            return
        service: Service = scope["app"].state.service  # the app's service, looked up as each request comes
        token = _bearer(scope)
        remembered = service.keyring.remembered_at(token) if token else None
        if remembered is not None and token is not None:
            scope.setdefault("state", {})[UNCONFIRMED], scope["state"][AUTHENTICATED] = remembered
            await self.app(scope, receive, confirming_refusals(service, token, scope, receive, send))
            return
        try:
            found = await to_thread.run_sync(_holder, service, token)
        except ApiError as refused:
            await api_problem(refused)(scope, receive, send)
            return
        except (OperationalError, InterfaceError) as error:
            service.watch.mark_lost()
            await unavailable(f"{type(error).__name__}: {error}")(scope, receive, send)
            return
        scope.setdefault("state", {})[AUTHENTICATED] = found
        await self.app(scope, receive, send)

    def _exempt(self, path: str) -> bool:
        return any(pattern.match(path) for pattern in self.exempt)


def confirming_refusals(service: Service, token: str, scope: Scope, receive: Receive, send: Send) -> Send:
    """`send` for a write whose holder was taken from memory. Its route confirms the token with the write, or looks
    it up when nothing was written; any other refusal (a body too large or malformed, an unknown exchange) is held
    back until the token is looked up, so that a token revoked meanwhile is answered 401 first, as it always was."""
    replaced = False

    async def send_confirmed(message: Message) -> None:
        nonlocal replaced
        if message["type"] == "http.response.start" and message["status"] >= 400 and message["status"] != 401:
            try:
                replaced = await to_thread.run_sync(service.keyring.holder_at, token) is None
            except (OperationalError, InterfaceError):
                replaced = False  # the store is failing: the refusal is sent as it is
            if replaced:
                await api_problem(invalid_token())(scope, receive, send)
        if not replaced:
            await send(message)

    return send_confirmed


def _holder(service: Service, token: str | None) -> Holder:
    if token is None:
        raise token_required("a role that may write")
    found = service.keyring.holder_at(token)  # remembered while the keyring's generation stands
    if found is None:
        raise invalid_token()
    return found


def _bearer(scope: Scope) -> str | None:
    """The token of an `Authorization: Bearer <token>` header, if the request sent one."""
    for name, value in scope.get("headers", []):
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            given: str = token.strip()
            if scheme.lower() == "bearer" and given:
                return given
    return None
