"""A claim's figures as the rules cite them: one piece of evidence per figure, naming the source and its origin."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from domain.exchange_state import ClaimState
from domain.figures import Amount
from domain.findings import Evidence


def claim_evidence(
    state: ClaimState, values: Mapping[str, int | date | Amount | str | None] | None = None
) -> dict[str, Evidence]:
    """The claim's value for each of its figures (or for `values`, some of them), as the rules cite it: what the
    figures share is read from the claim once."""
    source = state.claim.source
    origin = source.origin
    label, tier, claim_id, version = source.label, source.tier, state.claim_id, state.version
    said, party = (origin.label, origin.party) if origin else (None, None)
    given = state.claim.figures.values() if values is None else values
    # Positional: made once per figure of every claim, keywords cost a third of making it.
    return {key: Evidence(label, tier, claim_id, version, key, value, said, party) for key, value in given.items()}


def evidence_of(state: ClaimState, figure: str, value: int | date | Amount | str | None) -> Evidence:
    """One claim's value for one figure, as the rules cite it."""
    source = state.claim.source
    origin = source.origin
    said, party = (origin.label, origin.party) if origin else (None, None)
    return Evidence(source.label, source.tier, state.claim_id, state.version, figure, value, said, party)
