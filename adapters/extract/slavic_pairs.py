"""'N на M' in a Ukrainian or Russian statement: the terms ('«1000 на 1000»'), a stage's count for each side ('по
формуле 303 на 303'), or an uneven swap ('17 человек на 15'), whose two numbers went to the two sides."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from adapters.extract.assemble import Assembly
from adapters.extract.cues import EACH_SIDE, People
from adapters.extract.headcount import Headcount
from adapters.extract.numbers import Mention
from adapters.extract.reading import EARLIER_EXCHANGE, Reading
from adapters.extract.slavic_clause import is_subject, swapped_later
from adapters.extract.slavic_heads import HeadNouns
from adapters.extract.slavic_lexicon import (
    AGREEMENT,
    EXCHANGED,
    EXCHANGES,
    FORMULA,
    FROM,
    INTENDING,
    ONLY,
    REACHED,
    STAGES,
)
from adapters.extract.slavic_numbers import Number
from adapters.extract.slavic_scope import SWAPS, prepared_swap
from adapters.extract.slavic_words import key_of, other_party, party_of

_DAYS_FIGURES = frozenset(("total", "service:military", "service:civilian"))
WITH = FROM | {"с", "со"}
"""'обмен с Россией', 'обмін з Росією': the party named after 'with' is the other side of the swap."""


class Pairs(HeadNouns):
    """Reads a number followed by 'на' and another number."""

    def __init__(self, text: str, language: str) -> None:
        super().__init__(text, language)
        self._covered = -1
        """Where the last reading ended: a number inside it is part of it ('на 1000' of '1000 на 1000')."""
        self._uneven: dict[int, Reading] = {}
        self._later: dict[tuple[int, int], bool] = {}
        self._number_starts = [each.mention.start for each in self.numbers]
        """The second number of an uneven swap, read with the first, by where it starts."""

    def _pair(self, number: Number) -> Reading | None:
        """'«1000 на 1000»' is the terms; 'по формуле 303 на 303' the stage's count for each side; '17 человек на 15'
        an uneven swap, read as two totals."""
        if number.mention.start in self._uneven:
            return self._uneven.pop(number.mention.start)
        at = number.last + 1
        if at < len(self.words) and key_of(self.words[at]) is not None:  # '17 человек на 15'
            at += 1
        after = self.words[at : at + 2]
        if len(after) < 2 or after[0].text.lower() != "на" or not after[1].text.isdigit():
            return None
        following = bisect_right(self._number_starts, number.mention.start)  # the number after 'на' is the next one
        later = self.numbers[following] if following < len(self.numbers) else None
        if later is None or later.mention.start != after[1].start or later.mention.value is None:
            return None
        if later.mention.value != number.mention.value:  # '17 на 15'; '1 000 на 1000' is one number twice
            return self._uneven_swap(number, later)
        mention = number.mention
        before = self.words[max(0, number.first - 3) : number.first]
        # 'Це другий етап обміну за формулою «1000 на 1000»': a formula named with a stage is the whole exchange's
        whole = any(self.sentence_has(mention.start, words) for words in (AGREEMENT, REACHED, STAGES))
        # 'согласился лишь на обмен 90 на 90': what was only done is a count, never the terms
        only = any(word.text.lower() in ONLY for word in before)
        if (only or any(word.has(*FORMULA) for word in before)) and not whole:
            self._covered = later.mention.end
            key = self._swapped_key(number, later)
            people = People(key, mention.start, mention.end, EACH_SIDE, plain=False)
            reading = Reading(mention.start, mention.end, mention.quote, key, mention.value, "", 0.85, people, mention)
            return replace(reading, planned=self._intended(number))
        end = later.mention.end
        return Reading(mention.start, end, self.text[mention.start : end], "terms", mention.value, "", 0.9)

    def _swapped_key(self, number: Number, later: Number) -> str:
        """Whom a formula counts: the noun after it ('303 на 303 человека'), else the people the exchange before it
        swaps ('обмен военнопленными по формуле 84 на 84' counts servicemen, 'обменялись пленными' everyone)."""
        after = self.words[later.last + 1 : later.last + 2]
        if after and (key := self._key(later.last + 1)) in _DAYS_FIGURES:
            return key
        start, _ = self.sentence(number.mention.start)
        for index in reversed(self.span(start, number.mention.start)):
            if self.words[index - 1].has(*EXCHANGES, *EXCHANGED) and (key := self._key(index)) in _DAYS_FIGURES:
                return key
        return "total"

    def own_terms(self, formulas: list[Reading], day: Mention | None, assembly: Assembly) -> Reading | None:
        """The first formula of the statement's own exchange: one in a sentence set before its time, or about an
        earlier exchange or another month, that names no agreement ('Ранее, 25 июня, стороны также обменялись 90 на
        90') swapped people then, and is set aside as that exchange's."""
        own = None
        for reading in formulas:
            agreed = any(self.sentence_has(reading.start, words) for words in (AGREEMENT, REACHED))
            reason = None if agreed else self.recap(reading.start, None, day)
            then = reason == EARLIER_EXCHANGE or (reason or "").startswith("about another month")
            if not agreed and (self.earlier(reading.start) or then):  # its note is each side's number: 90, not 9090
                first = reading.quote.partition(" на ")[0].rstrip()
                assembly.aside(replace(reading, end=reading.start + len(first), quote=first), EARLIER_EXCHANGE)
            elif own is None:
                own = reading
        return own

    def restates_the_day(self, terms: Reading, counts: list[Headcount]) -> bool:
        """Whether a bare 'N на N' only restates the day's own figures ('обменялись пленными «185 на 185»' over '185
        военных' each way): terms promise more than one day's, so a formula no agreement or stage names, equal to an
        exact figure taken for the day, describes that day."""
        whole = any(self.sentence_has(terms.start, words) for words in (AGREEMENT, REACHED, STAGES))
        return not whole and any(
            count.value == terms.value and count.key in _DAYS_FIGURES and not count.reading.planned
            for count in counts
            if count.reading.bound is None
        )

    def agreed_terms(self, terms: Reading | None, counts: list[Headcount]) -> tuple[Reading | None, list[Headcount]]:
        """The terms and the counts left: each side's figure the sides mean to swap, in a sentence naming their
        agreement ('по договорённостям стороны собираются обменять по 500 военнослужащих с каждой стороны'), is the
        terms of that agreement, not a stage's plan; without an agreement it stays a planned figure."""
        if terms is not None:
            return terms, counts
        for count in counts:
            reading = count.reading
            agreed = any(self.sentence_has(reading.start, words) for words in (AGREEMENT, REACHED))
            if count.direction == EACH_SIDE and reading.planned and reading.bound is None and agreed:
                found = replace(reading, key="terms", people=None, planned=False)
                return found, [each for each in counts if each is not count]
        return terms, counts

    def planned_by_verb(self, number: Number) -> bool:
        """Whether the number's clause only means to swap its people ('собираются обменять') or will swap them
        ('передаст', 'обменяют'): a planned figure."""
        position = number.mention.start
        if self.sentence_has(position, INTENDING) and self._intended(number):
            return True
        sentence = self.sentence(position)
        if sentence not in self._later:  # one look at a sentence's verbs, then at a clause only where one is future
            self._later[sentence] = swapped_later([self.words[i] for i in self.span(*sentence)])
        if self._later[sentence] and swapped_later([self.words[i] for i in self.span(*self.clause(number))]):
            return True
        if not self.sentence_has(position, SWAPS):  # most sentences swap in no verb's infinitive: one set test
            return False
        start, _ = self.clause(number)  # 'готовятся обменять по 90': a swap the clause only prepares
        return prepared_swap([self.words[i] for i in self.span(start, position)])

    def _intended(self, number: Number) -> bool:
        """'собирались провести обмен по формуле 160 на 160': a swap the clause's verb only meant or planned."""
        start, _ = self.clause(number)
        return any(self.words[i].has(*INTENDING) for i in self.span(start, number.mention.start))

    def _uneven_swap(self, number: Number, later: Number) -> Reading | None:
        """'обмен с Россией по формуле 17 человек на 15': the first number went to the side that swapped with the
        party named after 'with', or to the party in the subject, else to the side that speaks; the second to the
        other side. Only in a sentence about an exchange or a formula: elsewhere 'на' is no swap."""
        mention = number.mention
        if not (self.sentence_has(mention.start, EXCHANGES) or self.sentence_has(mention.start, FORMULA)):
            return None
        first_side = self._swapping_side(mention.start)
        for each, side in ((number, first_side), (later, other_party(first_side))):
            start, end = each.mention.start, each.mention.end
            people = People("total", start, end, side, plain=False)
            self._uneven[start] = Reading(
                start, end, each.mention.quote, "total", each.mention.value, "", 0.85, people, each.mention
            )
        return self._uneven.pop(mention.start)

    def _swapping_side(self, position: int) -> str:
        indices = self.in_sentence(position)
        for index in indices:
            word = self.words[index]
            following = self.words[index + 1] if index + 1 < indices.stop else None
            if word.text.lower() in WITH and following is not None and (party := party_of(following)):
                return other_party(party)
        subject = next(
            (party for i in indices if (party := party_of(self.words[i])) and is_subject(self.words, i)), None
        )
        return subject or self.home
