"""source-agreement: sources agree on each figure, and a finding rests on the claims that stand apart.

Where a value is accepted, the claims giving it are its corroboration, named in the message; the finding rests on
the claims it does not fit. Where the most reliable sources are in dispute, it rests on the claims in dispute and on
any less reliable claim that fits none of them. A bound or range that allows the accepted value agrees with it.
"""

from __future__ import annotations

from collections.abc import Iterator

from domain.acceptance import FigureState
from domain.buckets import Bucket, BucketKey
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
    if bucket is None:
        return
    for state in bucket.figures.values():
        status = state.status
        if status == "agreed":
            if passing and len(state.evidence) > 1 and (check := _agreed(key, state)) is not None:
                yield check
        elif status != "derived":
            yield _differing(key, state, bucket)


def _agreed(key: BucketKey, state: FigureState) -> Check | None:
    """A figure every source gives alike passes, citing every claim, once more than one origin gives it (outlets
    relaying one origin are one piece of evidence: agreement counts origins, not outlets)."""
    sources, outlets, stated = _counted(state.evidence)
    if sources < 2:
        return None
    accepted = _accepted(state)
    return Check(
        rule=SOURCE_AGREEMENT,
        severity=Severity.WARNING,
        passed=True,
        subject=Subject(stage=key[0], direction=key[1], figure=state.key),
        message=f"{sources} {_agreeing(outlets, stated)} agree on {accepted}",
        expected="one value from every source",
        found=accepted,
        difference=None if state.low is None or state.high is None else state.high - state.low,
        evidence=state.evidence,
    )


def _differing(key: BucketKey, state: FigureState, bucket: Bucket) -> Check:
    """A figure the sources give differently: a finding resting on the claims standing apart."""
    apart = standing_apart(state)
    return Check(
        rule=SOURCE_AGREEMENT,
        severity=Severity.ERROR if state.status == "disputed" else Severity.WARNING,
        passed=False,
        subject=Subject(stage=key[0], direction=key[1], figure=state.key),
        message=_verdict(state, _accepted(state), apart)
        # A rival total that may be the exchange proper, or the groups in addition alone, says so.
        + "".join(f"; {line}" for line in unread(state, bucket.additions())),
        expected="one value from every source",
        found=_given(state.evidence),
        difference=None if state.low is None or state.high is None else state.high - state.low,
        evidence=apart,
    )


def _accepted(state: FigureState) -> str:
    """'390', a range of values, or '' for a figure with no value to reason over."""
    if state.accepted is not None:
        return f"{state.accepted:,}"
    return str(span(state)) if state.known else ""


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


def _verdict(state: FigureState, accepted: str, apart: tuple[Evidence, ...]) -> str:
    """'X 391: accepted 390, stated by Y (why)'; 'X 270; Y 390: disputed, range 270 to 390'."""
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
