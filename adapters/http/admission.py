"""A writer admitted to a write that confirms the writer's token in its own transaction, saving the look-up of the
keyring that every write made before it (see adapters/persistence/keyring_guard.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from anyio import to_thread
from fastapi import Depends, Request

from adapters.auth.keyring import Holder, Keyring, Role
from adapters.http.deps import (
    AUTHENTICATED,
    UNCONFIRMED,
    Credentials,
    admitted,
    checked_holder,
    invalid_token,
    service_of,
    token_required,
)
from adapters.persistence.keyring_guard import Confirmation


@dataclass
class Admission:
    """Who may write, and the keyring's generation their token still has to be confirmed at (None: confirmed)."""

    holder: Holder
    keyring: Keyring
    token: str
    confirmation: Confirmation | None
    write_confirms: bool = True
    """Whether the write confirms the token in its own transaction; else it is looked up just before the write."""

    def reconfirm(self) -> None:
        """Check the token against the keyring as it stands now: 401 when it was revoked since it was verified."""
        if self.keyring.holder_at(self.token, self.keyring.generation()) is None:
            raise invalid_token()
        self.confirmation = None


def admission(role: Role) -> Any:
    """A dependency admitting holders of `role` or above to a write that confirms their token itself."""

    async def admit(request: Request, credentials: Credentials) -> Admission:
        service = service_of(request)
        if credentials is None:
            raise token_required(f"the {role.value} role or above")
        token = credentials.credentials
        found: Holder | None = getattr(request.state, AUTHENTICATED, None)
        generation: int | None = getattr(request.state, UNCONFIRMED, None)
        if found is None or (generation is not None and not found.role.allows(role)):
            # not seen by the front door, or about to be refused: a refusal names a token as the keyring holds it
            found, generation = await to_thread.run_sync(checked_holder, service, token, None), None
        admitted(service, found, role)
        confirmation = None if generation is None else Confirmation(generation)
        return Admission(found, service.keyring, token, confirmation, service.keyring_in_writes)

    return Depends(admit)


RecorderWriting = Annotated[Admission, admission(Role.RECORDER)]
