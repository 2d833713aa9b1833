"""Whether a Ukrainian or Russian sentence says people crossed the line: a count of everyone, of servicemen or of
civilians is this exchange's only on that evidence from its own sentence, never for merely being a count of people
('в списках значатся 500 человек', 'двое военнослужащих нуждаются в помощи', 'удалось освободить 2184 пленных' is
one, 'их доставят в 12 госпиталей' is not)."""

from __future__ import annotations

import re

from adapters.extract.assemble import Assembly
from adapters.extract.headcount import Headcount
from adapters.extract.morphology import Range, Word
from adapters.extract.reading import OVER_THE_WAR
from adapters.extract.slavic_cues import SIDES
from adapters.extract.slavic_lexicon import CAPTIVITY, EACH, FROM, IN_ALL
from adapters.extract.slavic_people import Counted

WHOLE = frozenset(("total", "service:military", "service:civilian"))
"""The figures that say how many crossed: the parts of them (a branch, a rank, a group) follow a whole that did."""
NO_EVIDENCE = "said in a sentence that says nothing of people returned, handed over or exchanged"

_MOVING = re.compile(
    r"(?:верну|возвра|возвращ|переда|освобо|вызвол|получ|отда|обменя|обмени|забра|достав|прибы|репатри|отправ|привез"
    r"|поверн|поверт|звільн|визвол|отрим|відда|обміня|обміню|відправ|додому|домой|вдома|дома$|батьківщин|родин)"
)
"""The beginnings of the dictionary forms of verbs, their participles and nouns of people returning, being handed
over, freed, received, exchanged, brought or coming home: a stem, so that each of a verb's derived forms is one
('повернути', 'повернутися', 'повернення', 'повернутий')."""
_ALREADY = frozenset(("уже", "вже"))
_OF_THEM = frozenset(("них", "их", "том", "тому", "это", "це"))
"""'з них', 'среди них', 'в том числе', 'у тому числі', 'Это 298 военных': a sentence that parts or restates people
another sentence counted speaks of them, however few its own words."""


class Evidence(Counted):
    """Asks whether a figure's sentence says its people crossed the line."""

    _moved: dict[Range, bool]

    def evidenced(self, position: int, value: int | None) -> bool:
        """Whether the sentence holding `position` names people moving across the line, parts or restates those of
        a sentence before it, or is an item of a list whose opening sentence says so ('Серед звільнених:'); or the
        same number is said elsewhere with such words ('390 полонених повернулися ... «На сьогодні – 390 людей»')."""
        sentence = self.sentence(position)
        if self._says_moved(sentence) or self._said_moved_elsewhere(position, value):
            return True
        previous = self.sentence(sentence[0] - 1) if sentence[0] > 0 else None
        listed = previous is not None and self.text[: sentence[0]].rstrip().endswith(":")
        return listed and previous is not None and self._says_moved(previous)

    def tallies(self, counts: list[Headcount], assembly: Assembly) -> list[Headcount]:
        """`counts` without the tallies: a count of everyone, servicemen or civilians said 'in all' ('Всего при
        посредничестве ОАЭ освобождены 4181 человек', 'загалом', 'в общей сложности') or up to now ('уже', 'це вже
        13-те посередництво') after the first figure's sentence and more than twice its largest figure counts over
        many exchanges, not this one: set aside as the war's count. (Beside earlier stages of the same exchange, such
        a count is its running total instead.)"""
        if not counts:
            return counts
        lead = self.sentence(counts[0].reading.start)
        largest = max((c.value for c in counts if self.sentence(c.reading.start) == lead and c.key in WHOLE), default=0)
        kept = []
        for count in counts:
            start = self.sentence(count.reading.start)[0]
            before = [self.words[i] for i in self.span(start, count.reading.start)]
            tally = count.key in WHOLE and self.sentence(start) != lead and count.value > 2 * largest > 0
            if tally and (in_all(before) or self._accumulating(self.sentence(start))):
                assembly.aside(count.reading, OVER_THE_WAR)
            else:
                kept.append(count)
        return kept

    def _accumulating(self, sentence: Range) -> bool:
        """Whether a sentence counts up to now: 'уже', 'вже', or an ordinal ('це вже 13-те посередництво')."""
        inside = self.span(*sentence)
        return any(self.words[i].text.lower() in _ALREADY for i in inside) or any(
            number.mention.form == "ordinal" and sentence[0] <= number.mention.start < sentence[1]
            for number in self.numbers
        )

    def _said_moved_elsewhere(self, position: int, value: int | None) -> bool:
        return value is not None and any(
            other.mention.value == value
            and other.mention.start != position
            and self._says_moved(self.sentence(other.mention.start))
            for other in self.numbers
        )

    def _says_moved(self, sentence: Range) -> bool:
        if not hasattr(self, "_moved"):
            self._moved = {}
        if sentence not in self._moved:
            self._moved[sentence] = moved([self.words[i] for i in self.span(*sentence)])
        return self._moved[sentence]


def moved(found: list[Word]) -> bool:
    """Whether words say people crossed the line: a verb, participle or noun of returning, handing over, freeing,
    receiving or exchanging; home; 'из плена', 'з полону'; each side's ('с каждой стороны'); or a part of people
    counted before ('з них')."""
    for index, word in enumerate(found):
        if word.text.lower() in _OF_THEM or any(_MOVING.match(lemma) for lemma in word.lemmas):
            return True
        if word.has(*CAPTIVITY) and any(w.text.lower() in FROM for w in found[max(0, index - 2) : index]):
            return True
        if word.has(*SIDES) and index > 0 and found[index - 1].has(*EACH):  # 'с каждой стороны': swapped both ways
            return True
    return False


def in_all(found: list[Word]) -> bool:
    """Whether words say 'in all': 'всего', 'загалом', 'в общей сложности', 'в загальній складності'."""
    for index, word in enumerate(found):
        if word.has(*IN_ALL):
            return True
        if word.has("сложность", "складність") and index > 0 and found[index - 1].has("общий", "загальний"):
            return True
    return False
