"""The rules' read-only view of the ledger: every read is noted, so that the engine knows what a check rests on."""

from __future__ import annotations

from collections.abc import Container, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from domain.acceptance import TOTAL, FigureState
from domain.buckets import Bucket, BucketKey
from domain.exchange import ClaimState, Completion, Denial, StatedTerms
from domain.figures import Terms
from domain.findings import Evidence
from domain.ledger import Ledger
from domain.proper_reading import IN_ADDITION, Additions, in_all
from domain.reconciliation.column_view import ColumnView
from domain.reconciliation.keys import across

Prefix = tuple[str, str, str, int]
"""('column', direction, figure, stage): a column read from its first stage up to a stage."""


@dataclass(slots=True)
class Reads:
    """What one check (or one listing of a rule's scopes) read."""

    keys: set[Hashable] = field(default_factory=set)
    prefixes: set[Prefix] = field(default_factory=set)
    citing: set[Hashable] = field(default_factory=set)
    """Keys of the claims behind what was read, which matter only to a check that cites them (one that fails)."""


class View:
    """The accepted figures of one exchange as the rules read them."""

    __slots__ = ("_ledger", "cites", "reads", "worked_anew", "worked_out", "working")

    def __init__(self, ledger: Ledger, *, cites: bool = True) -> None:
        self._ledger = ledger
        self.cites = cites
        """False: columns cite no claims (for a timeline, which shows none), and their claims are not read."""
        self.reads: Reads | None = None
        """Where reads are noted; None when nobody asks (a reconciliation made once, from scratch)."""
        # Answers several checks ask alike, those worked out since the engine filed their reads, and whether one is
        # being worked out now: kept up to date by the engine (see worked_out.py).
        self.worked_out: dict[Hashable, Any] = {}
        self.worked_anew: list[Hashable] = []
        self.working = False

    @property
    def parties(self) -> tuple[str, str]:
        """The two parties, in the order the agreement names them (fixed for an exchange)."""
        return self._ledger.parties

    @property
    def terms(self) -> Terms:
        """The agreement's terms (fixed for an exchange)."""
        return self._ledger.terms

    def _read(self, key: Hashable) -> None:
        if self.reads is not None:
            self.reads.keys.add(key)

    def bucket(self, stage: int | None, direction: str) -> Bucket | None:
        """Everything claimed about one stage and direction, if anything was, read for its accepted figures and
        shape: whether a check passes must not depend on who gave them (read `sources` for that). The claims
        behind them count only for a check that cites them, in a view that cites: a claim repeating a figure
        changes nothing else."""
        reads = self.reads
        if reads is not None:
            reads.keys.add(("figures", stage, direction))
            if self.cites:
                reads.citing.add(("bucket", stage, direction))
        return self._ledger.buckets.get((stage, direction))

    def figure(self, stage: int | None, direction: str, key: str) -> FigureState | None:
        """One figure of a bucket as accepted, if any claim gives it. Read for that figure alone and the bucket's
        shape: a check of it runs again when its reading moves, not when another figure of the bucket does; the
        claims behind it, as `bucket`'s, only for a check that cites them in a view that cites."""
        reads = self.reads
        if reads is not None:
            reads.keys.add(("figure", stage, direction, key))
            reads.keys.add(("shape", stage, direction))
            if self.cites:
                reads.citing.add(("restated", stage, direction, key))
        bucket = self._ledger.buckets.get((stage, direction))
        return bucket.figures.get(key) if bucket is not None else None

    def sources(self, stage: int | None, direction: str) -> Bucket | None:
        """The same bucket, read for what each source said (a check or message that depends on who said what): read
        again whenever a claim enters or leaves it, whether or not a figure moved."""
        self._read(("sources", stage, direction))
        return self._ledger.buckets.get((stage, direction))

    def besides(self, stage: int | None, direction: str) -> tuple[Additions, bool] | None:
        """The groups counted in addition to a stage's total, and whether its accepted total counts them (then the
        exchange proper is the total less them); None when there are none. Read for who said what: the claims
        counting them decide it."""
        bucket = self.bucket(stage, direction)
        if bucket is None or not any(IN_ADDITION in stated for stated in bucket.relations.values()):
            return None
        self._read(("bucket", stage, direction))
        added = bucket.additions()
        return None if added is None else (added, in_all(bucket.figures.get(TOTAL), added) is not None)

    def added_heads(self, stage: int | None, direction: str) -> int:
        """The heads a stage's accepted total counts in addition to the exchange proper (0 when none). Read for the
        bucket's shape alone while it names no group in addition (only a change of shape can name one), so that a
        claim repeating a figure does not make progress run again; as `besides` once it does."""
        self._read(("shape", stage, direction))
        bucket = self._ledger.buckets.get((stage, direction))
        if bucket is None or not any(IN_ADDITION in stated for stated in bucket.relations.values()):
            return 0
        found = self.besides(stage, direction)
        return found[0].count if found is not None and found[1] else 0

    def added_in(self, direction: str, stages: Container[int]) -> int:
        """The heads the accepted totals of `stages` count in addition to the exchange proper: only the stages the
        ledger knows to name such a group are asked (see domain/added_index.py)."""
        self._read(("added", direction))
        named = self._ledger.added.stages(self._ledger.buckets, direction)
        return sum(self.added_heads(stage, direction) for stage in named if stage is not None and stage in stages)

    def unsettled(self, direction: str, figure: str, stages: Iterable[int]) -> dict[int, FigureState]:
        """Among `stages`, those whose `figure` in `direction` sources give but none is accepted (disputed, or a
        range), in stage order. Read as the figure of the direction's stages together (see `across`): a check that
        asks this of every stage without a value would otherwise note one read per stage, and cost as much to file
        as the exchange has stages each time it runs again."""
        self._read(across(direction, figure))
        buckets = self._ledger.buckets
        found: dict[int, FigureState] = {}
        for stage in sorted(stage for stage in stages if (stage, direction) in buckets):
            state = buckets[(stage, direction)].figures.get(figure)
            if state is not None and state.known:
                found[stage] = state
        return found

    def buckets(self) -> tuple[BucketKey, ...]:
        """Every stage and direction with claims: by stage (the whole exchange last), then in the agreement's
        order of the parties."""
        self._read(("buckets",))
        return self._ledger.keys_in_order()

    def stages(self) -> list[int]:
        """Stage numbers that have at least one claim, in order."""
        self._read(("stages",))
        return self._ledger.stages

    def stage_dates(self) -> dict[int, date]:
        """Each dated stage's date (the earliest a claim gives), in stage order."""
        self._read(("dates",))
        self._read(("stages",))
        ledger = self._ledger
        dated = ledger.dated_by  # few stages are dated by a claim: asking each stage for a date cost a call per stage
        return {stage: day for stage in ledger.stages if dated.get(stage) and (day := ledger.stage_date(stage))}

    def dated(self, stage: int) -> tuple[Evidence, ...]:
        """The claims that date the stage, in the order they were recorded (read only by a view that cites)."""
        if self.cites:
            self._read(("dated", stage))
        return tuple(self._ledger.dated_by.get(stage, {}).values())

    def denials(self, unit: str | None = None) -> tuple[Denial, ...]:
        """Every source's statement that the exchange is not complete, in `unit` (by default this view's)."""
        self._read(("completions",))
        return tuple(item for item in self._ledger.denials if self._of_unit(item.unit, unit))

    def statements(self) -> tuple[StatedTerms, ...]:
        """Every statement of the terms, the agreement's own first."""
        self._read(("terms",))
        return self._ledger.statements

    def aside(self) -> list[ClaimState]:
        """Planned figures and claims of another unit, in the order they were recorded."""
        self._read(("aside",))
        return sorted(self._ledger.aside.values(), key=lambda state: state.recorded_version)

    def remarked(self) -> list[ClaimState]:
        """Every claim carrying notes, mediators named or an origin's silence, in the order they were recorded."""
        self._read(("remarked",))
        return sorted(self._ledger.remarked.values(), key=lambda state: state.recorded_version)

    @property
    def unit(self) -> str:
        """The unit this view's figures count (fixed for a ledger): the agreement's, or another beside it."""
        return self._ledger.unit

    def in_unit(self, state: ClaimState) -> bool:
        """Whether a claim set aside counts this view's unit (a plan of bodies, read by the bodies' rules)."""
        return self._ledger.in_unit(state)

    def unit_of(self, state: ClaimState) -> str:
        """The unit a claim counts: the one it names, else the agreement's."""
        ledger = self._ledger
        return state.claim.unit or ledger.agreed_unit or ledger.unit

    def completions(self, unit: str | None = None) -> tuple[Completion, ...]:
        """The sources' declarations that the exchange is complete, in `unit` (by default this view's)."""
        self._read(("completions",))
        return tuple(item for item in self._ledger.completions if self._of_unit(item.unit, unit))

    def said_units(self) -> list[str]:
        """Each unit some source declared complete or said to continue, the agreement's own first."""
        ledger = self._ledger
        own = ledger.agreed_unit or ledger.unit
        named = {item.unit or own for item in ledger.completions} | {item.unit or own for item in ledger.denials}
        self._read(("completions",))
        return sorted(named, key=lambda unit: (unit != own, unit))

    def _of_unit(self, named: str | None, unit: str | None) -> bool:
        """Whether a statement naming `named` (None: the agreement's own) speaks of `unit` (None: this view's)."""
        ledger = self._ledger
        return (named or ledger.agreed_unit or ledger.unit) == (unit or ledger.unit)

    def column(self, direction: str, figure: str) -> ColumnView:
        """One figure of one direction across the numbered stages."""
        return ColumnView(self, direction, figure, self._ledger.column(direction, figure))
