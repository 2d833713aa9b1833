"""The reader's questions asked of a figure's own part of its sentence rather than of the whole sentence, and of the
people its noun singles out: see adapters/extract/slavic_scope.py for the grammar."""

from __future__ import annotations

import re
from collections.abc import Callable

from adapters.extract.assemble import Assembly
from adapters.extract.cues import People
from adapters.extract.headcount import Headcount
from adapters.extract.morphology import Range, Word
from adapters.extract.numbers import Mention
from adapters.extract.slavic_clause import WAR_WORDS, over_a_span, over_days, since_the_war
from adapters.extract.slavic_lexicon import IN_ADDITION
from adapters.extract.slavic_same import AsMany
from adapters.extract.slavic_scope import contrast_marks, origin_group, singled_out

_WHOLE_FIGURES = frozenset(("total", "service:military", "service:civilian"))
SINGLED_OUT = "a group its own clause singles out"
_SENTENCING = re.compile(r"(?:осуд|засуд|пригов|суди)")
"""The beginnings of the verbs and participles of sentencing: 'осудить', 'засуджений', 'приговорить'."""
_CLAUSE_WORDS = 6
RECALLED = "a recap: the text recalls it"


class Groups(AsMany):
    """Scopes the time a figure is counted over to its own clause, and reads the groups its noun singles out."""

    def __init__(self, text: str, language: str) -> None:
        super().__init__(text, language)
        self._marks: dict[Range, list[int]] = {}
        self._asked: dict[tuple[str, Range], bool] = {}
        self._besides: tuple[int, ...] | None = None
        self._keys: dict[int, str | None] = {}

    def _key(self, index: int) -> str | None:
        """The figure of the head noun at `index`, worked out once: a noun is asked about for every number before it."""
        if index not in self._keys:
            key = super()._key(index)
            if key in _WHOLE_FIGURES:
                key = origin_group(self.words, index + 1, self.words[index], self.language) or key
            self._keys[index] = key
        return self._keys[index]

    def part(self, position: int) -> Range:
        """The part of the sentence holding `position` between contrasting conjunctions ('..., а ...')."""
        sentence = self.sentence(position)
        marks = self._marks.get(sentence)
        if marks is None:
            marks = self._marks[sentence] = contrast_marks([self.words[i] for i in self.span(*sentence)])
        if not marks:  # most sentences: one part
            return sentence
        start = max((mark for mark in marks if mark <= position), default=sentence[0])
        return start, min((mark for mark in marks if mark > position), default=sentence[1])

    def _since_the_war(self, position: int) -> bool:
        """'за два дні повернулися 500, а від початку вторгнення – 6922': the war's beginning is 6922's, not 500's."""
        return self.sentence_has(position, WAR_WORDS) and self._ask(since_the_war, position)

    def over_a_span(self, position: int) -> bool:
        return self._ask(over_a_span, position)

    def over_days(self, position: int) -> bool:
        return self._ask(over_days, position)

    def _ask(self, question: Callable[[list[Word]], bool], position: int) -> bool:
        part = self.part(position)
        asked = (question.__name__, part)
        if asked not in self._asked:
            self._asked[asked] = question([self.words[i] for i in self.span(*part)])
        return self._asked[asked]

    def added_to_the_exchange(self, position: int, people: People) -> bool:
        """A group in the sentence of 'крім', 'кроме', 'сверх', or named again by its own noun right after one of them
        elsewhere ('Трое жителей Курской области возвращены. Кроме жителей приграничного региона, вернулись 157')."""
        if self.sentence_has(position, IN_ADDITION):
            return True
        noun = self.span(people.start, people.end)
        if not noun:
            return False
        lemmas = self.words[noun[0]].lemmas
        besides = self._besides
        if besides is None:  # where the text says 'крім/кроме/сверх', found once: every group asks
            besides = self._besides = tuple(
                i for i, word in enumerate(self.words) if not IN_ADDITION.isdisjoint(word.lemmas)
            )
        return any(not lemmas.isdisjoint(w.lemmas) for i in besides for w in self.words[i + 1 : i + 3])

    def recap(self, position: int, stage: int | None, day: Mention | None) -> str | None:
        """'Нагадаємо, 2 жовтня відбувся черговий етап обміну. Додому повернулися 183': a reminder of the exchange on
        the stage's own day restates that exchange, whose figures a side story may give nowhere else."""
        reason = super().recap(position, stage, day)
        if reason is None or not reason.startswith(RECALLED) or day is None or day.month_day is None:
            return reason
        recalled = [(start, end) for start, end in self._recaps if start <= position < end]
        named = [d for d in self.written_dates() for start, end in recalled if start <= d.start < end]
        return None if any(d.month_day == day.month_day for d in named) else reason

    def singled_out_parts(self, counts: list[Headcount], assembly: Assembly) -> list[Headcount]:
        """A count whose noun a clause of its own singles out ('18 оборонців, яких засудили'), beside a larger count
        of everyone or of the same people for the same side, is a part of it the desk names: not the side's figure."""
        kept = []
        for count in counts:
            larger = self._larger(count, counts) if self._singled_out(count) else None
            if larger is not None and self._sentenced(count):  # '18 оборонців, яких засудили': the sentenced
                count.key = "subset:sentenced"
                kept.append(count)
            elif larger is not None:
                assembly.aside(count.reading, f"{SINGLED_OUT}, within the {larger.reading.quote} counted")
            else:
                kept.append(count)
        return kept

    def _sentenced(self, count: Headcount) -> bool:
        """Whether the clause singling out a count's people says they were sentenced ('яких засудили', 'осуждённых')."""
        people = count.reading.people
        if people is None:
            return False
        after = self.words[self.span(people.end, self.sentence(people.end)[1]).start :][:_CLAUSE_WORDS]
        return any(_SENTENCING.match(lemma) for word in after for lemma in word.lemmas)

    def _larger(self, count: Headcount, counts: list[Headcount]) -> Headcount | None:
        if count.key not in _WHOLE_FIGURES:
            return None
        return next(
            (
                other
                for other in counts
                if other.direction == count.direction
                and other.value > count.value
                and other.key in ("total", count.key)
            ),
            None,
        )

    def _singled_out(self, count: Headcount) -> bool:
        people = count.reading.people
        noun = self.span(people.start, people.end) if people is not None else range(0)
        return len(noun) > 0 and singled_out(self.words, noun[-1])
