"""source-agreement: sources agree on each figure, and a finding rests on the claims that stand apart.

Where a value is accepted, the claims giving it are its corroboration, named in the message; the finding rests on
the claims it does not fit. Where the most reliable sources are in dispute, it rests on the claims in dispute and on
any less reliable claim that fits none of them. A bound or range that allows the accepted value agrees with it.
"""

from __future__ import annotations

from collections.abc import Iterator

from domain.acceptance import FigureState
from domain.buckets import BucketKey
from domain.figures import MAX_COUNT, Amount, shown
from domain.findings import Check, Evidence, Severity, Subject
from domain.proper_reading import unread
from domain.range_acceptance import Interval, interval_of
from domain.readings import DASH, Span, span
from domain.reconciliation.view import View

SOURCE_AGREEMENT = "source-agreement"


def source_agreement(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """source-agreement in one stage and direction: each figure that more than one source gives."""
    bucket = view.sources(*key)
    for state in bucket.figures.values() if bucket else ():
        passed = state.status == "agreed"
        if state.status == "derived" or (passed and (not passing or len(state.evidence) < 2)):
            continue  # a figure one claim gives has nothing to agree with
        # Outlets relaying one origin are one piece of evidence: agreement counts origins, not outlets.
        sources, outlets, stated = _counted(state.evidence)
        if passed and sources < 2:
            continue
        # Only a finding rests on the claims standing apart; a passed check cites every claim, as stated.
        apart = () if passed else standing_apart(state)
        accepted = (f"{state.accepted:,}" if state.accepted is not None else str(span(state))) if state.known else ""
        yield Check(
            rule=SOURCE_AGREEMENT,
            severity=Severity.ERROR if state.status == "disputed" else Severity.WARNING,
            passed=passed,
            subject=Subject(stage=key[0], direction=key[1], figure=state.key),
            message=_verdict(state, accepted, f"{sources} {_agreeing(outlets, stated)}", apart)
            # A rival total that may be the exchange proper, or the groups in addition alone, says so.
            + ("" if passed or bucket is None else "".join(f"; {line}" for line in unread(state, bucket.additions()))),
            expected="one value from every source",
            found=accepted if passed else _given(state.evidence),
            difference=None if state.low is None or state.high is None else state.high - state.low,
            evidence=state.evidence if passed else apart,
        )


def standing_apart(state: FigureState) -> tuple[Evidence, ...]:
    """The claims a finding rests on: those the accepted value does not fit, or for a disputed figure the most
    reliable claims in dispute and any other claim that fits none of them."""
    if state.status == "disputed":
        best = min(item.tier.rank for item in state.evidence)
        top = [interval_of(item) for item in state.evidence if item.tier.rank == best]
        return tuple(
            item
            for item in state.evidence
            if item.tier.rank == best or not any(_overlap(interval_of(item), given) for given in top)
        )
    accepted = state.interval
    return tuple(item for item in state.evidence if not _overlap(interval_of(item), accepted))


def _overlap(one: Interval, other: Interval) -> bool:
    """True when some value is allowed by both."""
    (low, high), (other_low, other_high) = one, other
    return (high is None or other_low <= high) and (other_high is None or low <= other_high)


def _verdict(state: FigureState, accepted: str, agreeing: str, apart: tuple[Evidence, ...]) -> str:
    """'2 origins (3 outlets) agree on 390'; 'X 391: accepted 390, stated by Y (why)'; '...: disputed, range'."""
    if state.status == "agreed":
        return f"{agreeing} agree on {accepted}"
    values = "; ".join(item.cited for item in apart)
    if state.status == "disputed":
        return f"{values}: disputed, range {Span(state.low, state.high)}".replace(DASH, " to ")
    behind = [item for item in state.evidence if item not in apart]
    return f"{values}: accepted {accepted}, stated by {_names(behind)} ({state.reason})"


def _names(evidence: list[Evidence]) -> str:
    """ "Ukraine's Coordination Headquarters and Ukraine's President Zelensky": each origin once, or the outlet's
    name where it states none."""
    names = list(dict.fromkeys(item.said_by or item.source for item in evidence))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _counted(evidence: tuple[Evidence, ...]) -> tuple[int, int, bool]:
    """How many origins and outlets give a figure, and whether any claim states its origin: one pass, as an agreed
    figure of a long exchange rests on many claims."""
    origins: set[str] = set()
    outlets: set[str] = set()
    stated = False
    for item in evidence:
        origins.add(item.origin or item.source)
        outlets.add(item.source)
        stated = stated or item.origin is not None
    return len(origins), len(outlets), stated


def _agreeing(outlets: int, stated: bool) -> str:
    return f"origins ({outlets} outlets)" if stated else "sources"


def _given(evidence: tuple[Evidence, ...]) -> str:
    """'270 / 390', or with ranges, 'more than 1,000 / 1,003', in order of their smallest value."""
    order = {item.value: interval_of(item) for item in evidence}
    values = sorted(order, key=lambda value: (order[value][0], order[value][1] or MAX_COUNT + 1))
    return " / ".join(shown(value) if isinstance(value, int | Amount) else str(value) for value in values)
