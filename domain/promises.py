"""What a report says of promises: the terms as each source stated them, planned figures, denials of completion,
stages without a headcount and claims counted in another unit."""

from __future__ import annotations

from domain.amounts import range_label, shown
from domain.exchange import ClaimState, Exchange
from domain.ledger import Ledger
from domain.progress import progress
from domain.units import unit_ledger


def terms_lines(exchange: Exchange) -> list[str]:
    """'each side at least 1,000 (people), stated by RT (citing ...)', the agreement's own first."""
    return [
        f"{item.statement.summary} ({item.statement.unit}), stated by {item.statement.source.label}"
        for item in exchange.all_terms()
    ]


def denial_lines(exchange: Exchange) -> list[str]:
    """'UNN (citing President Zelensky) says it continues'."""
    return [
        f"{item.source.label} says {'it continues' if item.continuing else 'it is not complete'}"
        for item in exchange.denials
    ]


def aside_lines(ledger: Ledger) -> list[str]:
    """Planned figures and figures of another unit: shown, never counted."""
    return [_aside(state) for state in sorted(ledger.aside.values(), key=lambda state: state.recorded_version)]


def unstated_lines(exchange: Exchange) -> list[str]:
    """'stage 2, to Ukraine: Ukrainska Pravda (citing ...): severely injured; no number' for each stage recorded
    without a headcount."""
    return [
        f"{_where(state)}: {state.claim.source.label}" + (f": {state.claim.note}" if state.claim.note else "")
        for state in exchange.claims.values()
        if state.active and state.claim.figures.unstated and not state.claim.planned
    ]


def _aside(state: ClaimState) -> str:
    claim = state.claim
    figures = ", ".join(f"{key} {shown(value)}" for key, value in claim.figures.values().items())
    kind = "planned" if claim.planned else f"in {claim.unit}"
    return f"{kind}, {_where(state)}: {figures} ({claim.source.label})"


def _where(state: ClaimState) -> str:
    claim = state.claim
    stage = "the whole exchange" if claim.stage is None else f"stage {claim.stage}"
    return f"{stage}, {claim.direction.label}"


def other_unit_progress(exchange: Exchange) -> list[str]:
    """Progress in each unit other than the agreement's that claims count, against the targets its statements of
    the terms give alike (domain/units.py): 'bodies to Ukraine: 2,412 received of 6,000, 3,588 to go'."""
    agreed = exchange.agreement.unit
    units = {state.claim.unit for state in exchange.claims.values() if state.active and not state.claim.planned}
    lines = []
    for unit in sorted(found for found in units if found is not None and found != agreed):
        ledger = unit_ledger(exchange, unit)
        for item in progress(ledger):
            target = (
                "no target"
                if item.target is None
                else range_label(item.target, item.high)
                if item.kind == "range"
                else f"{'at least ' if item.kind == 'at_least' else ''}{item.target:,}"
            )
            to_go = "" if item.remaining is None else f", {item.remaining:,} to go"
            unknown = f" ({item.unknown_stages.label} unknown)" if item.unknown_stages else ""
            lines.append(f"{unit} to {item.party}: {item.accepted:,} received of {target}{to_go}{unknown}")
    return lines
