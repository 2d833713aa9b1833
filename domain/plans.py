"""What one dossier says about one exchange, as the application records it: kept apart from the application, so that
reading, writing and proposing dossiers need not load the engine."""

from __future__ import annotations

from domain.exchange import Agreement, Claim, TermsStatement
from domain.figures import Source, Value


class ExchangePlan(Value):
    """Everything one dossier says about one exchange, to be recorded together or not at all."""

    agreement: Agreement
    claims: tuple[Claim, ...] = ()
    completions: tuple[Source, ...] = ()
    terms: tuple[TermsStatement, ...] = ()
    """Statements of the terms besides the agreement's own."""
    denials: tuple[Source, ...] = ()
    """Sources that said the exchange is not complete."""
    continuing: tuple[Source, ...] = ()
    """Sources that said the exchange continues."""
