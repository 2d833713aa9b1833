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
    for silent in view.remarked():
        origin = silent.claim.source.origin
        for figure in silent.claim.origin_gave_no if origin else ():
            quoting = _quoting(view, silent, figure)
            if quoting:
                yield _contradicted(silent, figure, quoting)


def _quoting(view: View, silent: ClaimState, figure: str) -> tuple[Evidence, ...]:
    """Other claims of the silent claim's origin carrying the figure for its stage and direction (either
    direction of 'each side'), as the counted figures cite them."""
    claim = silent.claim
    origin = claim.source.origin.label if claim.source.origin else None
    if claim.direction.kind == "each_side":
        directions = [f"to {party}" for party in view.parties]
    else:
        directions = [claim.direction.label]
    found: dict[object, Evidence] = {}
    for direction in directions:
        bucket = view.sources(claim.stage, direction)
        for item in bucket.evidence.get(figure, {}).values() if bucket else ():
            if item.origin == origin and item.claim_id != silent.claim_id:
                found.setdefault(item.claim_id, item)
    return tuple(found.values())


def _contradicted(silent: ClaimState, figure: str, quoting: tuple[Evidence, ...]) -> Check:
    claim = silent.claim
    origin = claim.source.origin
    said_by = origin.said_by if origin else claim.source.label
    quoted = "; ".join(f"{item.source} quotes it giving {item.shown}" for item in quoting)
    return Check(
        rule=RELAYED_SILENCE,
        severity=Severity.WARNING,
        passed=False,
        subject=Subject(stage=claim.stage, direction=claim.direction.label, figure=figure),
        message=f"{claim.source.label} says {said_by} gave no {figure}; {quoted}",
        expected="the figure the origin is quoted as giving",
        found="none",
        evidence=(evidence_of(silent, figure, "no figure given"), *quoting),
    )
