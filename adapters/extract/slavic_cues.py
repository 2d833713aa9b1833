"""Who received the people counted in a Ukrainian or Russian sentence, and what its words are: the cues around
a number, looked for in the number's own clause first, then in its sentence, never elsewhere in the text."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator

from adapters.extract.cues import EACH_SIDE, Cue
from adapters.extract.headcount import Headcount
from adapters.extract.morphology import Range, Word, sentences, words
from adapters.extract.slavic_clause import (
    HANDING_OVER,
    WAR_WORDS,
    WE,
    a_place,
    captor,
    given_by_subject,
    is_subject,
    over_a_span,
    over_days,
    reported,
    set_earlier,
    since_the_war,
    voice_receiver,
)
from adapters.extract.slavic_lexicon import (
    ARMED_FORCES,
    EACH,
    EXCHANGED,
    EXCHANGES,
    FROM,
    GIVING,
    HOLDING,
    HOME,
    HOME_WORDS,
    INTO,
    OURS,
    PARTY,
    RECALLING,
    RECEIVING,
)
from adapters.extract.slavic_numbers import Number, numbers
from adapters.extract.slavic_speakers import LEAD_SENTENCES, lead_side, quoted_sides
from adapters.extract.slavic_time import joined_predicate
from adapters.extract.slavic_words import other_party, party_of

_BLANK_LINE = re.compile(r"[ \t]*\n[ \t]*\n")
_SENDING = HANDING_OVER | HOLDING
"""Verbs whose subject sends the people to the other side: it handed them over, or held them."""
_EXCHANGE_WORDS = EXCHANGED | EACH | EXCHANGES
_CUE_LEMMAS = frozenset(PARTY) | WE | HOME_WORDS
_CUE_TEXTS = ARMED_FORCES | FROM | INTO
"""What a word must be to name a receiver at all: a party, 'we', home; or an army's name, 'from' or 'into'."""
SIDES = frozenset(("сторона", "бік"))
DASHES = frozenset(("-", "\u2013", "\u2014"))
CLAUSE_END = frozenset((",", ".", ";", "!", "?", "(", ")"))


class Statement:
    """A statement's words with their lemmas, its sentences and numbers, and the receivers its sentences name."""

    def __init__(self, text: str, language: str) -> None:
        self.text, self.home = text, HOME[language]
        self.words = words(text, language)
        self.sentences = sentences(text)
        self._starts = [start for start, _ in self.sentences]
        self.numbers = numbers(text, self.words, language)
        self._word_starts = [word.start for word in self.words]
        self._sentence_cues: dict[Range, tuple[list[Cue], bool]] = {}
        self._lemmas: dict[Range, frozenset[str]] = {}
        self._lemmas_at: dict[int, frozenset[str]] = {}
        """The lemmas of the sentence holding each position asked about."""
        self._sentence_at: dict[int, Range] = {}
        self._clauses: dict[Range, Range] = {}
        self._spans: dict[Range, bool] = {}
        self._over_days: dict[Range, bool] = {}
        self._opens_earlier: dict[Range, bool] = {}
        self._recaps = [(w.start, _paragraph_end(text, w.start)) for w in self.words if w.has(*RECALLING)]
        self._quoted = quoted_sides(text, self.words)
        self.home = lead_side(self._lead(), self.home)

    def _lead(self) -> Iterator[list[Word]]:
        for start, end in self.sentences[:LEAD_SENTENCES]:
            yield [self.words[i] for i in self.span(start, end)]

    def home_at(self, position: int) -> str:
        """Whose home 'home' and 'ours' mean at `position`: in a quotation, the side of the one quoted when the text
        names it; else the side that speaks the statement's language."""
        if not self._quoted:
            return self.home
        return next((side for (start, end), side in self._quoted if start <= position < end), self.home)

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

    def ours(self, word: Word, number: Number) -> str | None:
        """'наших' is the speaking side; 'своих' the side the clause names before it, else the speaking side."""
        if not word.has(*OURS):
            return None
        start, _ = self.sentence(number.mention.start)
        before = self.span(start, number.mention.start)
        named = [party for i in before if (party := party_of(self.words[i]))]
        if word.has("свій", "свой") and named:  # the reflexive refers to the nearest subject before it, if any
            subjects = (party_of(self.words[i]) for i in reversed(before) if is_subject(self.words, i))
            return next((party for party in subjects if party), named[-1])
        return self.home_at(word.start)

    def cue(self, number: Number) -> Cue | None:
        """Who received the people, from the number's own sentence only: the cue nearest to the number."""
        cues, exchanged = self._cues(self.sentence(number.mention.start))
        before = self.words[number.first - 1] if number.first > 0 else None
        if before is not None and before.text.lower() == "по" and exchanged:
            return Cue(before.start, number.mention.end, EACH_SIDE)
        clause = self.clause(number)
        each_side = self._each_side(clause)
        if each_side is not None:
            return each_side
        first = self.span(*self.sentence(number.mention.start)).start
        joined = joined_predicate(self.words, first, number.first)
        if joined is not None:  # 'Россия передала Украине 1000 тел и получила 26'
            return Cue(joined[0].start, joined[0].end, f"to {joined[1]}")
        own = [cue for cue in cues if clause[0] <= cue.start < clause[1]]
        found = nearest(own, number.mention.start, clause)
        if found is not None:
            return found
        # the clause's own verb before a party another clause names ('Минобороны РФ сообщило, ..., а взамен переданы')
        preceding = [self.words[i] for i in self.span(clause[0], number.mention.start)]
        following = [self.words[i] for i in self.span(number.mention.end, clause[1])]
        voiced = voice_receiver(preceding, following, self.home_at(number.mention.start))
        if voiced is not None:
            return Cue(voiced[0].start, voiced[0].end, f"to {voiced[1]}")
        return nearest(cues, number.mention.start, clause)

    def _each_side(self, clause: Range) -> Cue | None:
        """'около тысячи человек с каждой стороны', 'з кожного боку': the clause counts each side's people."""
        if not self.sentence_has(clause[0], EACH):
            return None
        inside = [self.words[i] for i in self.span(*clause)]
        for word, following in itertools.pairwise(inside):
            if word.has(*EACH) and following.has(*SIDES):
                return Cue(word.start, following.end, EACH_SIDE)
        return None

    def _cues(self, sentence: Range) -> tuple[list[Cue], bool]:
        """The receivers a sentence names, and whether it speaks of an exchange of both sides; read once."""
        if sentence in self._sentence_cues:
            return self._sentence_cues[sentence]
        inside = [(i, self.words[i]) for i in self.span(*sentence)]
        cues: list[Cue] = []
        start = sentence[0]
        giving, receiving = self.sentence_has(start, GIVING), self.sentence_has(start, RECEIVING)
        exchanged = self.sentence_has(start, _EXCHANGE_WORDS)
        sending = self.sentence_has(start, _SENDING)
        for index, word in inside:
            if word.lemmas.isdisjoint(_CUE_LEMMAS) and word.text.lower() not in _CUE_TEXTS:
                continue  # most words name no party, home, captivity or goal: two set tests
            # the party a word names, or 'we' the side speaking there (asked only of 'we': most texts quote no one)
            party = party_of(word) or (self.home_at(word.start) if not word.lemmas.isdisjoint(WE) else None)
            if party and a_place(self.words, index):  # 'з моргів на території рф', 'с подконтрольных Киеву территорий'
                continue
            # 'Україні передали' names the receiver in the dative; 'Россия получила', 'Россия передала' the subject.
            by_subject = (
                given_by_subject(party, receiving, sending) if party and is_subject(self.words, index) else None
            )
            if party and giving and "datv" in word.tags:
                cues.append(Cue(word.start, word.end, f"to {party}"))
            elif by_subject is not None:
                cues.append(Cue(word.start, word.end, f"to {by_subject}"))
            elif word.has(*HOME_WORDS):
                cues.append(Cue(word.start, word.end, f"to {self.home_at(word.start)}"))
            elif (held_by := captor(self.words, index)) is not None:  # 'из российского плена': home to the other side
                cues.append(Cue(word.start, self.words[index + 2].end, f"to {other_party(held_by)}"))
            elif word.text.lower() in INTO and index + 1 < len(self.words):
                target = self.words[index + 1]
                if party_of(target) and "accs" in target.tags:
                    cues.append(Cue(word.start, target.end, f"to {party_of(target)}"))
        self._sentence_cues[sentence] = (cues, exchanged)
        return cues, exchanged

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


def nearest(cues: list[Cue], position: int, clause: Range) -> Cue | None:
    """The cue in the number's own clause, before it if any; else the nearest one before it; else after it."""
    own = [cue for cue in cues if clause[0] <= cue.start < clause[1]]
    for group in (own, cues):
        before = [cue for cue in group if cue.start < position]
        if before:
            return before[-1]
        if group:
            return group[0]
    return None


def default_direction(counts: list[Headcount], home: str) -> None:
    """A figure whose sentence names no receiver goes where most of the statement's other figures go, else (and
    on a tie) home."""
    named = Counter(count.direction for count in counts if count.cue is not None)
    most = max(named.values(), default=0)
    usual = f"to {home}" if named.get(f"to {home}", 0) == most else named.most_common(1)[0][0]  # a tie: home
    for count in counts:
        if count.cue is None:
            count.direction = usual


def _paragraph_end(text: str, position: int) -> int:
    found = _BLANK_LINE.search(text, position)
    return found.start() if found else len(text)
