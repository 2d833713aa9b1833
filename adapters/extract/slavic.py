"""Reads a Ukrainian or Russian statement sentence by sentence: each number with the head noun after it (or the
label before it), and who received the people from the number's own sentence: the party named with the people,
a receiver in the dative after 'передали', a goal ('в Україну', 'домой'), or 'по N' in an exchange."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from adapters.extract.assemble import Assembly
from adapters.extract.bounds import bound_before
from adapters.extract.cues import EACH_SIDE, Cue, People
from adapters.extract.headcount import Headcount
from adapters.extract.numbers import Mention, completed
from adapters.extract.reading import (
    BODIES_BY_GROUP,
    BODIES_OF_THE_DEAD,
    EARLIER_EXCHANGE,
    OVER_THE_WAR,
    Reading,
)
from adapters.extract.recaps import headline_aside
from adapters.extract.slavic_cues import default_direction
from adapters.extract.slavic_days import dateline, today
from adapters.extract.slavic_evidence import NO_EVIDENCE, WHOLE, Evidence
from adapters.extract.slavic_heads import residents_among_civilians
from adapters.extract.slavic_lexicon import (
    BODIES,
    EXPECTED,
    HOLDING,
)
from adapters.extract.slavic_numbers import Number, year_like
from adapters.extract.slavic_scope import within
from adapters.extract.slavic_sums import both_sides_summed, sum_of_the_sides
from adapters.extract.slavic_time import stamped, took_place
from adapters.extract.stages import EarlierStage


@dataclass
class Slavic:
    """What a Ukrainian or Russian statement states: headcounts with their receivers, stage, terms and day."""

    counts: list[Headcount] = field(default_factory=list)
    stage: Reading | None = None
    terms: Reading | None = None
    day: Mention | None = None
    earlier: list[EarlierStage] = field(default_factory=list)
    """Earlier stages of the same exchange the statement reports on their own days."""


class SlavicReader(Evidence):
    """Reads one statement in `language` ('uk' or 'ru') into an Assembly's proposed and rejected numbers."""

    def __init__(self, text: str, language: str, assembly: Assembly, bodies: bool = False) -> None:
        super().__init__(text, language)
        self.bodies = bodies
        """Whether the statement speaks of the bodies of the dead alone: then those are its counts."""
        self.dates = [number.mention for number in self.numbers if number.mention.form == "date"]
        self.assembly = assembly

    def read(self, stage: int | None, published: date | None = None) -> Slavic:
        """Every figure of the statement, the others left aside with why."""
        named, found = self.stages(), Slavic()
        counts: list[Headcount] = []
        formulas: list[Reading] = []
        in_a_stage = within(named)
        for number in self.numbers:
            if number.mention.start < self._covered or in_a_stage(number.mention.start):
                continue
            reading = self._reading(number)
            if reading is None:
                continue
            self._covered = max(self._covered, reading.end)
            if reading.key is None:
                self.assembly.aside(reading, reading.reason)
            elif reading.key == "terms":
                formulas.append(reading)
            else:
                people = reading.people or People(reading.key, 0, 0, None, False)
                counts.append(self._headcount(number, reading, people))
                # '108 женщин – военнослужащих ВСУ', 'по два представителя ВМС и ГССТ'
                also_counted = [*self.apposed(number, reading.key), *self.distributed(number)[1:]]
                for also in also_counted:
                    counts.append(self._headcount(number, replace(reading, key=also.key, people=also), also))
        counts = both_sides_summed(headline_aside(self.text, counts, self.assembly), self.sentence, self.assembly)
        counts = [count for count in counts if not self._earlier(count)]
        dates = [completed(n.mention, published) for n in self.numbers if self._a_day(n.mention)]
        day = self.stage_day(dates, counts, self.lead_end(counts), published)
        found.day = self.latest_day(dates, counts, day, published) or self._today(counts, published)
        repeated = self.as_many(counts)  # 'Россия передала Украине такое же число военнослужащих'
        counts, found.earlier, named = self.earlier_stages(counts, dates, found.day, named)
        for group in [counts, *(each.counts for each in found.earlier)]:
            group.extend(copy for source, copy in repeated if any(source is count for count in group))
        found.stage = self.stage_of(named, stage, counts)
        lead = self.sentence(counts[0].reading.start) if counts else None
        kept = [count for count in counts if self._of_this_stage(count, found, lead)]
        if found.earlier:
            self.running_totals(kept)
        else:
            kept = self.tallies(kept, self.assembly)
        for each in found.earlier:
            default_direction(each.counts, self.home)
            each.counts = self.assembly.one_per_key(each.counts)
        default_direction(kept, self.home)
        found.terms = self.own_terms(formulas, found.day, self.assembly)
        found.terms, kept = self.agreed_terms(found.terms, kept)
        kept = self.singled_out_parts(kept, self.assembly)
        kept = sum_of_the_sides(kept, self.assembly)
        found.counts = residents_among_civilians(self.assembly.one_per_key(kept), self.assembly)
        if found.terms is not None and self.restates_the_day(found.terms, found.counts):
            self.assembly.aside(found.terms, "restates the figures of the day, not terms agreed for more")
            found.terms = None
        return found

    def _a_day(self, mention: Mention) -> bool:
        if mention.form != "date" or self.ends_a_span(mention) or stamped(self.text, mention):
            return False
        if dateline(self.text, mention):
            self.assembly.aside(mention, "a dateline: the day the story was filed, not the day of the stage")
            return False
        return True

    def _today(self, counts: list[Headcount], published: date | None) -> Mention | None:
        """'Сегодня', 'в среду' in the sentence of the first figure taken, else of another figure, else of one that
        says the exchange took place ('Обмен прошёл в пятницу'): the day of the publication, or the day it names."""
        if published is None or not counts:
            return None
        sentences = dict.fromkeys(self.sentence(count.reading.start) for count in counts)
        for sentence in [*sentences, *(s for s in self.sentences if self._exchange_took_place(s))]:
            found = today([self.words[i] for i in self.span(*sentence)], published)
            # 'Нагадаємо: у п'ятницю ... 390' recalls another day; 'Ранее сообщало, что в четверг' says the day
            if found is not None and not self.recalled(found.start) and not self.earlier(found.start):
                return found
        return None

    def _exchange_took_place(self, sentence: tuple[int, int]) -> bool:
        return took_place([self.words[i] for i in self.span(*sentence)])

    def _reading(self, number: Number) -> Reading | None:
        mention = number.mention
        if mention.form in ("date", "ordinal"):
            return None if mention.form == "date" else _aside(mention, self._ordinal(number))
        if mention.value is None:
            return _aside(mention, "a year")
        after_bodies = number.first > 0 and self.words[number.first - 1].has(*BODIES)  # 'тіла 563 загиблих'
        if after_bodies and not self.bodies:
            return _aside(mention, BODIES_OF_THE_DEAD)
        pair = self._pair(number)
        if pair is not None:
            return pair
        people, reason = self._people(number)
        # '2000 российских военнослужащих' counts people; '2022 року', '2023 – 2025' are years
        if year_like(mention) and (people is None or people.plain):
            return _aside(mention, "a year")
        if after_bodies:
            people = People("total", mention.start, mention.end, None, plain=False, bodies=True)
        if people is None:
            return _aside(mention, reason)
        if self.bodies and not people.bodies:
            return _aside(mention, BODIES_BY_GROUP)
        opening = self.span(self.sentence(mention.start)[0], mention.start).start  # a holding verb of its sentence
        if any(word.has(*HOLDING) for word in self.words[max(opening, number.first - 3) : number.first]):
            return _aside(mention, "a count of people held captive, not of people returned")
        if self.refused(number):  # 'Киев не стал обменивать 70 своих военнопленных'
            return _aside(mention, "a count of people refused for the exchange, not exchanged")
        if people.key in WHOLE and not self.evidenced(mention.start, mention.value):
            return _aside(mention, NO_EVIDENCE)
        whole_war = self._since_the_war(mention.start) or self.over_a_span(mention.start)
        if whole_war or self.since_a_year(mention.start, people.start):
            return _aside(mention, OVER_THE_WAR)
        key = "cumulative" if self.over_days(mention.start) else people.key
        reading = Reading(mention.start, mention.end, mention.quote, key, mention.value, "", 0.8, people, mention)
        bound = bound_before(self.text, mention.start, mention.value)
        planned = self.sentence_has(mention.start, EXPECTED) or self.planned_by_verb(number)
        added = people.key.startswith("subset:") and self.added_to_the_exchange(mention.start, people)
        return replace(reading, bound=bound, planned=planned, in_addition=added)

    def _headcount(self, number: Number, reading: Reading, people: People) -> Headcount:
        if people.party is not None:
            direction = people.party if people.party == EACH_SIDE else f"to {people.party}"
            return Headcount(
                reading, reading.key or "total", reading.confidence, direction, Cue(people.start, people.end, direction)
            )
        cue = self.cue(number)
        if cue is not None:
            return Headcount(reading, reading.key or "total", reading.confidence, cue.direction, cue)
        return Headcount(reading, reading.key or "total", reading.confidence - 0.1, f"to {self.home}", None)

    def _earlier(self, count: Headcount) -> bool:
        """A figure in a sentence set before the statement's time is set aside before the stage's day is chosen, so
        that neither it nor its day is taken for the stage's ('Раніше, 19 травня, повернулися 205 військових')."""
        if not self.earlier(count.reading.start):
            return False
        self.assembly.aside(count.reading, EARLIER_EXCHANGE)
        return True

    def _of_this_stage(self, count: Headcount, found: Slavic, lead: tuple[int, int] | None) -> bool:
        """A figure in a sentence naming another stage, or another day than the stage's, is a recap: left aside."""
        stage = found.stage.value if found.stage is not None else None
        reason = self.recap(count.reading.start, stage if isinstance(stage, int) else None, found.day)
        if reason is None and self.sentence(count.reading.start) != lead and self.yesterday(count.reading.start):
            reason = "about another day (the day before), a recap"
        if reason is not None:
            self.assembly.aside(count.reading, reason)
        return reason is None


def _aside(mention: Mention, reason: str) -> Reading:
    return Reading(mention.start, mention.end, mention.quote, None, reason=reason, mention=mention)
