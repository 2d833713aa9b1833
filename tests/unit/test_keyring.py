"""The keyring keeps hashes of tokens, finds a holder by the token alone, and refuses revoked or unknown ones."""

from __future__ import annotations

from uuid import UUID

import pytest

from adapters.auth.keyring import PREFIX, Holder, Keyring, Role, token_hash
from adapters.settings import eventsourcing_env, keyring_url
from domain.errors import InvalidInputError


@pytest.fixture
def keyring() -> Keyring:
    """A keyring in memory."""
    return Keyring(env=eventsourcing_env("memory:"))


def test_an_issued_token_names_its_holder_and_role(keyring: Keyring) -> None:
    token, issued = keyring.issue("Desk A", Role.RECORDER)
    assert token.startswith(PREFIX)
    assert keyring.holder(token) == issued
    assert (issued.name, issued.role) == ("Desk A", Role.RECORDER)


def test_only_the_hash_is_kept(keyring: Keyring) -> None:
    token, _ = keyring.issue("Desk A", Role.READER)
    stored = b"".join(n.state for n in keyring.recorder.select_notifications(start=1, limit=10))
    assert token.encode() not in stored
    assert token_hash(token).encode() in stored


def test_unknown_and_revoked_tokens_are_refused(keyring: Keyring) -> None:
    token, issued = keyring.issue("Partner", Role.READER)
    assert keyring.holder(token + "x") is None
    keyring.revoke(issued.token_id, "left the project")
    keyring.revoke(issued.token_id, "left the project")
    assert keyring.holder(token) is None
    assert [holder.revoked for holder in keyring.holders()] == [True]


def test_a_token_needs_a_named_holder_and_an_unknown_id_is_refused(keyring: Keyring) -> None:
    with pytest.raises(InvalidInputError):
        keyring.issue("  ", Role.ADMIN)
    with pytest.raises(InvalidInputError):
        keyring.revoke(UUID(int=0), "r")


@pytest.mark.parametrize(
    ("role", "needed", "allowed"),
    [
        (Role.READER, Role.RECORDER, False),
        (Role.RECORDER, Role.RECORDER, True),
        (Role.REVIEWER, Role.RECORDER, True),
        (Role.RECORDER, Role.REVIEWER, False),
        (Role.REVIEWER, Role.ADMIN, False),
        (Role.ADMIN, Role.REVIEWER, True),
    ],
)
def test_each_role_includes_the_ones_before_it(role: Role, needed: Role, allowed: bool) -> None:
    assert role.allows(needed) is allowed


def test_the_keyring_lives_beside_the_store() -> None:
    assert keyring_url("sqlite:///var/recon.sqlite3") == "sqlite:///var/recon-keyring.sqlite3"
    assert keyring_url("sqlite:///var/recon.sqlite3", "sqlite:///k.sqlite3") == "sqlite:///k.sqlite3"
    assert keyring_url("memory:") == "memory:"


def test_a_token_verified_at_a_generation_is_remembered_until_any_key_changes(
    keyring: Keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    token, issued = keyring.issue("Desk A", Role.RECORDER)
    looked_up: list[str] = []
    lookup = keyring.holder

    def counted(given: str) -> Holder | None:
        looked_up.append(given)
        return lookup(given)

    monkeypatch.setattr(keyring, "holder", counted)
    first = keyring.generation()
    assert keyring.holder_at(token) == keyring.holder_at(token, first) == issued
    assert keyring.remembered(token) == issued
    assert len(looked_up) == 1, "the second check at the same generation is answered from memory"
    keyring.issue("Desk B", Role.READER)
    assert keyring.generation() > first
    assert keyring.holder_at(token) == issued
    assert len(looked_up) == 2, "any change of a key means looking it up again"
    keyring.revoke(issued.token_id, "left")
    assert keyring.holder_at(token) is None
    assert keyring.remembered(token) is None
    assert keyring.holder_at(token, first) is None, "once refused, nothing is remembered, whatever generation"
