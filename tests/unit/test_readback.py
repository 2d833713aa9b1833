"""A report document sent as the read models hold it is parsed once per exchange and bytes, then only checksummed;
bytes that change are parsed again, and one that does not read back is refused with a warning naming the exchange."""

from __future__ import annotations

import logging
from uuid import uuid4

import pytest

from adapters.persistence.store import open_reconciler
from adapters.readside import readback
from domain.report_values import ReconciliationReport
from tests.builders import SLUG, agreement, claim, figures


@pytest.fixture(scope="module")
def document() -> bytes:
    app = open_reconciler("memory:")
    app.agree_exchange(agreement())
    app.record_claim(SLUG, claim(1, figures(390, service=(270, 120))))
    return app.report(SLUG).model_dump_json().encode()


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The documents parsed from now on."""
    parsed: list[bytes] = []
    validate = ReconciliationReport.model_validate_json

    def counted(data: bytes) -> ReconciliationReport:
        parsed.append(data)
        return validate(data)

    monkeypatch.setattr(ReconciliationReport, "model_validate_json", counted)
    return parsed


def test_a_document_that_reads_back_is_parsed_once_then_remembered(document: bytes, parses: list[bytes]) -> None:
    exchange = uuid4()
    assert readback.report_reads_back(exchange, document)
    assert readback.report_reads_back(exchange, bytes(bytearray(document)))  # the same bytes, read again
    assert parses == [document]


def test_bytes_changed_since_are_parsed_again_and_refused_when_damaged(
    document: bytes, parses: list[bytes], caplog: pytest.LogCaptureFixture
) -> None:
    exchange = uuid4()
    assert readback.report_reads_back(exchange, document)
    torn = document[: len(document) // 2]
    with caplog.at_level(logging.WARNING, "recon.readside"):
        assert not readback.report_reads_back(exchange, torn)
        assert not readback.report_reads_back(exchange, torn)  # never remembered as reading back
    assert parses == [document, torn, torn]
    assert [str(exchange) in record.getMessage() for record in caplog.records] == [True, True]
