"""What a report says of promises: the terms as each source stated them, planned figures, denials of completion and
stages without a headcount."""

from __future__ import annotations

from domain.amounts import shown
from domain.exchange import ClaimState, Exchange
from domain.ledger import Ledger


def terms_lines(exchange: Exchange) -> list[str]:
    """'each side at least 1,000 (people), stated by RT (citing ...)', the agreement's own first."""
    return [
        f"{item.statement.summary} ({item.statement.unit}), stated by {item.statement.source.label}"
        for item in exchange.all_terms()
    ]


def completion_lines(exchange: Exchange) -> list[str]:
    """'TASS', or 'TASS (of the bodies)' for a declaration that one unit is complete, once each and in order."""
    return sorted({item.source.label + _of_unit(item.unit) for item in exchange.completions})


def denial_lines(exchange: Exchange) -> list[str]:
    """'UNN (citing President Zelensky) says it continues', with ' (of the bodies)' when it names that unit."""
    return [
        f"{item.source.label} says {'it continues' if item.continuing else 'it is not complete'}{_of_unit(item.unit)}"
        for item in exchange.denials
    ]


def _of_unit(unit: str | None) -> str:
    return "" if unit is None else f" (of the {unit})"


def aside_lines(ledger: Ledger) -> list[str]:
    """Planned figures, of any unit: shown, never counted. Delivered figures of another unit are not listed here:
    they have stage tables of their own."""
    planned = [state for state in ledger.aside.values() if state.claim.planned]
    return [_aside(state, ledger) for state in sorted(planned, key=lambda state: state.recorded_version)]


def unstated_lines(exchange: Exchange) -> list[str]:
    """'stage 2, to Ukraine: Ukrainska Pravda (citing ...): severely injured; no number' for each stage recorded
    without a headcount."""
    return [line for state in exchange.claims.values() if (line := unstated_line(state)) is not None]


def unstated_line(state: ClaimState) -> str | None:
    """The claim's line among the stages recorded without a headcount; None unless it is one of them."""
    if not state.active or not state.claim.figures.unstated or state.claim.planned:
        return None
    return f"{_where(state)}: {state.claim.source.label}" + (f": {state.claim.note}" if state.claim.note else "")


def _aside(state: ClaimState, ledger: Ledger) -> str:
    claim = state.claim
    figures = ", ".join(f"{key} {shown(value)}" for key, value in claim.figures.values().items())
    unit = "" if ledger.in_unit(state) else f" in {claim.unit}"
    return f"planned{unit}, {_where(state)}: {figures} ({claim.source.label})"


def _where(state: ClaimState) -> str:
    claim = state.claim
    stage = "the whole exchange" if claim.stage is None else f"stage {claim.stage}"
    return f"{stage}, {claim.direction.label}"
