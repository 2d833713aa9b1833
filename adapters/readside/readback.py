"""Whether a read model's stored document still reads back as what it claims to be: a row damaged in the store (a
torn write, a hand edit, a bad release) is treated as missing, so the exchange is answered from its events and the
others keep answering from the read models.

A report sent as stored is checked once per document: a checksum of each exchange's last document that read back is
remembered in the process, so the usual read costs a CRC of the bytes (about 10 µs for a 28 kB report), not a parse
(about 140 µs). A CRC, not a cryptographic digest (four times slower): it guards against damage, and whoever can
write the store on purpose can write a report that reads back anyway.

A report read as values (to print as text or Markdown, to gather findings) is parsed once per document in the same
way, and the values kept, whichever read parsed them: parsing was nine tenths of such a read (20 ms of 23 for a
report of 1,000 claims, 1.2 MB), a CRC of the same bytes costs 0.3 ms. The values are immutable, so every reader may
share them. The reports kept are bounded by their documents' size (see PARSED_BYTES), the one read last always kept."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from uuid import UUID
from zlib import crc32

from pydantic import ValidationError

from domain.report_values import ReconciliationReport

LOG = logging.getLogger("recon.readside")

PARSED_BYTES = 16_000_000
"""How many bytes of report documents a process keeps parsed, the least lately read dropped first: values take about
two and a half times their document's size (a report of 1,000 claims: 1.2 MB of JSON, 2.8 MB of values)."""

Digest = tuple[int, int]
"""A document's length and CRC-32."""

_READ_BACK: dict[UUID, Digest] = {}
"""Each exchange's last report document found to read back, by length and CRC: one entry an exchange, whatever the
store (the same bytes read back in any store)."""
_PARSED: OrderedDict[UUID, tuple[Digest, ReconciliationReport]] = OrderedDict()
"""Each exchange's last report read as values, by its document's digest, the most lately read last."""
_PARSED_LOCK = threading.Lock()
"""The service's requests read in several threads: moving and dropping entries is one step."""


def report_reads_back(exchange_id: UUID, document: bytes) -> bool:
    """True when `document` reads back as a report; else warns that the exchange's row is damaged."""
    return _READ_BACK.get(exchange_id) == _digest(document) or read_report(exchange_id, document) is not None


def read_report(exchange_id: UUID, document: bytes) -> ReconciliationReport | None:
    """The report `document` holds, parsed once for these bytes; None, with a warning that the exchange's row is
    damaged, when it does not read back."""
    digest = _digest(document)
    with _PARSED_LOCK:
        kept = _PARSED.get(exchange_id)
        if kept is not None and kept[0] == digest:
            _PARSED.move_to_end(exchange_id)
            return kept[1]
    try:
        report = ReconciliationReport.model_validate_json(document)
    except ValidationError:
        damaged(exchange_id, "report")
        return None
    _READ_BACK[exchange_id] = digest
    with _PARSED_LOCK:
        _PARSED[exchange_id] = (digest, report)
        _PARSED.move_to_end(exchange_id)
        size = sum(length for (length, _), _ in _PARSED.values())
        while len(_PARSED) > 1 and size > PARSED_BYTES:
            _, ((length, _), _) = _PARSED.popitem(last=False)
            size -= length
    return report


def _digest(document: bytes) -> Digest:
    return len(document), crc32(document)


def damaged(exchange: UUID | str, what: str) -> None:
    """Say that the read models' `what` of the exchange does not read back, and what repairs it."""
    LOG.warning(
        "warning: the stored %s of exchange %s does not read back; it is answered from its events until "
        "`recon project --rebuild` writes it again",
        what,
        exchange,
    )


def forget_parsed() -> None:
    """Drop every report kept as values, as a new process starts without them (the read-side bench times a first
    read so)."""
    with _PARSED_LOCK:
        _PARSED.clear()
    _READ_BACK.clear()
