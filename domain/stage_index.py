"""The numbered stages a ledger holds claims for, and the claims dating each, kept up to date claim by claim."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from domain.claim_evidence import evidence_of
from domain.exchange import ClaimState
from domain.findings import Evidence


@dataclass(slots=True)
class StageIndex:
    """How many claims each numbered stage has, the claims dating it, and its date (the earliest they give)."""

    claims: Counter[int] = field(default_factory=Counter)
    dated_by: dict[int, dict[UUID, Evidence]] = field(default_factory=dict)
    """Per stage, the claims giving its day, each at its current version, in the order they were recorded."""
    _numbers: list[int] | None = None
    _dates: dict[int, date | None] = field(default_factory=dict)

    @property
    def numbers(self) -> list[int]:
        """Stage numbers that have at least one claim, in order."""
        if self._numbers is None:
            self._numbers = sorted(stage for stage, count in self.claims.items() if count)
        return self._numbers

    def date(self, stage: int) -> date | None:
        """The earliest date a claim gives for the stage."""
        if stage not in self._dates:
            days = [item.value for item in self.dated_by.get(stage, {}).values() if isinstance(item.value, date)]
            self._dates[stage] = min(days) if days else None
        return self._dates[stage]

    def count(self, stage: int, step: int) -> bool:
        """Count a claim into the stage (+1) or out of it (-1); True when that made the stage appear or go."""
        self.claims[stage] += step
        if self.claims[stage] not in (0, 1) or (step < 0 and self.claims[stage] == 1):
            return False
        self._numbers = None
        return True

    def load(self, state: ClaimState, stage: int) -> None:
        """Count an active claim of the stage in, with the day it gives, building the index in one pass."""
        self.claims[stage] += 1
        self._numbers = None
        if state.claim.stage_day is not None:
            self.dated_by.setdefault(stage, {})[state.claim_id] = evidence_of(state, "date", state.claim.stage_day)

    def redate(self, stage: int, before: ClaimState | None, after: ClaimState | None) -> tuple[bool, bool]:
        """Take in a claim of the stage as it was and as it is (None: not counted); says whether the claims dating
        the stage changed, and whether its date moved."""
        dated = self.dated_by.setdefault(stage, {})
        earliest = self.date(stage)
        day = after.claim.stage_day if after is not None else None
        if after is None and before is not None and before.claim.stage_day is not None:
            dated.pop(before.claim_id, None)
            self._dates.pop(stage, None)
        elif after is not None and day is not None:
            if after.claim_id in dated:
                self._dates.pop(stage, None)  # a day replaced may have been the earliest
            elif earliest is None or day < earliest:
                self._dates[stage] = day  # a new claim dating the stage: no need to look at the others again
            dated[after.claim_id] = evidence_of(after, "date", day)
        else:
            return False, False
        return True, self.date(stage) != earliest
