"""What routes depend on: the service's Reconciler and keyring, and the token a request presents.

The dependencies are coroutines: FastAPI runs a plain function dependency in a worker thread, and handing each of a
read's four dependencies to a thread and back cost more than the read itself. Only the keyring lookup, which reads
the store, goes to a thread. They take the service from the request themselves rather than from a dependency of
their own: FastAPI solves a dependency's dependencies again wherever it is used, and a write spent a tenth of its
time solving them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from anyio import to_thread
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from adapters.auth.keyring import Holder, Keyring, Role
from adapters.http.availability import StoreWatch
from adapters.http.problems import ApiError
from domain.application import Reconciler


@dataclass
class Service:
    """Everything a running service holds: its store, its keyring and its settings."""

    reconciler: Reconciler
    keyring: Keyring
    database_url: str
    public_reads: bool
    max_body_bytes: int
    watch: StoreWatch = field(default_factory=StoreWatch)
    keyring_in_writes: bool = False
    """Whether the store's writes can confirm the keyring's generation in their own transaction (see
    adapters/persistence/keyring_guard.py): then a write's token found in memory is not looked up before it; else it
    is looked up in the write's own worker thread, just before the write (see adapters/http/retry.py)."""

    def close(self) -> None:
        """Close the store's and the keyring's connections."""
        self.reconciler.close()
        self.keyring.close()


def service_of(request: Request) -> Service:
    """The service the app was created with."""
    service: Service = request.app.state.service
    return service


async def get_service(request: Request) -> Service:
    """The service the app was created with."""
    return service_of(request)


ServiceDep = Annotated[Service, Depends(get_service)]


async def get_reconciler(request: Request) -> Reconciler:
    """The Reconciler on the service's store."""
    return service_of(request).reconciler


ReconcilerDep = Annotated[Reconciler, Depends(get_reconciler)]

bearer = HTTPBearer(auto_error=False, description="A token from `recon token create`, sent as `Bearer <token>`.")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def invalid_token() -> ApiError:
    """The 401 for a bearer token the keyring does not hold, or holds revoked."""
    return ApiError(
        401,
        "invalid-token",
        "the bearer token is unknown or revoked",
        "Authorization",
        **{"WWW-Authenticate": 'Bearer realm="recon", error="invalid_token"'},
    )


def token_required(needed: str) -> ApiError:
    """The 401 for a request that sent no bearer token but needs `needed` (a role, or "a token")."""
    return ApiError(
        401,
        "token-required",
        f"this needs a bearer token with {needed}",
        "Authorization",
        **{"WWW-Authenticate": 'Bearer realm="recon"'},
    )


AUTHENTICATED = "holder"
"""Where a request's state keeps the holder the front door already found, so that the token is looked up once."""
UNCONFIRMED = "keyring_generation"
"""Where a request's state keeps the keyring's generation at which this process last verified the token, when the
front door took the holder from memory: the token is still to be confirmed, by the route's write or a look-up."""


async def holder(request: Request, credentials: Credentials) -> Holder | None:
    """Who the request's bearer token belongs to; None without a token; 401 for a token the keyring refuses."""
    if credentials is None:
        return None
    found: Holder | None = getattr(request.state, AUTHENTICATED, None)
    if found is not None and getattr(request.state, UNCONFIRMED, None) is None:
        return found
    # the keyring is in the store: its generation is read in a worker thread, as a route's own work is
    return await to_thread.run_sync(checked_holder, service_of(request), credentials.credentials, None)


def checked_holder(service: Service, token: str, generation: int | None) -> Holder:
    """The holder of `token` as the keyring stands at `generation` (read now when None); 401 when it refuses it."""
    found = service.keyring.holder_at(token, generation)
    if found is None:
        raise invalid_token()
    return found


HolderDep = Annotated[Holder | None, Depends(holder)]


def admitted(service: Service, found: Holder | None, role: Role, *, public: bool = False) -> Holder | None:
    """`found` when it holds `role` or above (None for anyone when `public` reads are allowed); else 401 or 403."""
    if found is None:
        if public and service.public_reads:
            return None
        raise token_required(f"the {role.value} role or above")
    if not found.role.allows(role):
        raise ApiError(
            403,
            "forbidden",
            f"{found.name}'s token has the {found.role.value} role; this needs {role.value} or above",
            "Authorization",
        )
    return found


def admit_reader(service: Service, credentials: HTTPAuthorizationCredentials | None, generation: int | None) -> None:
    """For a route that reads the keyring's generation with its own statement: 401 or 403 unless the request may
    read, its token checked against the keyring as it stood at `generation` (read now when None)."""
    found = None if credentials is None else checked_holder(service, credentials.credentials, generation)
    admitted(service, found, Role.READER, public=True)


def require(role: Role, *, public: bool = False) -> Any:
    """A dependency admitting holders of `role` or above; `public` reads admit anyone when public reading is on."""

    async def check(request: Request, found: HolderDep) -> Holder | None:
        return admitted(service_of(request), found, role, public=public)

    return Depends(check)


Reader = Annotated[Holder | None, require(Role.READER, public=True)]
Recorder = Annotated[Holder, require(Role.RECORDER)]
Reviewer = Annotated[Holder, require(Role.REVIEWER)]
Admin = Annotated[Holder, require(Role.ADMIN)]
