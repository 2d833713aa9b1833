"""Reads a Ukrainian or Russian statement sentence by sentence: each number with the head noun after it (or the
label before it), and who received the people from the number's own sentence: the party named with the people,
a receiver in the dative after 'передали', a goal ('в Україну', 'домой'), or 'по N' in an exchange."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from adapters.extract.assemble import Assembly, Headcount
from adapters.extract.bounds import bound_before
from adapters.extract.cues import EACH_SIDE, Cue, People
from adapters.extract.morphology import Range, Word, sentences, words
from adapters.extract.numbers import Mention
from adapters.extract.reading import Reading
from adapters.extract.slavic_lexicon import (
    ARMED_FORCES,
    BODIES,
    EACH,
    EXCHANGED,
    EXPECTED,
    FORMULA,
    GIVING,
    HOME,
    HOME_WORDS,
    IN_ADDITION,
    INTO,
    NOT_PEOPLE,
    ORDINALS,
    OURS,
    PARTY,
    PEOPLE,
    STAGES,
    UKRAINE,
    UNITS,
    WHOLE_WAR,
)
from adapters.extract.slavic_numbers import Number, numbers

_SKIPPED = frozenset(("з", "із", "зі", "из", "них", "их", "ще", "ещё", "еще", "по", "и", "і", "та", "это", "це"))
_CLAUSE_END = frozenset((",", ".", ";", "!", "?", "(", ")"))


@dataclass
class Slavic:
    """What a Ukrainian or Russian statement states: headcounts with their receivers, stage, terms and day."""

    counts: list[Headcount] = field(default_factory=list)
    stage: Reading | None = None
    terms: Reading | None = None
    day: Mention | None = None


class SlavicReader:
    """Reads one statement in `language` ('uk' or 'ru') into an Assembly's proposed and rejected numbers."""

    def __init__(self, text: str, language: str, assembly: Assembly) -> None:
        self.text, self.assembly, self.home = text, assembly, HOME[language]
        self.words = words(text, language)
        self.sentences = sentences(text)
        self._starts = [start for start, _ in self.sentences]
        self.numbers = numbers(text, self.words, language)

    def read(self, stage: int | None) -> Slavic:
        """Every figure of the statement, the others left aside with why."""
        found = Slavic(stage=self._stage(stage))
        counts, covered = [], -1
        for number in self.numbers:
            if number.mention.start < covered:
                continue
            reading = self._reading(number, found)
            if reading is None:
                continue
            covered = reading.end
            if reading.key is None:
                self.assembly.aside(reading, reading.reason)
            elif reading.key == "terms":
                found.terms = found.terms or reading
            else:
                counts.append(
                    self._headcount(number, reading, reading.people or People(reading.key, 0, 0, None, False))
                )
        counts = self._headline_aside(counts)
        found.day = self._day([n.mention for n in self.numbers if n.mention.form == "date"], counts)
        kept = [count for count in counts if self._of_this_stage(count, found)]
        found.counts = self.assembly.one_per_key(kept)
        return found

    def _reading(self, number: Number, found: Slavic) -> Reading | None:
        mention = number.mention
        if mention.form in ("date", "ordinal"):
            return None if mention.form == "date" else _aside(mention, "an ordinal, not a count")
        if mention.value is None or (
            mention.form == "digits" and 1900 <= mention.value < 2100 and len(mention.quote) == 4
        ):
            return _aside(mention, "a year")
        if found.stage is not None and found.stage.start <= mention.start < found.stage.end:
            return None
        pair = self._pair(number)
        if pair is not None:
            return pair
        people, reason = self._people(number)
        if people is None:
            return _aside(mention, reason)
        if self._sentence_has(mention.start, WHOLE_WAR):
            return _aside(mention, "a count over the whole war, not this exchange")
        reading = Reading(
            mention.start, mention.end, mention.quote, people.key, mention.value, "", 0.8, people, mention
        )
        bound = bound_before(self.text, mention.start, mention.value)
        planned = self._sentence_has(mention.start, EXPECTED)
        added = people.key.startswith("subset:") and self._sentence_has(mention.start, IN_ADDITION)
        return replace(reading, bound=bound, planned=planned, in_addition=added)

    def _pair(self, number: Number) -> Reading | None:
        """'«1000 на 1000»' is the terms; 'по формуле 303 на 303' the stage's count for each side."""
        after = self.words[number.last + 1 : number.last + 3]
        if len(after) < 2 or after[0].text.lower() != "на" or after[1].text != number.mention.quote:
            return None
        mention = number.mention
        before = self.words[max(0, number.first - 3) : number.first]
        if any(word.has(*FORMULA) for word in before):
            people = People("total", mention.start, mention.end, EACH_SIDE, plain=False)
            return Reading(mention.start, mention.end, mention.quote, "total", mention.value, "", 0.85, people, mention)
        end = after[1].end
        return Reading(mention.start, end, self.text[mention.start : end], "terms", mention.value, "", 0.9)

    def _people(self, number: Number) -> tuple[People | None, str]:
        """Whom a number counts: the head noun after it, with the party named on the way, or a list's label before."""
        party: str | None = None
        for word in self.words[number.last + 1 : number.last + 6]:
            key = _key(word)
            if key is not None:
                follower = self.words[self.words.index(word) + 1 : self.words.index(word) + 2]
                if follower and follower[0].text.lower() in ARMED_FORCES:
                    party = UKRAINE
                return People(key, word.start, word.end, party or _party(word), plain=False), ""
            if word.has(*NOT_PEOPLE):
                return None, "counts bodies, not living people" if word.has(*BODIES) else f"counts {word.text}"
            if word.text in _CLAUSE_END or not (word.has(*_SKIPPED) or _modifier(word)):
                break
            party = party or _party(word) or self._ours(word, number)
        return self._label(number), f"not followed by whom it counts ({self.text[number.mention.start :][:30]!r})"

    def _label(self, number: Number) -> People | None:
        """'воїнів ЗСУ – 149', 'ТрО – 4': the unit or people named just before the number in its clause."""
        for word in reversed(self.words[max(0, number.first - 4) : number.first]):
            if word.text in _CLAUSE_END:
                return None
            unit = UNITS.get(word.text.lower()) or next((UNITS[lemma] for lemma in word.lemmas if lemma in UNITS), None)
            key = unit or _key(word)
            if key is not None:
                return People(key, word.start, word.end, None, plain=True)
        return None

    def _ours(self, word: Word, number: Number) -> str | None:
        """'наших' is the speaking side; 'своих' the side the clause names before it, else the speaking side."""
        if not word.has(*OURS):
            return None
        start, _ = self._sentence(number.mention.start)
        named = [_party(w) for w in self.words[: number.first] if w.start >= start and _party(w)]
        if word.has("свій", "свой") and named:
            return named[-1]
        return self.home

    def _headcount(self, number: Number, reading: Reading, people: People) -> Headcount:
        if people.party is not None:
            direction = people.party if people.party == EACH_SIDE else f"to {people.party}"
            return Headcount(
                reading, reading.key or "total", reading.confidence, direction, Cue(people.start, people.end, direction)
            )
        cue = self._cue(number)
        if cue is not None:
            return Headcount(reading, reading.key or "total", reading.confidence, cue.direction, cue)
        return Headcount(reading, reading.key or "total", reading.confidence - 0.1, f"to {self.home}", None)

    def _cue(self, number: Number) -> Cue | None:
        """Who received the people, from the number's own sentence only: the cue nearest to the number."""
        start, end = self._sentence(number.mention.start)
        inside = [(i, w) for i, w in enumerate(self.words) if start <= w.start < end]
        cues: list[Cue] = []
        giving = any(w.has(*GIVING) for _, w in inside)
        exchanged = any(w.has(*EXCHANGED) or w.has(*EACH) for _, w in inside)
        before = self.words[number.first - 1] if number.first > 0 else None
        if before is not None and before.text.lower() == "по" and exchanged:
            return Cue(before.start, number.mention.end, EACH_SIDE)
        for index, word in inside:
            party = _party(word)
            if party and giving and "datv" in word.tags:
                cues.append(Cue(word.start, word.end, f"to {party}"))
            elif word.has(*HOME_WORDS):
                cues.append(Cue(word.start, word.end, f"to {self.home}"))
            elif word.text.lower() in INTO and index + 1 < len(self.words):
                target = self.words[index + 1]
                if _party(target) and "accs" in target.tags:
                    cues.append(Cue(word.start, target.end, f"to {_party(target)}"))
        if not cues:
            return None
        return min(cues, key=lambda cue: abs(cue.start - number.mention.start))

    def _stage(self, given: int | None) -> Reading | None:
        """'Перша частина обміну', 'третий этап': the stage; the stage given by the reviewer wins."""
        named = []
        for word, following in zip(self.words, self.words[1:], strict=False):
            value = next((ORDINALS[lemma] for lemma in word.lemmas if lemma in ORDINALS), None)
            if value is not None and following.has(*STAGES):
                quote = self.text[word.start : following.end]
                named.append(Reading(word.start, following.end, quote, "stage", value, "", 0.9))
        wanted = given if given is not None else max((r.value for r in named if isinstance(r.value, int)), default=None)
        return next((r for r in named if r.value == wanted), None)

    def _of_this_stage(self, count: Headcount, found: Slavic) -> bool:
        """A figure in a sentence naming another stage, or another day than the stage's, is a recap: left aside."""
        start, end = self._sentence(count.reading.start)
        for word, following in zip(self.words, self.words[1:], strict=False):
            if start <= word.start < end and following.has(*STAGES):
                value = next((ORDINALS[lemma] for lemma in word.lemmas if lemma in ORDINALS), None)
                if value is not None and found.stage is not None and value != found.stage.value:
                    self.assembly.aside(count.reading, f"about stage {value}, not this statement's stage")
                    return False
        dates = [n.mention for n in self.numbers if n.mention.form == "date" and start <= n.mention.start < end]
        day = found.day
        if (
            dates
            and (day is None or all(d.month_day != day.month_day for d in dates))
            and dates[0].start > (day.start if day else -1)
        ):
            self.assembly.aside(count.reading, f"about another day ({dates[0].quote}), a recap")
            return False
        return True

    def _day(self, dates: list[Mention], counts: list[Headcount]) -> Mention | None:
        """The stage's day: a date in the first sentence with a figure, or in the sentences before it."""
        if not counts:
            return None
        lead_end = self._sentence(counts[0].reading.start)[1]
        return next((d for d in dates if d.start < lead_end), None)

    def _headline_aside(self, counts: list[Headcount]) -> list[Headcount]:
        """A headline's figure is the body's rounded or added up: set aside when the body gives figures of its own."""
        first = self.sentences[0] if self.sentences else (0, 0)
        headline = "\n\n" in self.text[first[1] - 1 : first[1] + 2] and not self.text[
            first[0] : first[1]
        ].rstrip().endswith(".")
        body = [count for count in counts if count.reading.start >= first[1]]
        if not headline or not body:
            return counts
        for count in counts:
            if count.reading.start < first[1]:
                self.assembly.aside(count.reading, "a headline's figure; the body gives the statement's own")
        return body

    def _sentence(self, position: int) -> Range:
        index = bisect_right(self._starts, position) - 1
        return self.sentences[max(index, 0)] if self.sentences else (0, len(self.text))

    def _sentence_has(self, position: int, lemmas: frozenset[str]) -> bool:
        start, end = self._sentence(position)
        return any(start <= word.start < end and word.has(*lemmas) for word in self.words)


def _key(word: Word) -> str | None:
    return next((PEOPLE[lemma] for lemma in sorted(word.lemmas) if lemma in PEOPLE), None)


def _party(word: Word) -> str | None:
    if word.text.lower() in ARMED_FORCES:
        return UKRAINE
    return next((PARTY[lemma] for lemma in sorted(word.lemmas) if lemma in PARTY), None)


def _modifier(word: Word) -> bool:
    return any(tag in word.tags for tag in ("ADJF", "PRTF", "NPRO", "NUMR", "ADVB"))


def _aside(mention: Mention, reason: str) -> Reading:
    return Reading(mention.start, mention.end, mention.quote, None, reason=reason, mention=mention)
