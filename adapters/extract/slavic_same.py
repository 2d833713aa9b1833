"""'столько же военных получила Украина', 'передала такое же число', 'таку ж кількість': a clause that gives the other
side as many people as a figure before it. The figure is repeated for the receiver that clause names, from the
clause's own grammar, so that a wire's second direction is not lost for want of a numeral."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from adapters.extract.cues import EACH_SIDE, People
from adapters.extract.headcount import Headcount
from adapters.extract.numbers import Mention
from adapters.extract.slavic_numbers import Number
from adapters.extract.slavic_pairs import Pairs
from adapters.extract.slavic_statement import CLAUSE_END
from adapters.extract.slavic_words import other_party

AS_MANY = frozenset(("столько", "стільки"))
SAME = frozenset(("такой", "такий", "аналогичный", "аналогічний"))
EMPHASIS = frozenset(("же", "ж"))
AMOUNT = frozenset(("число", "количество", "кількість"))
_SERVICES = frozenset(("total", "service:military", "service:civilian"))
_JOINING = frozenset(("и", "і", "й", "та", ","))
_OPENING = AS_MANY | SAME
"""The lemmas such a phrase opens with: one set test per word of the statement."""
_OPENING_TEXT = re.compile(r"(?i)стольк|стільк|так|аналогі?и?чн")
"""The letters every form of those words begins with, to skip a statement that has none."""


class AsMany(Pairs):
    """Reads the clauses that give the other side as many people as a figure before them."""

    def as_many(self, counts: list[Headcount]) -> list[tuple[Headcount, Headcount]]:
        """Each figure a 'same number' clause repeats for the side it names, with the figure it repeats, so that the
        repetition joins the stage of its source; none when no figure comes before the clause."""
        repeated: list[tuple[Headcount, Headcount]] = []
        for first, last in self._same_numbers():
            start, end = self.words[first].start, self.words[last].end
            keys = self._repeated_keys(last + 1)
            before = [c for c in counts if c.reading.end <= start and c.direction not in (None, EACH_SIDE)]
            sources = [next((c for c in reversed(before) if c.key == key), None) for key in keys] or before[-1:]
            mention = Mention(start, end, self.text[start:end], None, "words")
            cue = self.cue(Number(mention, first, last))
            for source in sources:
                if source is None or source.direction is None:
                    continue
                opposite = f"to {other_party(source.direction.removeprefix('to '))}"
                direction = cue.direction if cue is not None and cue.direction != source.direction else opposite
                people = People(source.key, start, end, None, plain=False)
                reading = replace(source.reading, start=start, end=end, quote=mention.quote, people=people)
                repeated.append((source, Headcount(reading, source.key, source.confidence - 0.05, direction, cue)))
        return repeated

    def _same_numbers(self) -> Iterator[tuple[int, int]]:
        """The first and last word of each 'столько же', 'такое же число', 'аналогичное число' of the statement."""
        words = self.words
        if _OPENING_TEXT.search(self.text) is None:  # most statements: one scan of the text
            return
        for index, word in enumerate(words[:-1]):
            if word.lemmas.isdisjoint(_OPENING):
                continue
            following = words[index + 1]
            if word.has(*AS_MANY) and following.text.lower() in EMPHASIS:
                yield index, index + 1
            elif word.has(*SAME) and following.text.lower() in EMPHASIS:
                if index + 2 < len(words) and words[index + 2].has(*AMOUNT):
                    yield index, index + 2
            elif word.has(*SAME) and following.has(*AMOUNT):
                yield index, index + 1

    def _repeated_keys(self, at: int) -> list[str]:
        """The headcounts the nouns after the phrase name ('военных и гражданских'): the figures to repeat."""
        keys: list[str] = []
        for index in range(at, min(at + 6, len(self.words))):
            word = self.words[index]
            if word.text in CLAUSE_END:
                break
            key = self._key(index)
            if key in _SERVICES and key not in keys:
                keys.append(key)
            elif key is None and word.text.lower() not in _JOINING and keys:
                break
        return keys
