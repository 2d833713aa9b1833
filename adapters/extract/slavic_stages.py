"""The stage and the day a Ukrainian or Russian statement reports: the stages it names by an ordinal, the one it is
about, and the day its lead or its figures' sentences name."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date

from adapters.extract.headcount import Headcount
from adapters.extract.numbers import Mention
from adapters.extract.reading import Reading
from adapters.extract.recaps import headline_end, recent
from adapters.extract.slavic_cues import Receivers
from adapters.extract.slavic_lexicon import (
    AGREEMENT,
    EXCHANGES,
    IN_ALL,
    PREVIOUS,
    REACHED,
    STAGES,
)
from adapters.extract.slavic_scope import in_a_relative_clause
from adapters.extract.slavic_time import took_place
from adapters.extract.slavic_words import ordinal_of
from adapters.extract.stages import EARLIER_STAGE_DAYS, EarlierStage, within_days

SPAN_END = frozenset(("по", "до"))
"""'с 23 по 25 мая', 'до 25 травня': a date closing a span of days, not the day of one stage."""


class Stages(Receivers):
    """Reads which stage and day a statement reports."""

    _written_dates: list[Mention] | None = None

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
        return lead or next(iter(later), None) or self._took_place_on(dates, published)

    def _took_place_on(self, dates: list[Mention], published: date | None) -> Mention | None:
        """The day a clause says the exchange itself took place ('обмен прошёл накануне, 29 июня')."""
        for day in dates:
            start, end = self.sentence(day.start)
            found = [self.words[i] for i in self.span(start, end)]
            cuts = [word.start for word in found if word.text == ";"]  # 'сообщил 30 июня; обмен прошёл 29 июня'
            low = max((cut for cut in cuts if cut < day.start), default=start)
            high = min((cut for cut in cuts if cut > day.start), default=end)
            # 'Обмен прошёл 12 октября' in a report days later: its own day, unless a previous exchange's or ahead
            ahead = published is not None and day.when is not None and day.when > published
            usable = not (ahead or self._another_exchange(day.start) or self.recalled(day.start))
            usable = usable and not self.earlier(day.start)
            clause = [w for w in found if low <= w.start < high]
            dated = took_place(clause) and not in_a_relative_clause(clause, day.start)
            if usable and not self.agreed_on(day.start) and dated:
                return day
        return None

    def agreed_on(self, position: int) -> bool:
        """'договорённости, достигнутые в Стамбуле 16 мая': a day named just after an agreement is the agreement's."""
        index = bisect_left(self._word_starts, position)
        return any(word.has(*AGREEMENT, *REACHED) for word in self.words[max(0, index - 5) : index])

    def written_dates(self) -> list[Mention]:
        """Every date as written, without the year a publication would give it."""
        if self._written_dates is None:
            self._written_dates = [number.mention for number in self.numbers if number.mention.form == "date"]
        return self._written_dates

    def ends_a_span(self, mention: Mention) -> bool:
        """Whether a date closes a span of days ('с 23 по 25 мая'), so that it is no one stage's day."""
        index = bisect_left(self._word_starts, mention.start)
        return index > 0 and self.words[index - 1].text.lower() in SPAN_END

    def latest_day(
        self, dates: list[Mention], counts: list[Headcount], day: Mention | None, published: date | None
    ) -> Mention | None:
        """The statement's own day: the latest day named with figures a few days after the lead's, up to the
        publication ('23 мая ... 270; 24 мая ... ещё 307' reports 24 May, and 23 May is an earlier stage)."""
        if day is None or day.when is None:
            return day
        latest, by_sentence = day, self._by_sentence(dates)
        with_figures = {self.sentence(count.reading.start) for count in counts}
        for sentence, named in by_sentence.items():
            if sentence not in with_figures or self._another_exchange(sentence[0]):
                continue
            for mention in named:
                later = mention.when is not None and latest.when is not None and mention.when > latest.when
                if later and within_days(day.when, mention.when, published):
                    latest = mention
        return latest

    def earlier_stages(
        self, counts: list[Headcount], dates: list[Mention], day: Mention | None, named: list[Reading]
    ) -> tuple[list[Headcount], list[EarlierStage], list[Reading]]:
        """The counts of the statement's own stage, each earlier stage of the same exchange with the counts whose
        sentence names its day (and the stage its sentence names), and the named stages left to the statement's."""
        if day is None or day.when is None:
            return counts, [], named
        kept: list[Headcount] = []
        earlier: dict[object, EarlierStage] = {}
        by_sentence = self._by_sentence(dates)
        for count in counts:
            other = self._earlier_day(count, by_sentence.get(self.sentence(count.reading.start), []), day)
            if other is None:
                kept.append(count)
            else:
                earlier.setdefault(other.when, EarlierStage(other)).counts.append(count)
        stages = sorted(earlier.values(), key=lambda stage: stage.day.start)
        left = []
        for reading in named:
            sentence = self.sentence(reading.start)
            owner = next((s for s in stages if any(self.sentence(c.reading.start) == sentence for c in s.counts)), None)
            if owner is None:
                left.append(reading)
            elif isinstance(reading.value, int):
                owner.stage = reading.value
        return kept, stages, left

    def running_totals(self, counts: list[Headcount]) -> None:
        """Beside earlier stages, a total said in all ('Всего вернулись 577 человек') counts every stage so far."""
        for count in counts:
            start, _ = self.sentence(count.reading.start)
            before = (self.words[i] for i in self.span(start, count.reading.start))
            if count.key == "total" and any(word.text.lower() in IN_ALL for word in before):
                count.key = "cumulative"

    def _earlier_day(self, count: Headcount, named: list[Mention], day: Mention) -> Mention | None:
        if not named or day.when is None or any(d.when == day.when for d in named):
            return None
        if self._another_exchange(count.reading.start) or self.recalled(count.reading.start):
            return None
        first = named[0].when
        return named[0] if first is not None and 1 <= (day.when - first).days <= EARLIER_STAGE_DAYS else None

    def _by_sentence(self, dates: list[Mention]) -> dict[tuple[int, int], list[Mention]]:
        """The days named in each sentence, read once rather than for every figure."""
        found: dict[tuple[int, int], list[Mention]] = {}
        for mention in dates:
            if mention.when is not None:
                found.setdefault(self.sentence(mention.start), []).append(mention)
        return found

    def _another_exchange(self, position: int) -> bool:
        """'Предыдущий обмен состоялся 22 мая': a sentence about the exchange before this one."""
        return self.sentence_has(position, PREVIOUS) and self.sentence_has(position, EXCHANGES)
