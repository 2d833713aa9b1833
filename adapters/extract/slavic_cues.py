"""Who received the people counted in a Ukrainian or Russian sentence: the cues around a number, looked for in the
number's own clause first, then in its sentence, never elsewhere in the text."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator

from adapters.extract.cues import COMBINED, EACH_SIDE, Cue
from adapters.extract.headcount import Headcount
from adapters.extract.morphology import Range, Word
from adapters.extract.slavic_clause import (
    HANDING_OVER,
    SWAPPING,
    WE,
    a_place,
    captor,
    given_by_subject,
    is_subject,
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
    HOME_WORDS,
    INTO,
    OURS,
    PARTY,
    RECEIVING,
)
from adapters.extract.slavic_numbers import Number
from adapters.extract.slavic_speakers import LEAD_SENTENCES, lead_side, quoted_sides, reported_sides
from adapters.extract.slavic_statement import Statement
from adapters.extract.slavic_time import joined_predicate
from adapters.extract.slavic_words import other_party, party_of

_SENDING = HANDING_OVER | HOLDING
"""Verbs whose subject sends the people to the other side: it handed them over, or held them."""
_EXCHANGE_WORDS = EXCHANGED | EACH | EXCHANGES | SWAPPING
"""Words of swapping both ways: with them, 'по 90' is each side's 90 ('готовятся обменять по 90 пленных')."""
_CUE_LEMMAS = frozenset(PARTY) | WE | HOME_WORDS
_CUE_TEXTS = ARMED_FORCES | FROM | INTO
"""What a word must be to name a receiver at all: a party, 'we', home; or an army's name, 'from' or 'into'."""
SIDES = frozenset(("сторона", "бік"))


class Receivers(Statement):
    """The receivers a statement's sentences name, and whose home 'home' and 'ours' mean where they are said."""

    def __init__(self, text: str, language: str) -> None:
        super().__init__(text, language)
        self._sentence_cues: dict[Range, tuple[list[Cue], bool]] = {}
        self._quoted = quoted_sides(text, self.words)
        self._reported = reported_sides(self.sentences, self.words)
        self.home = lead_side(self._lead(), self.home)

    def _lead(self) -> Iterator[list[Word]]:
        for start, end in self.sentences[:LEAD_SENTENCES]:
            yield [self.words[i] for i in self.span(start, end)]

    def home_at(self, position: int) -> str:
        """Whose home 'home' and 'ours' mean at `position`: in a quotation, the side of the one quoted when the text
        names it; in a sentence reporting what a side's speaker said, that side; else the side that speaks the
        statement's language."""
        quoted = next((side for (start, end), side in self._quoted if start <= position < end), None)
        reported = next((side for (start, end), side in self._reported if start <= position < end), None)
        return quoted or reported or self.home

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
        if before is not None and before.has(*EXCHANGED) and "VERB" in before.tags:  # 'обменялись 150 пленными'
            return Cue(before.start, number.mention.end, COMBINED)
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
    on a tie) home. A figure for each side or both together names no receiver: it never draws another there."""
    named = Counter(
        count.direction
        for count in counts
        if count.cue is not None and count.direction is not None and count.direction.startswith("to ")
    )
    most = max(named.values(), default=0)
    usual = f"to {home}" if named.get(f"to {home}", 0) == most else named.most_common(1)[0][0]  # a tie: home
    for count in counts:
        if count.cue is None:
            count.direction = usual
