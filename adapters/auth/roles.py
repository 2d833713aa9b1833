"""The roles a token can carry, apart from the keyring, so that a command line can name them cheaply."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a token's holder may do; each role may do everything the roles before it may."""

    READER = "reader"
    RECORDER = "recorder"
    REVIEWER = "reviewer"
    ADMIN = "admin"

    def allows(self, needed: Role) -> bool:
        """True when this role includes the rights of `needed`."""
        return _RANK[self] >= _RANK[needed]


_RANK = {role: rank for rank, role in enumerate(Role)}
