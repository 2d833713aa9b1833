"""Which value of a figure is accepted when several claims state it, and why."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Literal

from domain.amounts import Amount
from domain.findings import Evidence
from domain.immutable import immutable
from domain.sources import Tier

Status = Literal["agreed", "resolved", "disputed", "derived"]
TOTAL = "total"
CUMULATIVE = "cumulative"
_TIERS = list(Tier)


@immutable
class FigureState:
    """One figure of one stage and direction: the value accepted, why, and every claim's value."""

    key: str
    accepted: int | None
    status: Status
    reason: str
    evidence: tuple[Evidence, ...] = ()
    low: int | None = None
    high: int | None = None
    basis: tuple[str, ...] = ()
    """For a derived value, the keys it was computed from."""
    choices: tuple[int, ...] = ()
    """For a disputed figure, the values the most reliable sources give: any of them may be right."""
    ranged: bool = False
    """True when the value is a range (an approximate or bounded count, or ranges in dispute): every whole number
    from `low` to `high` (None: no largest) may be right, and `accepted` is None."""

    @property
    def interval(self) -> tuple[int, int | None]:
        """The smallest and largest value the figure may have (None: no largest); (0, 0) for an unknown one."""
        if self.ranged and self.low is not None:
            return self.low, self.high
        possible = self.possible
        return (min(possible), max(possible)) if possible else (0, 0)

    @property
    def known(self) -> bool:
        """True when a check can reason over the figure: a value, disputed values, or a range."""
        return self.ranged or bool(self.possible)

    @property
    def possible(self) -> tuple[int, ...]:
        """Every value the figure may have: the accepted one, or a disputed figure's best-tier values."""
        return self.choices if self.accepted is None else (self.accepted,)

    def same_reading(self, other: FigureState | None) -> bool:
        """True when `other` accepts the same value with the same status, range and possible values."""
        return other is not None and (self.accepted, self.status, self.low, self.high, self.choices, self.ranged) == (
            other.accepted,
            other.status,
            other.low,
            other.high,
            other.choices,
            other.ranged,
        )


def counted_once(evidence: Collection[Evidence]) -> tuple[Evidence, ...]:
    """The same source saying the same value twice is one piece of evidence, not two."""
    if len(evidence) == 1:
        return tuple(evidence)
    seen: dict[tuple[str, int | date | Amount | str | None], Evidence] = {}
    for item in evidence:
        seen.setdefault((item.source, item.value), item)
    return tuple(seen.values())


def agreed_reason(evidence: tuple[Evidence, ...]) -> str:
    """'one source', '3 sources agree', or with origins stated, 'one origin, 4 outlets' / '2 origins agree (5
    outlets)': outlets relaying one origin are one piece of evidence, so agreement counts origins."""
    if len(evidence) == 1:
        return "one source"
    outlets = len({item.source for item in evidence})
    if all(item.origin is None for item in evidence):
        return "one source" if outlets == 1 else f"{outlets} sources agree"
    origins = len({item.origin or item.source for item in evidence})
    if origins == 1:
        return "one origin" if outlets == 1 else f"one origin, {outlets} outlets"
    return f"{origins} origins agree ({outlets} outlets)"


def origin_key(item: Evidence) -> str:
    """Who first said it: its origin, or for a source that does not say, the source itself."""
    return item.origin or item.source


def count_of(item: Evidence) -> int:
    """The count a piece of figure evidence carries."""
    if isinstance(item.value, int):
        return item.value
    raise TypeError(f"{item.figure} evidence carries a date, not a count")


def accept(key: str, evidence: tuple[Evidence, ...]) -> FigureState:
    """Accept the value all sources give, else the most reliable tier's, else show the figure as disputed."""
    if len(evidence) == 1 and isinstance(evidence[0].value, int):
        return FigureState(key, evidence[0].value, "agreed", "one source", evidence)  # a third of all figures
    given = {item.value for item in evidence}
    if any(isinstance(value, Amount) for value in given):
        # Only figures said with their uncertainty take the interval path: an exact figure costs what it did.
        from domain.range_acceptance import accept_ranges

        return accept_ranges(key, evidence)
    if len(given) == 1:
        return FigureState(key, count_of(evidence[0]), "agreed", agreed_reason(evidence), evidence)
    values = sorted({count_of(item) for item in evidence})
    best = min(item.tier.rank for item in evidence)
    top = sorted({count_of(item) for item in evidence if item.tier.rank == best})
    tier = _TIERS[best].label
    if len(top) == 1:
        reason = f"sources differ; accepted the {tier} value"
        return FigureState(key, top[0], "resolved", reason, evidence, values[0], values[-1])
    reason = f"{tier} sources differ ({top[0]:,} to {top[-1]:,}); disputed"
    return FigureState(key, None, "disputed", reason, evidence, values[0], values[-1], choices=tuple(top))


def derived_total(parts: list[tuple[str, FigureState | None]], dimension: str) -> FigureState | None:
    """A total worked out from a complete breakdown whose every part is accepted (a value or a range), citing the
    parts' claims; parts given as ranges make the total a range."""
    states = [state for _, state in parts if state is not None and (state.accepted is not None or state.ranged)]
    if not parts or len(states) != len(parts):
        return None
    names = " + ".join(key.partition(":")[2] for key, _ in parts)
    reason = f"derived: {names} (a complete {dimension} breakdown)"
    evidence = tuple(item for state in states for item in state.evidence)
    basis = tuple(key for key, _ in parts)
    if not any(state.ranged for state in states):
        total = sum(state.accepted or 0 for state in states)
        return FigureState(TOTAL, total, "derived", reason, evidence, basis=basis)
    low = sum(state.interval[0] for state in states)
    highs = [state.interval[1] for state in states]
    high = None if None in highs else sum(high or 0 for high in highs)
    return FigureState(TOTAL, None, "derived", reason, evidence, low, high, basis=basis, ranged=True)
