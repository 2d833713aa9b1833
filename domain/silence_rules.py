"""relayed-silence: a relay saying its origin gave no figure, against another relay quoting that origin's figure.

The silence is the relay's claim, not the origin's: the figure the origin is quoted as giving stands, and the
relay that says there was none is flagged with both relays as evidence.
"""

from __future__ import annotations

from collections.abc import Iterator

from domain.buckets import evidence_of
from domain.exchange import ClaimState
from domain.findings import Check, Evidence, Severity, Subject
from domain.reconciliation.view import View

RELAYED_SILENCE = "relayed-silence"


def relayed_silence(view: View, scope: None, *, passing: bool = True) -> Iterator[Check]:
    """relayed-silence over the whole exchange: each figure a relay says its origin did not give."""
    every = view.every_claim()
    for silent in every:
        origin = silent.claim.source.origin
        for figure in silent.claim.origin_gave_no if origin else ():
            quoting = [state for state in every if _quotes(state, silent, figure)]
            if quoting:
                yield _contradicted(silent, figure, quoting)


def _quotes(state: ClaimState, silent: ClaimState, figure: str) -> bool:
    """True when `state` carries the figure from the silent claim's origin, for its stage and direction."""
    claim, said = state.claim, silent.claim
    if state.claim_id == silent.claim_id or claim.planned or claim.source.origin != said.source.origin:
        return False
    directions = {claim.direction.label, said.direction.label}
    alike = len(directions) == 1 or ("each side" in directions and "combined" not in directions)
    return claim.stage == said.stage and alike and figure in claim.figures.values()


def _contradicted(silent: ClaimState, figure: str, quoting: list[ClaimState]) -> Check:
    claim = silent.claim
    origin = claim.source.origin
    said_by = origin.said_by if origin else claim.source.label
    quoted = "; ".join(
        f"{state.claim.source.label} quotes it giving {_shown(state.claim.figures.values()[figure])}"
        for state in quoting
    )
    evidence: list[Evidence] = [evidence_of(silent, figure, "no figure given")]
    evidence += [evidence_of(state, figure, state.claim.figures.values()[figure]) for state in quoting]
    return Check(
        rule=RELAYED_SILENCE,
        severity=Severity.WARNING,
        passed=False,
        subject=Subject(stage=claim.stage, direction=claim.direction.label, figure=figure),
        message=f"{claim.source.label} says {said_by} gave no {figure}; {quoted}",
        expected="the figure the origin is quoted as giving",
        found="none",
        evidence=tuple(evidence),
    )


def _shown(value: object) -> str:
    label = getattr(value, "label", None)
    return label if isinstance(label, str) else f"{value:,}" if isinstance(value, int) else str(value)
