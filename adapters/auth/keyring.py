"""The keyring: bearer tokens issued and revoked as events, kept as SHA-256 hashes, never as the tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterator
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.domain import BaseAggregate, CanInitAggregate, CanMutateAggregate
from eventsourcing.utils import get_topic
from pydantic import BaseModel, Field

from adapters.auth.roles import Role as Role
from domain.errors import ConflictError, InvalidInputError
from domain.exchange import DomainEvent
from domain.figures import Name

_NAMESPACE = uuid5(NAMESPACE_URL, "https://exchange-reconciler.invalid/keyring/")
PREFIX = "recon_"
"""Every token starts with this, so that a secret scanner can recognise one left in a file."""
VERIFIED_TOKENS = 1024
"""How many verified tokens a process remembers; past this it forgets them all and verifies each again."""


def token_hash(token: str) -> str:
    """The SHA-256 of a token, in lowercase hex: what the keyring keeps."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_id(digest: str) -> UUID:
    """The id of the token with this hash, so that a presented token is found without scanning the keyring."""
    return uuid5(_NAMESPACE, f"token:{digest}")


class TokenIssued(DomainEvent, CanInitAggregate[UUID]):
    """A token was issued to a named holder with a role; only its hash is kept."""

    originator_topic: str
    name: Name
    role: Role
    token_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")

    def apply(self, aggregate: Any) -> None:
        aggregate.name, aggregate.role, aggregate.token_sha256 = self.name, self.role, self.token_sha256


class TokenRevoked(DomainEvent, CanMutateAggregate[UUID]):
    """A token was revoked: it is refused from then on."""

    reason: Name

    def apply(self, aggregate: Any) -> None:
        aggregate.revoked = True


class Token(BaseAggregate[UUID]):
    """One issued token: its holder's name, role and hash, and whether it was revoked."""

    def __init__(self) -> None:
        self.name: str
        self.role: Role
        self.token_sha256: str
        self.revoked = False

    @classmethod
    def issue(cls, name: str, role: Role, digest: str) -> Token:
        """Issue the token with this hash."""
        return cls._create(TokenIssued, id=token_id(digest), name=name, role=role, token_sha256=digest)

    def revoke(self, reason: str) -> None:
        """Refuse the token from now on; revoking it again changes nothing."""
        if not self.revoked:
            self.trigger_event(TokenRevoked, reason=reason)


class Holder(BaseModel):
    """Who presented a valid token, and with which role; never the token."""

    token_id: UUID
    name: str
    role: Role
    revoked: bool = False


class TokenNotFoundError(InvalidInputError):
    """Raised when no token has the given id: over HTTP a 404; for the CLI exit status 3, as any unknown thing."""


class Keyring(Application[UUID]):
    """Issues, checks and revokes bearer tokens."""

    name = "Keyring"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._verified: dict[str, tuple[int, Holder]] = {}
        """Tokens this process found valid, by hash, with the generation of the keyring it checked them at."""

    def generation(self) -> int:
        """The keyring's generation: the log position of its last change. Issuing or revoking a token records an
        event, so the generation moves on in the same transaction as any change of a key."""
        return self.recorder.max_notification_id() or 0

    def holder_at(self, token: str, generation: int | None = None) -> Holder | None:
        """The holder of a valid token, as `holder` finds it, checked against the keyring as it stands at
        `generation` (read here when not given, so a caller may read it with other things in one statement).

        A token this process verified at the same generation is answered from memory: nothing about any key changed
        since. Verified at another generation, it is looked up again, so a revocation is refused at once."""
        digest = token_hash(token)
        at = self.generation() if generation is None else generation
        remembered = self._verified.get(digest)
        if remembered is not None and remembered[0] == at:
            return remembered[1]
        found = self.holder(token)
        if found is None:
            self._verified.pop(digest, None)
            return None
        # Read after the generation, a valid token was valid then too: a revocation is never undone, and a token
        # issued since moved the generation on, so no later request finds it remembered at `at`.
        if len(self._verified) >= VERIFIED_TOKENS:
            self._verified.clear()
        self._verified[digest] = (at, found)
        return found

    def remembered(self, token: str) -> Holder | None:
        """The holder this process last verified the token to, whatever changed since; None if never. Only for
        deciding early what a request may attempt: `holder_at` must confirm it before anything is answered."""
        found = self._verified.get(token_hash(token))
        return None if found is None else found[1]

    def remembered_at(self, token: str) -> tuple[int, Holder] | None:
        """The generation at which this process last verified the token, and its holder then; None if never."""
        return self._verified.get(token_hash(token))

    def issue(self, name: str, role: Role) -> tuple[str, Holder]:
        """A new random token for `name` with `role`, returned once and kept only as its hash."""
        if not name.strip():
            raise InvalidInputError("a token is issued to a named holder", "name")
        token = PREFIX + secrets.token_urlsafe(32)
        aggregate = Token.issue(name.strip(), Role(role), token_hash(token))
        self.save(aggregate)
        return token, _holder(aggregate)

    def holder(self, token: str) -> Holder | None:
        """The holder of a valid, unrevoked token; None for any other string."""
        digest = token_hash(token)
        aggregate = self._token(token_id(digest))
        if aggregate is None or not hmac.compare_digest(aggregate.token_sha256, digest) or aggregate.revoked:
            return None
        return _holder(aggregate)

    def revoke(self, token: UUID, reason: str) -> Holder:
        """Revoke the token with this id; an unknown id is refused."""
        aggregate = self._token(token)
        if aggregate is None:
            raise TokenNotFoundError(f"no token {token}", "token_id")
        aggregate.revoke(reason)
        self.save(aggregate)
        return _holder(aggregate)

    def holders(self) -> list[Holder]:
        """Every token ever issued, in the order issued, revoked ones included."""
        return [_holder(token) for token in map(self._token, self._ids()) if token is not None]

    def _ids(self) -> Iterator[UUID]:
        for notification in self.recorder.select_notifications(start=1, limit=10_000, topics=[get_topic(TokenIssued)]):
            yield UUID(str(notification.originator_id))

    def _token(self, aggregate_id: UUID) -> Token | None:
        try:
            aggregate: object = self.repository.get(aggregate_id)
        except AggregateNotFoundError:
            return None
        if not isinstance(aggregate, Token):
            raise ConflictError(f"keyring entry {aggregate_id} is not a token", "token_id")
        return aggregate


def _holder(aggregate: Token) -> Holder:
    return Holder(token_id=aggregate.id, name=aggregate.name, role=aggregate.role, revoked=aggregate.revoked)
