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


def test_a_report_read_as_values_is_parsed_once_and_shared(document: bytes, parses: list[bytes]) -> None:
    exchange = uuid4()
    first = readback.read_report(exchange, document)
    assert first == ReconciliationReport.model_validate_json(document)
    parses.clear()
    assert readback.read_report(exchange, bytes(bytearray(document))) is first
    assert readback.report_reads_back(exchange, document)
    assert parses == []


def test_values_of_changed_bytes_are_parsed_again_and_damaged_ones_refused(
    document: bytes, parses: list[bytes], caplog: pytest.LogCaptureFixture
) -> None:
    exchange = uuid4()
    assert readback.read_report(exchange, document) is not None
    edited = document.replace(b'"verdict":"reconciles"', b'"verdict":"errors open"')
    assert edited != document
    report = readback.read_report(exchange, edited)
    assert report is not None
    assert report.verdict == "errors open"
    torn = document[:-1]
    with caplog.at_level(logging.WARNING, "recon.readside"):
        assert readback.read_report(exchange, torn) is None
        assert readback.read_report(exchange, torn) is None  # never kept as reading back
    assert parses == [document, edited, torn, torn]
    assert [str(exchange) in record.getMessage() for record in caplog.records] == [True, True]


def test_the_reports_kept_are_bounded_by_their_size_the_last_read_always_kept(
    document: bytes, parses: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readback, "PARSED_BYTES", len(document) * 2)
    first, second, third = uuid4(), uuid4(), uuid4()
    for exchange in (first, second, first, third):  # `second` is then the least lately read
        readback.read_report(exchange, document)
    parses.clear()
    readback.read_report(first, document)
    readback.read_report(third, document)
    assert parses == []
    readback.read_report(second, document)
    assert parses == [document]
    monkeypatch.setattr(readback, "PARSED_BYTES", 1)
    larger = uuid4()
    readback.read_report(larger, document)
    readback.read_report(larger, document)
    assert parses == [document, document], "a document larger than the bound is kept while it is the last read"
