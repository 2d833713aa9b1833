"""The stage and the day a Ukrainian or Russian statement reports: the stages it names by an ordinal, the one it is
about, and the day its lead or its figures' sentences name."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from adapters.extract.headcount import Headcount
from adapters.extract.numbers import Mention
from adapters.extract.reading import Reading
from adapters.extract.recaps import headline_end, recent
from adapters.extract.slavic_cues import Statement
from adapters.extract.slavic_lexicon import AGREEMENT, REACHED, STAGES
from adapters.extract.slavic_words import ordinal_of


class Stages(Statement):
    """Reads which stage and day a statement reports."""

    def stages(self) -> list[Reading]:
        """Every stage the text names by an ordinal and a stage noun: 'Перша частина обміну', 'третий этап'."""
        named = []
        for word, following in zip(self.words, self.words[1:], strict=False):
            value = ordinal_of(word)
            if value is not None and following.has(*STAGES):
                quote = self.text[word.start : following.end]
                named.append(Reading(word.start, following.end, quote, "stage", value, "", 0.9))
        return named

    def stage_of(self, named: list[Reading], given: int | None, counts: list[Headcount]) -> Reading | None:
        """The stage the statement reports: the one given, else the last named up to the first figure's sentence, or
        in a sentence that restates that figure ('Додому повернулися 200 ... першого етапу ... повернулися 200
        захисників'); a stage named only after it with figures of its own is an earlier one recalled."""
        if given is not None:
            return next((r for r in named if r.value == given), None)
        lead_end = self.sentence(counts[0].reading.start)[1] if counts else len(self.text)
        restating = self._restating(counts)
        before = [r for r in named if r.start < lead_end or self.sentence(r.start) in restating]
        return before[-1] if before else None

    def _restating(self, counts: list[Headcount]) -> set[tuple[int, int]]:
        """The sentences after the lead's that give its first figure again, with the same meaning."""
        if not counts:
            return set()
        first = counts[0].reading
        same = (c for c in counts[1:] if c.reading.key == first.key and c.reading.value == first.value)
        return {self.sentence(c.reading.start) for c in same}

    def names_a_stage(self, position: int) -> bool:
        inside = [self.words[i] for i in self.in_sentence(position)]
        return any(word.has(*STAGES) for word in inside) and any(ordinal_of(word) for word in inside)

    def lead_end(self, counts: list[Headcount]) -> int:
        """Where the lead ends: at the end of the first figure's sentence; when that figure is the headline's, at the
        end of the body's first sentence, which tells the day ('Сьогодні, 14 серпня, ...')."""
        if not counts:
            return len(self.text)
        end = self.sentence(counts[0].reading.start)[1]
        headline = headline_end(self.text)
        if headline is None or counts[0].reading.start >= headline:
            return end
        body = next((start for start, _ in self.sentences if start > headline and self.text[start:].strip()), None)
        return max(end, self.sentence(body)[1]) if body is not None else end

    def stage_day(
        self, dates: list[Mention], counts: list[Headcount], lead_end: int, published: date | None
    ) -> Mention | None:
        """The stage's day: a date up to the end of the first figure's sentence, else in a sentence with a figure."""
        if not counts:
            return None
        sentences = {self.sentence(count.reading.start) for count in counts}
        lead = next(
            (d for d in dates if d.start < lead_end and not self.agreed_on(d.start) and not self.earlier(d.start)), None
        )
        later = [
            d
            for d in dates
            if self.sentence(d.start) in sentences
            and recent(d, published)
            and not self.recalled(d.start)
            and not self.earlier(d.start)
            and not self.names_a_stage(d.start)
        ]
        return lead or next(iter(later), None)

    def agreed_on(self, position: int) -> bool:
        """'договорённости, достигнутые в Стамбуле 16 мая': a day named just after an agreement is the agreement's."""
        index = bisect_left(self._word_starts, position)
        return any(word.has(*AGREEMENT, *REACHED) for word in self.words[max(0, index - 5) : index])
