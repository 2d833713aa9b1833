"""What an exchange's small documents count and list of its claims (active and retracted, the stages recorded without
a headcount, the notes), kept claim by claim as events touch them instead of counted over every claim per batch."""

from __future__ import annotations

from uuid import UUID

from adapters.reports.page_view import Doc, note_entry
from domain.exchange import ClaimState, Exchange
from domain.promises import unstated_line
from domain.report import ClaimTally


class Tallies:
    """Each claim's share of the tally, kept up to date by taking a claim's state out before an event and putting it
    back after; counted afresh over the exchange's claims when nothing is kept (see `of`)."""

    def __init__(self) -> None:
        self.kept = False
        self.active = 0
        self.retracted = 0
        self.unstated: dict[UUID, tuple[int, str]] = {}
        """The stages recorded without a headcount, by claim, with the version the claim was recorded at."""
        self.notes: dict[UUID, tuple[int, Doc]] = {}
        """The page's entries of the claims' notes, likewise."""
        self._listed: tuple[list[str], list[Doc]] | None = None
        """Both in the order recorded, until one of them changes."""

    def forget(self) -> None:
        """Count afresh next time: an event may have changed every claim (an origin learnt)."""
        self.kept = False

    def take_out(self, state: ClaimState | None) -> None:
        """The claim's state before an event: no longer counted."""
        if state is not None and self.kept:
            self._count(state, -1)
            unstated = self.unstated.pop(state.claim_id, None)
            noted = self.notes.pop(state.claim_id, None)
            if unstated is not None or noted is not None:
                self._listed = None

    def put_back(self, state: ClaimState | None) -> None:
        """The claim's state after the event: counted."""
        if state is not None and self.kept:
            self._add(state)

    def of(self, exchange: Exchange) -> tuple[ClaimTally, list[Doc]]:
        """The summary's tally and the page's notes, in the order the claims were recorded."""
        if not self.kept:
            self.active = self.retracted = 0
            self.unstated, self.notes, self._listed = {}, {}, None
            for state in exchange.claims.values():
                self._add(state)
            self.kept = True
        if self._listed is None:
            self._listed = (
                [line for _, line in sorted(self.unstated.values(), key=_recorded)],
                [entry for _, entry in sorted(self.notes.values(), key=_recorded)],
            )
        unstated, notes = self._listed
        return ClaimTally(self.active, self.retracted, unstated), notes

    def _add(self, state: ClaimState) -> None:
        self._count(state, +1)
        line = unstated_line(state)
        if line is not None:
            self.unstated[state.claim_id] = (state.recorded_version, line)
        entry = note_entry(state)
        if entry is not None:
            self.notes[state.claim_id] = (state.recorded_version, entry)
        if line is not None or entry is not None:
            self._listed = None

    def _count(self, state: ClaimState, step: int) -> None:
        if state.active:
            self.active += step
        else:
            self.retracted += step


def _recorded(item: tuple[int, object]) -> int:
    return item[0]
