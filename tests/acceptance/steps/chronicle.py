"""The scenario's notes on the history: times the desk noted, the timeline and comparison it read, and its phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from pytest_bdd import parsers

from domain.changes import Timeline, TimelineEntry
from domain.exchange_diff import ExchangeDiff
from domain.history import AsOf
from tests.acceptance.steps import history_readings as readings
from tests.acceptance.steps.vocabulary import PHRASES, Phrase

HISTORY_PHRASES = PHRASES | {
    "Day": Phrase(r"\d{1,2} [A-Z][a-z]+ \d{4}", readings.day_of),
    "Change": Phrase(r"corrected|retracted", str),
}


def phrase(text: str) -> parsers.parse:
    """The newsroom's phrases, {day:Day} ('16 May 2025') and {verb:Change} ('corrected' or 'retracted')."""
    return parsers.parse(text, extra_types=HISTORY_PHRASES)


@dataclass
class Chronicle:
    """What a scenario noted while recording, and the timeline or comparison it read last."""

    notes: dict[str, datetime] = field(default_factory=dict)
    read_timeline: Timeline | None = None
    read_diff: ExchangeDiff | None = None

    @property
    def timeline(self) -> Timeline:
        """The timeline read last."""
        assert self.read_timeline is not None, "read the timeline first"
        return self.read_timeline

    def entry(self, version: int) -> TimelineEntry:
        """The timeline's entry for one version."""
        [found] = [entry for entry in self.timeline.entries if entry.version == version]
        return found

    @property
    def diff(self) -> ExchangeDiff:
        """The comparison made last."""
        assert self.read_diff is not None, "compare two points first"
        return self.read_diff

    def point(self, text: str) -> AsOf:
        """A point in the team's words, as the domain reads it.

        'as of version 5', 'as announced before 24 May 2025 at 20:00 UTC', 'as recorded before 1 January 2025' or
        'as recorded before the time noted "after stage 1"'.
        """
        if match := re.fullmatch(r"as of version (\d+)", text):
            return AsOf(version=int(match[1]))
        if match := re.fullmatch(r'as recorded before the time noted "([^"]+)"', text):
            return AsOf(recorded_before=self.notes[match[1]])
        if match := re.fullmatch(r"as recorded before (.+)", text):
            return AsOf(recorded_before=readings.instant_of(match[1]))
        if match := re.fullmatch(r"as announced before (.+)", text):
            return AsOf(announced_before=readings.instant_of(match[1]))
        raise ValueError(f"no point of history in {text!r}")
