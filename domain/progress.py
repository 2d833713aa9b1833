"""How far each party's receipts stand from the agreement's target, and the stages a figure is not known for."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from domain.acceptance import TOTAL
from domain.buckets import Bucket
from domain.ledger import Ledger
from domain.proper_reading import IN_ADDITION, in_all

SHOWN = 12
"""Stages listed by number in a reason before the rest are counted: a reason stays one line long."""


@dataclass(frozen=True, slots=True)
class Progress:
    """Accepted stage totals received by one party, against what the agreement promises it."""

    party: str
    kind: str
    target: int | None
    accepted: int
    unknown_stages: Gaps
    """Stages whose total for this party is not known."""
    high: int | None = None
    """A target said as a range: its highest value (`target` is its lowest)."""
    in_addition: int = 0
    """Of `accepted`, the groups handed over in addition to the exchange proper: the terms do not promise them."""

    @property
    def remaining(self) -> int | None:
        """How many are still to come; None without a numeric target."""
        return None if self.target is None else max(self.target - self.proper, 0)

    @property
    def remaining_high(self) -> int | None:
        """For a target said as a range, how many are still to come to its highest value; None otherwise."""
        return None if self.kind != "range" or self.high is None else max(self.high - self.proper, 0)

    @property
    def over(self) -> int:
        """How far an exact target, or a range's highest value, was exceeded."""
        ceiling = self.target if self.kind == "exactly" else self.high
        return max(self.proper - ceiling, 0) if ceiling is not None else 0

    @property
    def proper(self) -> int:
        """What counts against the terms: the exchange proper, the groups in addition left out."""
        return self.accepted - self.in_addition


def of_which(in_all: str, proper: str, added: int, word: str = "") -> str:
    """How a sum counted against the terms reads: `proper` when it counts no group in addition; else '132 received,
    of which 12 in addition to the terms: 120' (`word` ' received'), so that the desk sees both the heads that came
    and those the terms promised."""
    return f"{in_all}{word}, of which {added:,} in addition to the terms: {proper}" if added else proper


def progress(ledger: Ledger) -> list[Progress]:
    """For each party, the sum of accepted stage totals and what remains of its target."""
    return [progress_of(ledger, party) for party in ledger.parties]


def progress_of(ledger: Ledger, party: str) -> Progress:
    """The sum of accepted stage totals received by `party`, and what remains of its target."""
    target = ledger.terms.targets.get(party)
    totals = ledger.column(f"to {party}", TOTAL)
    kind = target.kind if target else "unspecified"
    unknown = Gaps.of(totals.missing)
    return Progress(
        party,
        kind,
        target.count if target else None,
        totals.total,
        unknown,
        target.high if target else None,
        in_addition(ledger, party, totals.values),
    )


def in_addition(ledger: Ledger, party: str, stages: Iterable[int]) -> int:
    """The heads that the accepted totals of `stages` to `party` count in addition to the exchange proper."""
    return sum(added_heads(ledger.buckets.get((stage, f"to {party}"))) for stage in stages)


def added_heads(bucket: Bucket | None) -> int:
    """The groups in addition that a stage's accepted total counts; 0 when it may leave them out, or has none."""
    if bucket is None or not any(IN_ADDITION in stated for stated in bucket.relations.values()):
        return 0  # the usual case, found without reading the stage's claims
    added = bucket.additions()
    return 0 if added is None or in_all(bucket.figures.get(TOTAL), added) is None else added.count


def disputed_share(ledger: Ledger, party: str, skip: Collection[int] = ()) -> tuple[int, int | None] | None:
    """What the stages whose total to `party` is disputed or a range add at least and at most (None: no most),
    leaving out the stages in `skip`; None when every stage total is a single value. Progress is a range then,
    never 0."""
    states = [
        state
        for stage in ledger.column(f"to {party}", TOTAL).missing.difference(skip)
        if (bucket := ledger.buckets.get((stage, f"to {party}"))) is not None
        and (state := bucket.figures.get(TOTAL)) is not None
        and state.known
    ]
    if not states:
        return None
    highs = [state.interval[1] for state in states]
    return sum(state.interval[0] for state in states), None if None in highs else sum(h or 0 for h in highs)


def ranged_stage_totals(ledger: Ledger, party: str) -> dict[int, tuple[int, int | None]]:
    """The stages whose total to `party` is disputed or a range, each with its smallest and largest value (None:
    no largest): a progress table shows the range there, not a gap."""
    found: dict[int, tuple[int, int | None]] = {}
    for stage in sorted(ledger.column(f"to {party}", TOTAL).missing):
        bucket = ledger.buckets.get((stage, f"to {party}"))
        state = bucket.figures.get(TOTAL) if bucket else None
        if state is not None and state.known:
            found[stage] = state.interval
    return found


def stage_totals(ledger: Ledger, party: str) -> dict[int, int | None]:
    """Each stage's accepted total received by `party`, None where unknown."""
    totals = ledger.column(f"to {party}", TOTAL).values
    return {stage: totals.get(stage) for stage in ledger.stages}


@dataclass(frozen=True, slots=True)
class Gaps:
    """Stages a figure is not known for: how many, and the first of them (all of them when there are few)."""

    count: int = 0
    first: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return self.count > 0

    @classmethod
    def of(cls, missing: Collection[int]) -> Gaps:
        """The gaps of a set of stage numbers."""
        if not missing:
            return _NO_GAPS
        if len(missing) <= SHOWN:
            return cls(len(missing), tuple(sorted(missing)))
        return cls(len(missing), tuple(heapq.nsmallest(SHOWN - 2, missing)))

    @property
    def label(self) -> str:
        """'stage 4', 'stage 2, 5' or, for many, 'stage 2, 5, 7 ... and 40 more': a reason stays one line long."""
        shown = ", ".join(map(str, self.first))
        return (
            f"stage {shown}"
            if self.count <= len(self.first)
            else f"stage {shown} and {self.count - len(self.first):,} more"
        )


_NO_GAPS = Gaps()


def gaps(stages: Sequence[int], known: Collection[int], count: int | None = None) -> Gaps:
    """The stages of `stages` not in `known` (for stage numbers no column keeps, such as 1 to a running total's
    stage); `count`, when the caller knows it, saves counting them all."""
    if count is None:
        count = sum(1 for stage in stages if stage not in known)
    if count == 0:
        return _NO_GAPS
    if count <= SHOWN:
        # A set difference walks the stages in C; it matters on an exchange of hundreds of stages.
        return Gaps(count, tuple(sorted(set(stages).difference(known))))
    return Gaps(count, tuple(itertools.islice((s for s in stages if s not in known), SHOWN - 2)))
