"""Where a statement's sentences, clauses and lines begin and end, and which lines are page furniture."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from adapters.extract.lexicon import FURNITURE_WORDS

Range = tuple[int, int]

_SENTENCE_END = re.compile(
    r"(?<=[.!?\u2026])[\"\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9\U0001F000-\U0001FAFF])|\n\s*\n"
)
_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|St|Mr|Mrs|Ms|Dr|Gen|Col|Lt)\.$")
"""Abbreviations after which a full stop ends no sentence ('on Dec. 31, 140 were freed')."""
_CLAUSE_MARK = re.compile(r"(?<!\d),|,(?!\d{3})|[;:\u2014\u2013()]|\s-\s")
_DATELINE_BEFORE = re.compile(r"(?:[A-Z][\w.'-]*(?:[ /][A-Z][\w.'-]*)*,\s+)?")
_DATELINE_AFTER = re.compile(r"\.?\s*(?:[.\u2014\u2013/]|-\s|\([A-Z][\w/ ]*\)\s*[:\u2014\u2013-])")
"""'MOSCOW, May 23. /wire/.', 'Kyiv/Moscow, Feb 1.', 'March 24.', 'Kiev, Nov 25 (IANS):', 'Kyiv, Nov 25 (IANS) -': a
line opened by a place and a day, then a stop or the agency's name."""
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
"""'Kyiv, 25 May' on a line of its own: a place and a day with nothing after them date the story."""
_SCENE = re.compile(
    r"\s*(?:[-\u2022*\u2013\u2014]\s+)?(?:(?:then|and)\s+)?(?:(?:on|by|until)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?",
    re.I,
)
"""What may open a clause before a day that sets the scene for its sentence: 'On Saturday, 24 May', 'Then on'."""
_RELATIVE = re.compile(r"\s*(?:(?:in|during|at|on|under)\s+)?(?:which|whom|who|when|where)\b", re.I)
_BULLET = re.compile(r"[ \t]*[-\u2022*\u2013\u2014][ \t]+")
_BACKGROUND = re.compile(r"^[ \t]*(?:Background|Context|For\s+reference|Reminder|Recall)\b[ \t]*(?::|$)", re.I | re.M)
"""A line that opens a statement's background ('Background:', 'For reference:'): what follows recalls what came
before, as agencies close their items."""
_SHORT_LINE = 60
_FURNITURE_LINE = 120


@dataclass
class Layout:
    """A statement's text with its sentences, clauses and lines, found once and looked up by position."""

    text: str
    sentences: list[Range] = field(init=False)
    lines: list[Range] = field(init=False)

    def __post_init__(self) -> None:
        self.lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", self.text) if m.end() > m.start()]
        self.sentences = _sentences(self.text, self.lines)
        self._sentence_starts = [start for start, _ in self.sentences]
        self._line_starts = [start for start, _ in self.lines]
        self._marks = [m.start() for m in _CLAUSE_MARK.finditer(self.text)]

    def sentence(self, position: int) -> Range:
        """The sentence holding `position`."""
        return _holding(self.sentences, self._sentence_starts, position)

    def line(self, position: int) -> Range:
        """The line holding `position`."""
        return _holding(self.lines, self._line_starts, position)

    def clause(self, position: int) -> Range:
        """The clause holding `position`: the part of its sentence between commas, colons, dashes or brackets."""
        start, end = self.sentence(position)
        index = bisect_left(self._marks, position)
        before = self._marks[index - 1] + 1 if index > 0 and self._marks[index - 1] >= start else start
        after = self._marks[index] if index < len(self._marks) and self._marks[index] < end else end
        return (before, after)

    def scope(self, position: int) -> list[Range]:
        """The clause holding `position`, and the sentence's opening clause when it sets the scene for it."""
        clause = self.clause(position)
        start, _ = self.sentence(position)
        opening = self.clause(start)
        # 'From the start of the invasion to August 7, 2023, 2 598 soldiers came back': a date's year between them
        if opening != clause and re.fullmatch(r"[ ,]*(?:(?:19|20)\d\d)?[ ,]*", self.text[opening[1] : clause[0]]):
            return [opening, clause]
        return [clause]

    def is_furniture(self, position: int) -> bool:
        """True on a short line of page furniture: crumbs, counters, share buttons, times of update."""
        start, end = self.line(position)
        if end - start > _FURNITURE_LINE:
            return False
        line = self.text[start:end].strip()
        return (
            len(line.split()) <= 10 and not line.endswith((".", "!", "?")) and FURNITURE_WORDS.search(line) is not None
        )

    def sets_scene(self, day: int) -> bool:
        """True for a day that opens its clause ('On 25 June Ukraine brought ...'): it dates the clauses after it
        in its sentence, where a day further into a clause ('..., shelled on 22 August') dates that clause alone."""
        return _SCENE.fullmatch(self.text, self.clause(day)[0], day) is not None

    def dates(self, day: int, position: int) -> bool:
        """Whether the day at `day` dates what is said at `position`: the same clause, or a day setting the scene
        earlier in the same sentence."""
        clause = self.clause(position)
        if self.clause(day) == clause:
            return True
        # '... a swap on Sept. 14-15, in which 152 came home': a relative clause goes on with the clause before it
        if _RELATIVE.match(self.text, clause[0]) and clause[0] > 0 and self.clause(day) == self.clause(clause[0] - 1):
            return True
        return self.sentence(day) == self.sentence(position) and day < position and self.sets_scene(day)

    def is_dateline(self, start: int, end: int) -> bool:
        """True for a day that opens its line after nothing but a place, and is closed by a stop or a dash: the
        day the story was filed, which dates the writing, not what it tells."""
        line_start, _ = self.line(start)
        placed = _DATELINE_BEFORE.fullmatch(self.text, line_start, start)
        # a bulletin's '24.05.2025.' heading dates its record; a wire writes its dateline's month in words
        return (
            placed is not None
            and (placed.end() > line_start or re.search(r"[A-Za-z]", self.text[start:end]) is not None)
            and (
                _DATELINE_AFTER.match(self.text, end) is not None
                or (placed.end() > line_start and _LINE_END.match(self.text, end) is not None)
            )
        )

    @cached_property
    def background(self) -> int:
        """Where the statement's background begins (its length when it has none)."""
        found = _BACKGROUND.search(self.text)
        return found.start() if found is not None else len(self.text)

    def in_background(self, position: int) -> bool:
        """True for a position in the background the statement closes with."""
        return position >= self.background

    @cached_property
    def headline(self) -> Range | None:
        """The first line, when it stands alone as a title without closing punctuation."""
        if not self.lines:
            return None
        start, end = self.lines[0]
        line = self.text[start:end].strip()
        followed_by_blank = self.text[end : end + 2] in ("\n\n", "\n\r") or self.text[end:].startswith("\n\n")
        if line and not line.endswith((".", "!", "?", ":")) and followed_by_blank:
            return (start, end)
        return None

    def in_headline(self, position: int) -> bool:
        """True for a position in the headline."""
        return self.headline is not None and self.headline[0] <= position < self.headline[1]


def _holding(ranges: list[Range], starts: list[int], position: int) -> Range:
    index = bisect_right(starts, position) - 1
    return ranges[max(index, 0)] if ranges else (0, 0)


def _sentences(text: str, lines: list[Range]) -> list[Range]:
    """Sentences end at closing punctuation, at a blank line, after a short line with no punctuation, and before
    an item of a list."""
    cuts = {
        m.start()
        for m in _SENTENCE_END.finditer(text)
        if not _ABBREVIATION.search(text, max(0, m.start() - 6), m.start())
    }
    for start, end in lines:
        if _BULLET.match(text, start):  # each item of a list is a sentence of its own
            cuts.add(start)
        line = text[start:end].strip()
        if line and len(line) < _SHORT_LINE and not line.endswith((",", ";", "—", "-", " and", " of", " the")):
            cuts.add(end)
    bounds = sorted(cut for cut in cuts if 0 < cut < len(text))
    ranges, start = [], 0
    for cut in bounds:
        if text[start:cut].strip():
            ranges.append((start, cut))
        start = cut
    if text[start:].strip():
        ranges.append((start, len(text)))
    return ranges
