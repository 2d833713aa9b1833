"""Exchange ids: derived from the slug, so that importing an exchange again finds the same aggregate. Kept apart from
the aggregate so that a read that only looks an exchange up need not load it."""

from __future__ import annotations

from uuid import NAMESPACE_URL, UUID, uuid5

NAMESPACE = uuid5(NAMESPACE_URL, "https://exchange-reconciler.invalid/")
"""The namespace of every id derived from a natural key (exchanges, claims)."""


def exchange_id(slug: str) -> UUID:
    """The exchange's id, derived from its slug so that importing it again finds the same aggregate."""
    return uuid5(NAMESPACE, f"exchange:{slug}")


def parse_ref(ref: str) -> UUID:
    """The exchange id a reference names: a UUID, else a slug."""
    try:
        return UUID(ref)
    except ValueError:
        return exchange_id(ref)
