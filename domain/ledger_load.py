"""A ledger filled in one pass: every active claim of an exchange sorted into its buckets, each figure weighed once.

A report (as it stands or as of a point) builds its ledger this way; a timeline keeps one up to date claim by claim
(Ledger.place). Both sort a claim by `bucket_keys` and set it aside by the same tests, so that they agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from domain.buckets import Bucket, BucketKey, claim_evidence
from domain.exchange import ClaimState
from domain.figures import Direction
from domain.findings import Evidence

if TYPE_CHECKING:
    from domain.ledger import Ledger


def load_claims(ledger: Ledger, states: Iterable[ClaimState]) -> None:
    """Sort the active claims into an empty ledger: counted ones into buckets (a claim about each side into both,
    reading its evidence once), the others aside, those with remarks into `remarked` as well."""
    grouped: dict[BucketKey, list[tuple[ClaimState, dict[str, Evidence]]]] = {}
    sides = ledger.sides
    index = ledger.index
    for state in states:
        if not state.active:
            continue
        if remarked(state):
            ledger.remarked[state.claim_id] = state
        if not ledger.counts(state):
            ledger.aside[state.claim_id] = state
            continue
        claim = state.claim
        given = claim_evidence(state)
        for key in bucket_keys(claim.stage, claim.direction, sides):
            found = grouped.get(key)
            if found is None:
                grouped[key] = [(state, given)]
            else:
                found.append((state, given))
        if claim.stage is not None:
            index.load(state, claim.stage)
    for key, loaded in grouped.items():
        bucket = ledger.buckets[key] = Bucket(*key)
        bucket.load(loaded)


def bucket_keys(stage: int | None, direction: Direction, sides: tuple[str, ...]) -> tuple[BucketKey, ...]:
    """The buckets a claim goes into: its direction's, or for a claim about each side, each party's (`sides`:
    'to Ukraine', 'to Russia')."""
    if direction.kind == "each_side":
        return tuple((stage, side) for side in sides)
    return ((stage, direction.label),)


def remarked(state: ClaimState | None) -> bool:
    """True when a claim carries notes, names mediators or says its origin gave no figure."""
    claim = state.claim if state is not None else None
    return claim is not None and bool(claim.notes or claim.mediated_by or claim.origin_gave_no)
