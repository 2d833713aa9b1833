"""stage-headcount: a stage that took place is given a headcount, or the desk has something to chase."""

from __future__ import annotations

from collections.abc import Iterator

from domain.acceptance import TOTAL
from domain.buckets import BucketKey, evidence_of
from domain.findings import Check, Severity, Subject
from domain.reconciliation.view import View

STAGE_HEADCOUNT = "stage-headcount"
NAMED = 3
"""How many of the sources that reported the stage a message names; the rest are counted (all are cited)."""


def stage_headcount(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """stage-headcount for one stage and direction: some source gives its total (stated, derived or a range)."""
    stage, direction = key
    if stage is None or not direction.startswith("to "):
        return  # the whole exchange and combined figures are no stage's headcount of one side
    total = view.figure(stage, direction, TOTAL)
    if total is not None and total.known:
        return  # a stage with its headcount is the usual case, not a check worth listing as passed
    # Who reported the stage is what the finding cites: read through `sources`, as it depends on who said what.
    reported = view.sources(stage, direction)
    states = sorted(reported.claims.values(), key=lambda state: state.version) if reported else []
    if not states:
        return
    evidence = tuple(evidence_of(state, TOTAL, None) for state in states)
    named = [f"{item.source} (v{item.version})" for item in evidence[:NAMED]]
    if len(evidence) > NAMED:
        named.append(f"{len(evidence) - NAMED:,} more")
    who = " and ".join(named)
    yield Check(
        rule=STAGE_HEADCOUNT,
        severity=Severity.WARNING,
        passed=False,
        subject=Subject(stage=stage, direction=direction, figure=TOTAL),
        message=f"stage {stage}, {direction} took place, as {who} reported, and no source gave how many",
        expected="a total from some source",
        found="no headcount",
        evidence=evidence,
    )
