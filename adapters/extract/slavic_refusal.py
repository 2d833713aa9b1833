"""Two questions a Ukrainian or Russian figure's clause answers about time and choice: does the count run since a
year ('с 2022 года'), and were its people refused for the exchange ('Киев не стал обменивать 70')?"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from adapters.extract.slavic_clause import REFUSING, refused
from adapters.extract.slavic_lexicon import RELATIVE
from adapters.extract.slavic_numbers import Number
from adapters.extract.slavic_recap import Recaps

_REFUSAL_WORDS = REFUSING | {"не"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_SINCE = frozenset(("з", "із", "зі", "с", "со", "від", "от"))


class TimeAndRefusal(Recaps):
    """Reads whether a figure counts since a year, and whether its people were refused for the swap."""

    def since_a_year(self, position: int, head: int) -> bool:
        """'з березня 2022 року', 'с 2022 года': a count since a year is one over the war, not this exchange's; a
        year between the number and the noun it counts describes those people ('146 утримуваних з 2022 року')."""
        indices = self.in_sentence(position)
        years = self._years
        for index in years[bisect_left(years, indices.start) : bisect_left(years, indices.stop)]:
            word = self.words[index]
            inside = position < word.start < head
            if not inside and not self._describes_them(position, index):
                before = {self.words[i].text.lower() for i in range(max(indices.start, index - 2), index)}
                if before & _SINCE:
                    return True
        return False

    @cached_property
    def _years(self) -> list[int]:
        """Where the text writes a year ('2022'), found once: every figure asks of its own sentence."""
        return [index for index, word in enumerate(self.words) if _YEAR.fullmatch(word.text)]

    def _describes_them(self, position: int, index: int) -> bool:
        """'восемь жителей, которых с февраля 2025 года удерживали': a year in a clause about the people counted
        says how long they were held, not that the count runs since then."""
        return any(
            not RELATIVE.isdisjoint(self.words[i].lemmas) for i in self.span(position + 1, self.words[index].start)
        )

    def refused(self, number: Number) -> bool:
        """Whether the number's clause, with the relative clause about its people ('70 солдат, которых ... отказалась
        менять'), says those people were refused for the exchange."""
        if not self.sentence_has(number.mention.start, _REFUSAL_WORDS):  # most sentences: one set test
            return False
        start, end = self.clause(number)
        inside = list(self.span(start, end))
        following = self.span(end, self.sentence(number.mention.start)[1])
        if len(following) > 1 and self.words[following[1]].has(*RELATIVE):
            inside += following
        return refused([self.words[i] for i in inside])
