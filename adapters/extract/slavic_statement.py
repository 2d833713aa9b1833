"""A Ukrainian or Russian statement as the reader sees it: its words with their lemmas, its sentences, clauses and
numbers, and the questions of time each sentence answers once (recalled, set earlier, over the war, a span or days)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from adapters.extract.morphology import Range, sentences, words
from adapters.extract.slavic_clause import (
    WAR_WORDS,
    over_a_span,
    over_days,
    reported,
    set_earlier,
    since_the_war,
)
from adapters.extract.slavic_lexicon import HOME, RECALLING
from adapters.extract.slavic_numbers import Number, numbers

_BLANK_LINE = re.compile(r"[ \t]*\n[ \t]*\n")
DASHES = frozenset(("-", "\u2013", "\u2014"))
CLAUSE_END = frozenset((",", ".", ";", "!", "?", "(", ")"))


class Statement:
    """A statement's words with their lemmas, its sentences and numbers."""

    def __init__(self, text: str, language: str) -> None:
        self.text, self.home, self.language = text, HOME[language], language
        self.words = words(text, language)
        self.sentences = sentences(text)
        self._starts = [start for start, _ in self.sentences]
        self.numbers = numbers(text, self.words, language)
        self._word_starts = [word.start for word in self.words]
        self._lemmas: dict[Range, frozenset[str]] = {}
        self._lemmas_at: dict[int, frozenset[str]] = {}
        """The lemmas of the sentence holding each position asked about."""
        self._sentence_at: dict[int, Range] = {}
        self._clauses: dict[Range, Range] = {}
        self._spans: dict[Range, bool] = {}
        self._over_days: dict[Range, bool] = {}
        self._opens_earlier: dict[Range, bool] = {}
        self._recaps = [
            (w.start, _paragraph_end(text, w.start)) for w in self.words if not RECALLING.isdisjoint(w.lemmas)
        ]

    def span(self, start: int, end: int) -> range:
        """The indices of the words that begin between `start` and `end`."""
        return range(bisect_left(self._word_starts, start), bisect_left(self._word_starts, end))

    def in_sentence(self, position: int) -> range:
        """The indices of the words of the sentence holding `position`."""
        return self.span(*self.sentence(position))

    def recalled(self, position: int) -> bool:
        """Whether `position` follows a word of recalling ('нагадаємо', 'напомним') in its paragraph."""
        return any(start <= position < end for start, end in self._recaps)

    def earlier(self, position: int) -> bool:
        """Whether the sentence holding `position` is set before the statement's own time ('Раніше, 19 травня')."""
        sentence = self.sentence(position)
        if sentence not in self._opens_earlier:
            first = self.span(*sentence).start
            self._opens_earlier[sentence] = set_earlier(self.words[first : first + 4])
        before = self.span(sentence[0], position)
        return self._opens_earlier[sentence] and not any(reported(self.words, i) for i in before)

    def _since_the_war(self, position: int) -> bool:
        """Whether the sentence holding `position` counts over the whole war ('с начала СВО')."""
        if not self.sentence_has(position, WAR_WORDS):  # most sentences: one set test
            return False
        return since_the_war([self.words[i] for i in self.in_sentence(position)])

    def over_a_span(self, position: int) -> bool:
        """Whether the sentence holding `position` counts over a span of time ('Всього за цей рік')."""
        sentence = self.sentence(position)
        if sentence not in self._spans:
            self._spans[sentence] = over_a_span([self.words[i] for i in self.span(*sentence)])
        return self._spans[sentence]

    def over_days(self, position: int) -> bool:
        """Whether the sentence holding `position` counts over several days of the exchange ('за эти два дня')."""
        sentence = self.sentence(position)
        if sentence not in self._over_days:
            self._over_days[sentence] = over_days([self.words[i] for i in self.span(*sentence)])
        return self._over_days[sentence]

    def clause(self, number: Number) -> Range:
        """Where the number's clause begins and ends: at the commas, semicolons and dashes around it (found once for
        each number: reading a figure asks it several times)."""
        mention = number.mention
        found = self._clauses.get((mention.start, mention.end))
        if found is None:
            found = self._clauses[mention.start, mention.end] = self._clause(number)
        return found

    def _clause(self, number: Number) -> Range:
        start, end = self.sentence(number.mention.start)
        found = (self.words[i] for i in self.span(start, end))
        marks = [w.start for w in found if w.text in CLAUSE_END or w.text in DASHES]
        before = [mark for mark in marks if mark < number.mention.start]
        after = [mark for mark in marks if mark >= number.mention.end]
        return (before[-1] if before else start, after[0] if after else end)

    def sentence(self, position: int) -> Range:
        """The sentence holding `position`; every figure asks it of the same few positions again and again."""
        found = self._sentence_at.get(position)
        if found is None:
            index = bisect_right(self._starts, position) - 1
            found = self.sentences[max(index, 0)] if self.sentences else (0, len(self.text))
            self._sentence_at[position] = found
        return found

    def sentence_has(self, position: int, lemmas: frozenset[str]) -> bool:
        """Whether a word of the sentence holding `position` has one of `lemmas`: the sentence's lemmas are gathered
        once, so that each further question costs one set test."""
        found = self._lemmas_at.get(position)
        if found is None:
            sentence = self.sentence(position)
            found = self._lemmas.get(sentence)
            if found is None:
                found = frozenset().union(*(self.words[i].lemmas for i in self.span(*sentence)))
                self._lemmas[sentence] = found
            self._lemmas_at[position] = found
        return not found.isdisjoint(lemmas)


def _paragraph_end(text: str, position: int) -> int:
    found = _BLANK_LINE.search(text, position)
    return found.start() if found else len(text)
