"""Why a figure of a Ukrainian or Russian statement recaps another stage, day or exchange than the statement's own:
recalled ('нагадаємо'), summed up ('тем самым'), in a sentence naming another stage, month or day, or set 'then'
('Тоді', 'Тогда') after a sentence about the exchange before."""

from __future__ import annotations

from adapters.extract.numbers import Mention
from adapters.extract.reading import EARLIER_EXCHANGE
from adapters.extract.slavic_lexicon import STAGES, SUMMING_UP
from adapters.extract.slavic_stages import Stages
from adapters.extract.slavic_time import opening_month, same_day
from adapters.extract.slavic_words import ordinal_of

YESTERDAY = frozenset(("вчора", "вчера", "накануне", "напередодні"))
THEN = frozenset(("тоді", "тогда"))
"""A sentence opening 'then' is set at the time of the sentence before it."""


class Recaps(Stages):
    """Reads whether a figure's sentence recaps another stage, day or exchange."""

    def yesterday(self, position: int) -> bool:
        """Whether the sentence holding `position` is set on the day before ('Вчора', 'Накануне'): after the lead's
        sentence, its figures are another day's."""
        return self.sentence_has(position, YESTERDAY)

    def recap(self, position: int, stage: int | None, day: Mention | None) -> str | None:
        """Why the figure at `position` recaps another stage or day than the statement's, or None when it does not:
        recalled, about the previous exchange, summed up, in a sentence naming another stage or another day."""
        start, end = self.sentence(position)
        opening = [self.words[i] for i in self.span(start, end)[:4]]
        if start > 0 and same_day(opening):  # 'В тот же день': the day the sentence before it named
            before = self.recap(start - 1, stage, day)
            if before is not None:
                return before
        if start > 0 and opening and opening[0].text.lower() in THEN and self._another_exchange(start - 1):
            return EARLIER_EXCHANGE  # 'Попередній обмін відбувся 6 липня. Тоді Україна повернула 45'
        if self.recalled(position):
            return "a recap: the text recalls it ('нагадаємо', 'напомним')"
        if self._another_exchange(position):
            return EARLIER_EXCHANGE
        if SUMMING_UP.match(self.text, start):
            return "a recap: the text sums up the exchange so far ('тем самым')"
        if self.sentence_has(position, STAGES):
            inside = [self.words[i] for i in self.span(start, end)]
            other = next((v for w in inside if (v := ordinal_of(w)) is not None and v != stage), None)
            if other is not None:
                return f"about stage {other}, not this statement's stage"
        month = opening_month(opening)
        if month is not None and _month_of(day) not in (None, month[0]):
            return f"about another month ({self.text[month[1].start : month[2].end]}), a recap"
        named = [d for d in self.written_dates() if start <= d.start < end]
        other_day = named and all(d.month_day != (day.month_day if day else None) for d in named)
        if other_day and (day is None or named[0].start > day.start):
            return f"about another day ({named[0].quote}), a recap"
        return None


def _month_of(day: Mention | None) -> int | None:
    if day is None:
        return None
    if day.when is not None:
        return day.when.month
    return day.month_day[0] if day.month_day else None
