"""What `recon extract` writes where a statement is silent: a dossier still holding it is not ready to record."""

from __future__ import annotations

from adapters.dossier.errors import EntryError
from adapters.dossier.schema import DossierEntry

PLACEHOLDER = "unknown"
"""The word `recon extract` writes where the text and the reviewer said nothing."""

_WHAT_TO_WRITE = {
    "id": "write the exchange's id: a short name of lower-case letters, digits and hyphens, like 1000-for-1000",
    "title": 'write the exchange\'s title as a desk names it, like "1,000 for 1,000"',
}


def refuse_placeholders(dossier: DossierEntry) -> None:
    """Refuse an exchange whose id or title is still the placeholder: both are valid words, so nothing else would
    stop it, and an exchange called 'unknown' in the list tells the desk nothing."""
    written = {"id": dossier.exchange.id, "title": dossier.exchange.title}
    for field, value in written.items():
        if value == PLACEHOLDER:
            hint = _WHAT_TO_WRITE[field]
            raise EntryError(("exchange", field), f"{PLACEHOLDER!r} is where the statement named no exchange; {hint}")
