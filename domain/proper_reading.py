"""The exchange proper: a stage's total less the groups counted in addition to it.

Reporting gives one direction of a stage as the exchange proper ('120 for 120') and as the total in all, which
adds groups handed over besides it ('and 12 wounded besides: 132'). A party that itself sets such a group apart
means the exchange proper when it gives a total that equals another statement's total in all less the group: its
figure corroborates the total in all through that part and is no rival of it. Someone who never set the group
apart may mean everyone: the figure stays a rival, and the difference says it agrees only if they left the group
out. Reciprocity and promised-delivered compare the exchange proper, which the groups in addition are outside.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from uuid import UUID

from domain.acceptance import TOTAL, FigureState
from domain.figures import MEDIA
from domain.findings import Evidence

if TYPE_CHECKING:
    from domain.exchange import ClaimState

IN_ADDITION = "in_addition"
AMONG = "among"


@dataclass(frozen=True, slots=True)
class Additions:
    """The groups every source naming them counts in addition to a stage's total, each with its one count."""

    groups: tuple[tuple[str, int], ...]
    counting: frozenset[UUID]
    """The claims that name any of them in addition: their totals, if any, are totals in all."""
    whose: frozenset[str]
    """Who set the groups apart: the parties (for an outlet's own words, the outlet) of those claims."""

    @property
    def count(self) -> int:
        """The groups' heads added up."""
        return sum(count for _, count in self.groups)

    @property
    def label(self) -> str:
        """'wounded 12', 'wounded 12 and civilians 8'."""
        return " and ".join(f"{name} {count:,}" for name, count in self.groups)


def additions(
    relations: Mapping[str, set[str]], figures: Mapping[str, FigureState], claims: Iterable[ClaimState]
) -> Additions | None:
    """The groups a stage and direction counts in addition; None when there are none, or when one of them is
    disputed, counted among the total by some source, or known only as a range (no one exchange proper)."""
    named = [name for name, stated in relations.items() if IN_ADDITION in stated]
    if not named:
        return None
    groups: list[tuple[str, int]] = []
    for name in named:
        state = figures.get(f"subset:{name}")
        if relations[name] != {IN_ADDITION} or state is None or state.accepted is None or state.ranged:
            return None
        groups.append((name, state.accepted))
    counting = [
        state
        for state in claims
        if any(s.relation == IN_ADDITION and s.name in named for s in state.claim.figures.subsets)
    ]
    whose = frozenset(_whose_claim(state) for state in counting)
    return Additions(tuple(groups), frozenset(state.claim_id for state in counting), whose)


def read_totals(evidence: tuple[Evidence, ...], added: Additions | None) -> tuple[Evidence, ...]:
    """The totals as weighed: a party's count of the exchange proper reads as the total in all it is part of."""
    if added is None:
        return evidence
    in_all = _totals_in_all(evidence, added)
    return tuple(
        _lifted(item, added) if _exchange_proper(item, added, in_all) and _whose(item) in added.whose else item
        for item in evidence
    )


def counted_both_ways(
    relations: Mapping[str, set[str]], figures: Mapping[str, FigureState], claims: Iterable[ClaimState]
) -> dict[UUID, int]:
    """For each claim that counts in addition groups other sources count among the total (groups of one known
    count): their heads."""
    counts: dict[str, int] = {}
    for name, stated in relations.items():
        state = figures.get(f"subset:{name}")
        if stated == {AMONG, IN_ADDITION} and state is not None and state.accepted is not None and not state.ranged:
            counts[name] = state.accepted
    if not counts:
        return {}  # the usual case, found without reading every claim of the stage
    heads: dict[UUID, int] = {}
    for claim in claims:
        groups = [s.name for s in claim.claim.figures.subsets if s.relation == IN_ADDITION and s.name in counts]
        if groups:
            heads[claim.claim_id] = sum(counts[name] for name in groups)
    return heads


def weighed_both_ways(
    evidence: tuple[Evidence, ...],
    relations: Mapping[str, set[str]],
    figures: Mapping[str, FigureState],
    claims: Iterable[ClaimState],
) -> tuple[Evidence, ...]:
    """The totals as weighed when sources dispute whether a group is among the total: a total in all, less the
    groups its claim counts in addition, is what it shares with a total that counts them among it. The readings
    then differ by the group alone, which subset-within-base warns of once, naming the total in all under each."""
    heads = counted_both_ways(relations, figures, claims)
    if not heads:
        return evidence
    return tuple(
        replace(item, value=item.value - heads[item.claim_id], given_in_all=item.value)
        if item.claim_id in heads and isinstance(item.value, int) and item.value >= heads[item.claim_id]
        else item
        for item in evidence
    )


def _lifted(item: Evidence, added: Additions) -> Evidence:
    """The figure as the total in all it is the exchange proper of, keeping the count it gave."""
    if not isinstance(item.value, int):
        return item
    return replace(item, value=item.value + added.count, proper=(item.value, added.label))


def unread(state: FigureState, added: Additions | None) -> list[str]:
    """For totals left as rivals that equal a total in all less the groups, or the groups alone: '120 is 127 less
    wounded 7 in addition: it agrees only if Headline Daily left them out'."""
    if added is None or state.key != TOTAL:
        return []
    in_all = _totals_in_all(state.evidence, added)
    lines = []
    for item in state.evidence:
        if item.proper is not None or not isinstance(item.value, int) or item.claim_id in added.counting:
            continue
        if _exchange_proper(item, added, in_all):
            lines.append(
                f"{item.value:,} is {item.value + added.count:,} less {added.label} in addition: "
                f"it agrees only if {item.source} left them out"
            )
        elif item.value == added.count and item.value not in in_all:
            lines.append(
                f"{item.value:,} is {added.label} in addition alone: it is their count, not the total, "
                f"only if {item.source} spoke of them alone"
            )
    return lines


def _totals_in_all(evidence: Iterable[Evidence], added: Additions) -> set[int]:
    return {item.value for item in evidence if item.claim_id in added.counting and isinstance(item.value, int)}


def _exchange_proper(item: Evidence, added: Additions, in_all: set[int]) -> bool:
    """True when a total from a claim that counts no group in addition is a total in all less the groups."""
    if not isinstance(item.value, int) or item.claim_id in added.counting or item.value in in_all:
        return False
    return item.value + added.count in in_all


def _whose(item: Evidence) -> str:
    """The party behind a figure; for an outlet's own words (or no origin stated), the outlet."""
    return item.party if item.party is not None and item.party != MEDIA else item.origin or item.source


def _whose_claim(state: ClaimState) -> str:
    source = state.claim.source
    origin = source.origin
    if origin is not None and origin.party != MEDIA:
        return origin.party
    return origin.label if origin is not None else source.label


def in_all(state: FigureState | None, added: Additions | None) -> Additions | None:
    """The groups in addition that an accepted total counts: those of `added` when a claim counting them in
    addition (or read as the exchange proper) gives the accepted value; None when the total may leave them out."""
    if state is None or added is None:
        return None
    values = set(state.possible)
    counted = any(
        item.value in values and (item.claim_id in added.counting or item.proper is not None) for item in state.evidence
    )
    return added if counted else None


def less_additions(proper: str, shown: str, added: Additions | None) -> str:
    """'120 (132 less wounded 12 in addition)' for a total in all shown as '132'; `shown` when none is counted."""
    return shown if added is None else f"{proper} ({shown} less {added.label} in addition)"
