"""Reads each number in its context: a headcount and whom it counts, a stage, the terms, or why it is none."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from adapters.extract.ages import year_or_age
from adapters.extract.bounds import bound_before, bound_shared
from adapters.extract.cues import People, people_after, people_before
from adapters.extract.layout import Layout
from adapters.extract.lexicon import HELD, HELD_AFTER, RETURN_OR_EXCHANGE, RETURN_VERBS, STAGE_NOUNS, STAYED
from adapters.extract.model import Bound
from adapters.extract.numbers import Mention
from adapters.extract.other_time import of_another_time, over_the_war, speaks_of_stages
from adapters.extract.tense import expected

ORDINAL_OF_EXCHANGE = "the ordinal of an exchange, not a stage of this one"
EARLIER_EXCHANGE = "about an earlier exchange, not this one"
OVER_THE_WAR = "a count over the whole war, not this exchange"
HELD_CAPTIVE = "a count of people held captive, not of people returned"
NO_RETURN = "tells of no return or exchange in its sentence, so it is not shown to be this stage's count"
"""Reasons for leaving a number aside that still say something worth a note beside the claim."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading of the text: a figure taken (key and value) or a number left aside (reason)."""

    start: int
    end: int
    quote: str
    key: str | None
    value: int | str | None = None
    reason: str = ""
    confidence: float = 0.0
    people: People | None = None
    mention: Mention | None = None
    bound: Bound | None = None
    planned: bool = False
    in_addition: bool = False


_EARLIER = re.compile(r"\b(?:previous|prior|earlier)\s+(?:[a-z]+\s+)?(?:one|exchange|swap|stage|round|part)\b", re.I)
_IN_ALL = re.compile(r"\bin\s+(?:all|total)\s*,?\s+(?:[A-Za-z']+\s+){0,3}$", re.I)
"""'In all, Ukraine got 10 prisoners of war back': the count that sums up the parts named before it."""
_IN_ADDITION = re.compile(
    r"\b(?:in\s+addition|additionally|besides|separately|outside\s+(?:of\s+)?(?:the\s+)?exchange|goodwill\s+gesture"
    r"|gesture\s+of\s+goodwill|on\s+top\s+of|plus)\b",
    re.I,
)
"""Words that add a group on top of the exchange's count: 'freed 22 more severely wounded as a goodwill gesture',
'plus 12 wounded servicemen'."""
_AGREED_AFTER = re.compile(r"\s+(?:\w+\s+)?agreed(?:\s+(?:up)?on)?\b(?!\s+to\b)", re.I)
_AGREED_BEFORE = re.compile(r"\bthe\s+agreed\s+$", re.I)
"""'out of the thousand agreed', 'the agreed 1,000': the number the terms set, not a count of people returned."""
_EXCHANGES_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:exchanges|swaps)\b", re.I)
"""'24 prisoner exchanges', '60 exchanges': a count of exchanges, not of people."""
_COMPARED = re.compile(r"\s+(?:more|fewer|less)\s+(?:\w+\s+){0,3}than\b", re.I)
_BODIES = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?$", re.I)
_BODIES_AFTER = re.compile(r"\s+(?:(?:frozen|dead|fallen|more)\s+)?(?:bodies|remains)\b", re.I)
"""'909 bodies', '1212 frozen bodies'; not 'ten state bodies', which are institutions."""
_AND_CIVILIANS = re.compile(r"\s+and\s+civilians\b", re.I)
_ARE_ALL_OF_ONE_SEX = re.compile(r"(?:\s+[\w'-]+){0,6}?\s+(?:are|were)\s+(?:all\s+)?(men|women)\b", re.I)
"""'All 303 returned today are men', 'all 307 freed defenders are men': everyone counted is of one sex."""
BODIES_OF_THE_DEAD = "counts the bodies of the dead, not people returned"
BODIES_BY_GROUP = "a count of the dead by service or group, in a statement about bodies: write it by hand if it matters"
"""Why a number is left aside in a statement about bodies (beside living people), or within one (a part of them)."""
_VERB_AFTER = re.compile(rf"\s+(?:more\s+)?(?:{RETURN_VERBS})\b", re.I)
_VERB_BEFORE = re.compile(
    r"\b(?:returned|brought\s+(?:back|home)|freed|released|received|got\s+back|a\s+total\s+of|exchanged"
    r"|welcome[sd]?\s+(?:back|home)|secured\s+the\s+(?:return|release)\s+of)\s+(?:exactly\s+|another\s+|a\s+further\s+)?$",
    re.I,
)
_CUMULATIVE = re.compile(
    r"\bin\s+(?:these|the|those|the\s+past|the\s+last)\s+(?!coming\b|next\b)\w+\s+days\b"
    r"|\bover\s+(?:the\s+)?(?:past\s+|last\s+)?(?!coming\b|next\b)\w+\s+days\b"
    r"|\bin\s+\w+\s+days\b|\bso\s+far\b|\bto\s+date\b|\baltogether\b|\b(?:over|in|across)\s+(?:the\s+)?(?:\w+\s+)?stages\b",
    re.I,
)
_CUMULATIVE_BEFORE = re.compile(
    r"\bbringing\s+(?:(?:the\s+)?(?:total|number)\s+)?(?:\w+\s+)?to\s+$|\bnow\s+(?:stands?|stood)\s+at\s+$", re.I
)


_PARTITIVE_PREDICATE = re.compile(
    r"\s+of\s+(?:them|whom|those|these|the)\b[^.;:!?\d(),]{0,50}?\s+(?:are|were|is|was|(?:had|have|has)\s+been)\s+(?=\S)",
    re.I,
)
"""'Five of the soldiers exchanged had been wounded', '12 of the men freed were officers': a part of the people
counted, named by what its clause says they are or had been; never across a bracket or a comma, where another
figure's clause begins ('(two of them Territorial Defence fighters), two are National Police officers')."""
_STAGE_BEFORE = re.compile(rf"\b(?:{STAGE_NOUNS})\s+(?:No\.?\s*|number\s+)?$", re.I)
_RESTATED = re.compile(r"\d\s*\(\s*$")
_BASE_BEFORE = re.compile(r"\b(?:among|of|out\s+of)\s+the\s+$", re.I)
_ON_EACH_SIDE = re.compile(r"\s+(?:on|from|for)\s+(?:each|either|both)\s+sides?\b", re.I)
_EACH_AFTER = re.compile(r"(?:\s+\w+)?\s+each\b", re.I)
_NOT_NOUNS = frozenset(
    ("of", "and", "or", "the", "to", "in", "on", "at", "for", "a", "an", "is", "was", "had", "has", "have", "were")
)


class Reader:
    """Reads the numbers of one statement, using its layout to find each number's sentence and clause."""

    def __init__(self, text: str, layout: Layout, bodies: bool = False, published: date | None = None) -> None:
        self.text = text
        self.layout = layout
        self.bodies = bodies
        """Whether the statement speaks of the bodies of the dead alone: then those are its counts."""
        self.published = published
        self.staged = speaks_of_stages(text)

    def read(self, mention: Mention) -> Reading:
        """A number's reading: a stage, the terms, a headcount with whom it counts, or why it is none."""
        if mention.form in ("time", "decimal", "phone", "ordinal"):
            return self._aside(mention, _FORM_REASONS[mention.form])
        if _RESTATED.search(self.text, max(0, mention.start - 12), mention.start):
            return self._aside(mention, "the number before it, written again")
        if self.layout.is_furniture(mention.start):
            return self._aside(mention, "page furniture, not part of the statement")
        if _STAGE_BEFORE.search(self.text, max(0, mention.start - 20), mention.start):
            return self._taken(mention, "stage", 0.95, None)
        return self._count(mention)

    def agreed_each(self, mention: Mention) -> Reading | None:
        """'agreed to exchange 1,000 prisoners each': the terms, when the clause speaks of an agreement."""
        each = _EACH_AFTER.match(self.text, mention.end)
        start, end = self.layout.clause(mention.start)
        if each is None or not re.search(r"\bagree", self.text[start:end], re.I):
            return None
        quote = self.text[mention.start : each.end()]
        return Reading(mention.start, each.end(), quote, "terms", mention.value, confidence=0.85, mention=mention)

    def _count(self, mention: Mention) -> Reading:
        text, start = self.text, mention.start
        before = text[max(0, start - 30) : start]
        not_a_count = year_or_age(text, mention)
        if not_a_count is not None:
            return self._aside(mention, not_a_count)
        if mention.form == "words" and mention.value == 1 and re.match(r"\s+of\b", text[mention.end :]):
            return self._aside(mention, "'one of' singles out someone; it does not count people")
        if _AGREED_AFTER.match(text, mention.end) or _AGREED_BEFORE.search(before):
            return self._aside(mention, "the number agreed, not people who came back")
        if _COMPARED.match(text, mention.end):
            return self._aside(mention, "a difference between two counts, not a count of people returned")
        if HELD.search(before) or HELD_AFTER.match(text, mention.end):
            return self._aside(mention, HELD_CAPTIVE)
        people, confidence = self._people(mention)
        if _BODIES.search(before) or (people is None and _BODIES_AFTER.match(text, mention.end)):
            if not self.bodies:
                return self._aside(mention, BODIES_OF_THE_DEAD)
            people, confidence = People("total", mention.start, mention.end, None, plain=False, bodies=True), 0.8
        tally = people is None and _EXCHANGES_AFTER.match(text, mention.end) is not None
        if tally and any(over_the_war(part) for part in self._scope(mention)):
            return self._aside(mention, OVER_THE_WAR)  # '60 exchanges since the war began': a tally all the same
        if people is None:
            return self._aside(mention, self._not_people(mention))
        if self.bodies and not people.bodies:
            return self._aside(mention, BODIES_BY_GROUP)
        return self._in_context(mention, self._everyone_or_one_sex(mention, people), confidence)

    def _everyone_or_one_sex(self, mention: Mention, people: People) -> People:
        """'More than 200 soldiers and civilians' counts everyone."""
        if people.key == "service:military" and _AND_CIVILIANS.match(self.text, people.end):
            return replace(people, key="total")
        return people

    def of_one_sex(self, reading: Reading) -> Reading | None:
        """'All 307 freed defenders are men', 'all 303 returned today are men': the same count is also the men's,
        as the text says all of them are; the count keeps the key its noun gives it."""
        if reading.key not in ("total", "service:military", "service:civilian") or reading.planned:
            return None
        if not re.search(r"\ball\s+$", self.text[max(0, reading.start - 5) : reading.start], re.I):
            return None
        sex = _ARE_ALL_OF_ONE_SEX.match(self.text, reading.end, self.layout.sentence(reading.start)[1])
        return None if sex is None else replace(reading, key=f"sex:{sex[1].lower()}")

    def _people(self, mention: Mention) -> tuple[People | None, float]:
        predicate = _PARTITIVE_PREDICATE.match(self.text, mention.end)
        named = people_after(self.text, predicate.end()) if predicate else None
        if named is not None:  # 'Five of the soldiers exchanged on Thursday had been wounded': the predicate names them
            return replace(named, plain=False), 0.85
        # '43 of the 95 belong to the Azov Regiment': the 95 is the group the 43 are drawn from, named again
        back = re.search(r"\d\s+of\s+the\s+$", self.text[max(0, mention.start - 20) : mention.start])
        after = None if back else people_after(self.text, mention.end)
        if after is not None:
            return after, 0.95 if after.plain else 0.9
        label = people_before(self.text, mention.start)
        if label is not None:
            return label, 0.9
        window = self.text[max(0, mention.start - 50) : mention.start]
        if _BASE_BEFORE.search(window) and not re.match(r"\s*(?:of|per)\b", self.text[mention.end :]):
            return People("total", mention.start, mention.end, None, plain=False), 0.8
        if _ON_EACH_SIDE.match(self.text, mention.end):  # '214 people in all, 107 on each side'
            return People("total", mention.start, mention.end, None, plain=False), 0.8
        if _CUMULATIVE_BEFORE.search(window):
            return People("total", mention.start, mention.end, None, plain=False), 0.8
        if _VERB_AFTER.match(self.text, mention.end) or _VERB_BEFORE.search(window):
            return People("total", mention.start, mention.end, None, plain=False), 0.7
        return None, 0.0

    def _scope(self, mention: Mention) -> list[str]:
        return [self.text[start:end] for start, end in self.layout.scope(mention.start)]

    def _in_context(self, mention: Mention, people: People, confidence: float) -> Reading:
        scope = self._scope(mention)
        clause = scope[-1]
        planned = expected(self.text, self.layout, mention.end, clause)
        opening = self.text[self.layout.sentence(mention.start)[0] : mention.start]
        earlier = _EARLIER.search(opening) or of_another_time(opening, self.published)
        if earlier or self.layout.in_background(mention.start):
            return self._aside(mention, EARLIER_EXCHANGE)
        if any(over_the_war(part) for part in scope):
            return self._aside(mention, OVER_THE_WAR)
        if STAYED.search(clause):
            return self._aside(mention, "people who stayed, not people who came back")
        key = people.key
        sentence = self.text[slice(*self.layout.sentence(mention.start))]
        base = _BASE_BEFORE.search(self.text, max(0, mention.start - 20), mention.start)  # 'Among the 84 are...'
        labelled = people.start < mention.start  # 'Total: 390' names what it counts as a label
        if key == "total" and not (base or labelled) and not RETURN_OR_EXCHANGE.search(sentence):
            return self._aside(mention, NO_RETURN)
        running = _CUMULATIVE_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
        if running or any(_CUMULATIVE.search(part) for part in scope):
            if not self.staged:
                return self._aside(mention, OVER_THE_WAR)
            if key != "total":
                return self._aside(mention, "a running count of a part; a dossier keeps running totals only")
            key = "cumulative"
        if self.layout.in_headline(mention.start):
            confidence -= 0.1
        if _IN_ALL.search(self.text, max(0, mention.start - 40), mention.start):
            confidence += 0.04
        if opening.count("(") > opening.count(")"):  # '(28 people)' qualifies the words before it
            confidence -= 0.2
        taken = self._taken(mention, key, confidence, people)
        value = mention.value or 0
        bound = bound_before(self.text, mention.start, value) or bound_shared(self.text, mention.start, value)
        added = key.startswith("subset:") and _IN_ADDITION.search(sentence) is not None
        return replace(taken, bound=bound, planned=planned, in_addition=added, confidence=confidence - 0.1 * planned)

    def _not_people(self, mention: Mention) -> str:
        following = re.match(r"[\s-]*([A-Za-z]+)", self.text[mention.end : mention.end + 40])
        if following and following[1].lower() not in _NOT_NOUNS:
            return f"counts {following[1]}, not people"
        words = " ".join(self.text[mention.start : mention.end + 40].split()[:4])
        return f"not followed by whom it counts ({words!r})"

    def _aside(self, mention: Mention, reason: str) -> Reading:
        return Reading(mention.start, mention.end, mention.quote, None, reason=reason, mention=mention)

    def _taken(self, mention: Mention, key: str, confidence: float, people: People | None) -> Reading:
        return Reading(mention.start, mention.end, mention.quote, key, mention.value, "", confidence, people, mention)


_FORM_REASONS = {
    "time": "a time of day",
    "decimal": "not a whole count (a decimal or a percentage)",
    "phone": "a telephone number",
    "ordinal": "an ordinal, not a count",
}
