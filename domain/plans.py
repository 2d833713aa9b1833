"""What one dossier says about one exchange, as the application records it: kept apart from the application, so that
reading, writing and proposing dossiers need not load the engine."""

from __future__ import annotations

from typing import Literal

from domain.exchange import Agreement, Claim, TermsStatement, Unit
from domain.figures import Source, Value


class UnitCompletion(Value):
    """A source's word on whether one unit of the exchange is complete (the bodies of an exchange of prisoners)."""

    source: Source
    unit: Unit
    says: Literal["declared", "denied", "continuing"] = "declared"


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
    by_unit: tuple[UnitCompletion, ...] = ()
    """Declarations, denials and continuations that name the unit they speak of."""
