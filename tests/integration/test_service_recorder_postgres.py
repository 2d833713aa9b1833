"""The service's PostgreSQL recorder sends a write's events in binary, and every byte reads back as written."""

from __future__ import annotations

from uuid import uuid4

import pytest
from eventsourcing.persistence import StoredEvent

from adapters.auth.keyring import Keyring
from adapters.persistence.store import open_application

pytestmark = pytest.mark.integration


def test_the_service_s_recorder_sends_events_in_binary_and_reads_back_every_byte(postgres_url: str) -> None:
    # Binary, not text: psycopg writes an array of composites as text by escaping each byte in Python.
    keyring = open_application(Keyring, postgres_url, fail_fast=True)
    try:
        recorder = keyring.recorder
        assert "%b::" in recorder.insert_call.as_string(None)  # type: ignore[attr-defined]
        awkward = bytes(range(256)) + b'("\\, )'
        originator = uuid4()
        recorder.insert_events([StoredEvent(originator, 1, "recon.test:Awkward", awkward)])
        assert [event.state for event in recorder.select_events(originator)] == [awkward]
    finally:
        keyring.close()
