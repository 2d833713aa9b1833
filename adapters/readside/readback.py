"""Whether a read model's stored document still reads back as what it claims to be: a row damaged in the store (a
torn write, a hand edit, a bad release) is treated as missing, so the exchange is answered from its events and the
others keep answering from the read models.

A report sent as stored is checked once per document: a checksum of each exchange's last document that read back is
remembered in the process, so the usual read costs a CRC of the bytes (about 10 µs for a 28 kB report), not a parse
(about 140 µs). A CRC, not a cryptographic digest (four times slower): it guards against damage, and whoever can
write the store on purpose can write a report that reads back anyway."""

from __future__ import annotations

import logging
from uuid import UUID
from zlib import crc32

from pydantic import ValidationError

from domain.report_values import ReconciliationReport

LOG = logging.getLogger("recon.readside")

_READ_BACK: dict[UUID, tuple[int, int]] = {}
"""Each exchange's last report document found to read back, by length and CRC: one entry an exchange, whatever the
store (the same bytes read back in any store)."""


def report_reads_back(exchange_id: UUID, document: bytes) -> bool:
    """True when `document` reads back as a report; else warns that the exchange's row is damaged."""
    digest = (len(document), crc32(document))
    if _READ_BACK.get(exchange_id) == digest:
        return True
    try:
        ReconciliationReport.model_validate_json(document)
    except ValidationError:
        damaged(exchange_id, "report")
        return False
    _READ_BACK[exchange_id] = digest
    return True


def damaged(exchange: UUID | str, what: str) -> None:
    """Say that the read models' `what` of the exchange does not read back, and what repairs it."""
    LOG.warning(
        "warning: the stored %s of exchange %s does not read back; it is answered from its events until "
        "`recon project --rebuild` writes it again",
        what,
        exchange,
    )
