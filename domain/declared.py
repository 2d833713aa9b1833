"""Where a unit was declared complete: its progress and its completion are judged there.

Once sources declared a unit of an exchange complete, the stages up to the last of their declarations are the
exchange as it was declared. A stage first reported after that declaration (or said to have taken place after it)
is not counted against the target as excess: the report shows it as after the declared completion, and whether the
exchange really went on is completion-agreement's question, which names such a stage. A declaration without a date
moves nothing, nor does a stage nobody dated, nor a denial alone: without a declaration every stage counts.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import cast

from domain.acceptance import TOTAL
from domain.citations import StagesCited
from domain.exchange import ClaimState, Completion
from domain.figures import Moment
from domain.findings import Check
from domain.ledger import Ledger
from domain.progress import Gaps, Progress, in_addition, progress
from domain.reconciliation.column_view import ColumnView
from domain.reconciliation.rule import Evaluate
from domain.reconciliation.view import View
from domain.reconciliation.worked_out import kept, once


def _day(moment: Moment) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def declared_on(view: View, unit: str | None = None) -> date | None:
    """The day of the last dated declaration that `unit` (by default the view's) is complete; None without one."""
    return once(view, ("declared on", unit or view.unit), lambda seen: _declared_on(seen, unit))


def _declared_on(view: View, unit: str | None) -> date | None:
    days = [day for item in view.completions(unit) if (day := _declared_day(item)) is not None]
    return max(days) if days else None


def _declared_day(item: Completion) -> date | None:
    """The latest day a declaration can have been made: a source dated to its month or year only is taken at the
    period's last day, so that no stage reported within that period is put after the declaration."""
    if item.announced_at is None:
        return None
    day, source = _day(item.announced_at), item.source
    if item.announced_at != source.published or source.published_precision not in ("month", "year"):
        return day
    if source.published_precision == "year":
        return date(day.year, 12, 31)
    return date(day.year, day.month, monthrange(day.year, day.month)[1])


def _first_word(states: Iterable[ClaimState]) -> date | None:
    """The earliest day a stage is known by: the day a claim says it took place, else the day it was announced (a
    month-only publication counts from the month's first day, so it never puts a stage later than it was)."""
    days = [
        day
        for state in states
        if (day := state.claim.stage_day or (None if state.announced_at is None else _day(state.announced_at)))
    ]
    return min(days) if days else None


def _own_stage(view: View, stage: int) -> list[ClaimState]:
    """The delivered claims of one stage in the view's own unit, every direction."""
    directions = (*(f"to {party}" for party in view.parties), "combined")
    return [state for d in directions if (bucket := view.sources(stage, d)) for state in bucket.claims.values()]


def _other_stages(view: View, unit: str) -> dict[int, list[ClaimState]]:
    """The delivered claims of each numbered stage in another unit than the view's (the bodies)."""
    found: dict[int, list[ClaimState]] = {}
    for state in view.aside():
        claim = state.claim
        if claim.stage is not None and not claim.planned and view.unit_of(state) == unit:
            found.setdefault(claim.stage, []).append(state)
    return found


def after_declaration(view: View, unit: str | None = None) -> dict[int, date]:
    """The last stages of `unit` (by default the view's), from the highest down, each first known after its last
    declared completion, with that day; empty when nobody dated a declaration of it. Stages follow one another, so
    the first stage known by the declaration's day ends the search (an exchange of hundreds of stages reads only
    its tail); stages dated out of order are stage-sequence's finding. Several checks of one change ask it alike:
    worked out once for them all."""
    return dict(once(view, ("after declaration", unit or view.unit), lambda seen: _after_declaration(seen, unit)))


def _after_declaration(view: View, unit: str | None) -> dict[int, date]:
    cut = declared_on(view, unit)
    if cut is None:
        return {}
    own = unit is None or unit == view.unit
    others = {} if own else _other_stages(view, unit or view.unit)
    found: dict[int, date] = {}
    for stage in reversed(view.stages() if own else sorted(others)):
        day = _first_word(_own_stage(view, stage) if own else others[stage])
        if day is None or day <= cut:
            break
        found[stage] = day
    return dict(sorted(found.items()))


def after_note(after: Mapping[int, date], cut: date | None) -> str:
    """'; stage 6 came after the declared completion (2025-06-16), not counted'; empty when none did."""
    if not after or cut is None:
        return ""
    return f"; {Gaps.of(after).label} came after the declared completion ({cut.isoformat()}), not counted"


class Counted:
    """A column of stage figures without the stages that came after the declared completion."""

    __slots__ = ("_after", "_column")

    def __init__(self, column: ColumnView, after: Iterable[int]) -> None:
        self._column = column
        self._after = frozenset(after)

    @property
    def values(self) -> Mapping[int, int]:
        """Each counted stage's known value."""
        return {stage: value for stage, value in self._column.values.items() if stage not in self._after}

    @property
    def total(self) -> int:
        """The sum of the counted stages' known values."""
        return sum(self.values.values())

    @property
    def missing(self) -> set[int]:
        """The counted stages with claims that give no value for the figure."""
        return self._column.missing - self._after

    def cited(self, summed: Iterable[int], ranged: Iterable[int] = ()) -> tuple[StagesCited, ...]:
        """The stages a check summed, cited as the column cites them."""
        return self._column.cited(summed, ranged)


def counted(view: View, direction: str, figure: str) -> ColumnView | Counted:
    """One figure of one direction across the stages up to the declared completion (all of them without one)."""
    column = view.column(direction, figure)
    after = after_declaration(view)
    return Counted(column, after) if after else column


def stages_after(ledger: Ledger, checked: View | None = None) -> tuple[int, ...]:
    """The stages of a ledger's unit first known after its declared completion (none without one): the report's
    progress and the timeline's both leave out these, and name them. `checked`, the view the ledger's checks read,
    gives the answer they worked out, so that a timeline's step does not walk the last stages' claims again."""
    if not ledger.completions:
        return ()  # the usual case, and the timeline asks it after every event
    if checked is not None and (found := kept(checked, ("after declaration", checked.unit))) is not None:
        return tuple(cast(dict[int, date], found))
    return tuple(after_declaration(View(ledger, cites=False)))


def counted_receipts(
    ledger: Ledger, party: str, after: Collection[int], heads: Mapping[tuple[int | None, str], int] | None = None
) -> tuple[int, int]:
    """What `party` received over the stages up to the declared completion (`after`: the stages left out), and of
    it the heads in addition to the exchange proper: those of `heads` when the caller keeps them per stage and
    direction, else read from the stages themselves."""
    direction = f"to {party}"
    column = ledger.column(direction, TOTAL)
    known = column.values
    later = sum(known.get(stage, 0) for stage in after)
    if heads is None:
        added = in_addition(ledger, party, set(known).difference(after) if after else known)
    else:
        added = sum(n for (stage, to), n in heads.items() if to == direction and stage in known and stage not in after)
    return column.total - later, added


def counted_progress(ledger: Ledger) -> tuple[list[Progress], tuple[int, ...]]:
    """Each party's progress up to the declared completion, and the stages that came after it (none without one)."""
    after = stages_after(ledger)
    found = progress(ledger)
    if not after:
        return found, after
    counted_ = []
    for item in found:
        accepted, added = counted_receipts(ledger, item.party, after)
        unknown = Gaps.of(ledger.column(f"to {item.party}", TOTAL).missing.difference(after))
        counted_.append(replace(item, accepted=accepted, unknown_stages=unknown, in_addition=added))
    return counted_, after


def judged_at_declaration(evaluate: Evaluate) -> Evaluate:
    """A rule over one party's stages whose checks say which stages came after the declared completion."""

    def judged(view: View, scope: object, /, *, passing: bool = True) -> Iterator[Check]:
        note = after_note(after_declaration(view), declared_on(view))
        for check in evaluate(view, scope, passing=passing):
            yield _noted(check, note) if note else check

    return judged


def _noted(check: Check, note: str) -> Check:
    return replace(check, message=check.message + note)
