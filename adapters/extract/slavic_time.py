"""Two more pieces of a Ukrainian or Russian sentence's grammar: the time its opening sets for every clause ('В
августе ...', 'В тот же день ...'), and a second verb joined to the subject's first ('Россия передала Украине 1000
тел и получила 26'), which shares that subject but not the first verb's receiver."""

from __future__ import annotations

import re
from itertools import pairwise

from adapters.extract.morphology import Word
from adapters.extract.numbers import Mention
from adapters.extract.slavic_clause import DAYS, HANDING_OVER, given_by_subject, is_subject
from adapters.extract.slavic_lexicon import EXCHANGES, HOLDING, INTO, RECEIVING
from adapters.extract.slavic_numerals import MONTHS
from adapters.extract.slavic_words import party_of

JOINING = frozenset(("и", "і", "й", "та", "а"))
"""'и получила', 'і отримала': a second verb of the same subject."""
_SENDING = HANDING_OVER | HOLDING
OCCURRING = frozenset(("пройти", "проходить", "состояться", "відбутися", "відбуватися", "проходити"))
"""Verbs of an event taking place: 'обмен прошёл 29 июня', 'обмін відбувся напередодні'."""


def took_place(found: list[Word]) -> bool:
    """Whether a clause says when the exchange itself took place: the exchange in the nominative with a verb of
    taking place ('обмен прошёл накануне, 29 июня'), so that its day is the stage's, not the day the news was told."""
    named = any(word.has(*EXCHANGES) and "nomn" in word.tags for word in found)
    return named and any(word.has(*OCCURRING) and "VERB" in word.tags for word in found)


def same_day(opening: list[Word]) -> bool:
    """Whether a sentence opens with 'the same day' ('В тот же день', 'Того ж дня'), set on the day named before."""
    return any(w.text.lower() in ("же", "ж") for w in opening[:4]) and any(w.has(*DAYS) for w in opening[:4])


def opening_month(opening: list[Word]) -> tuple[int, Word, Word] | None:
    """The month a sentence opens in ('В августе Украина получила 1000 тел, а Россия — 19'), with its two words:
    every clause of the sentence, the elided ones too, shares that time."""
    for word, following in pairwise(opening[:3]):
        months = [MONTHS[lemma] for lemma in following.lemmas if lemma in MONTHS]
        if word.text.lower() in INTO and months:
            return months[0], word, following
    return None


def joined_predicate(found: list[Word], first: int, number: int) -> tuple[Word, str] | None:
    """Whom the verb nearest before a number sends its people to, when 'и' joins it to the sentence's subject: that
    subject's side when it receives, the other side when it hands over. The sentence's words run from index `first`
    to the number's at `number`; the receiver of the subject's first verb is not the second verb's."""
    at = next((i for i in range(number - 1, first, -1) if found[i].tags.startswith("VERB")), None)
    if at is None or found[at - 1].text.lower() not in JOINING:
        return None
    subject = next((p for i in range(first, at) if (p := party_of(found[i])) and is_subject(found, i)), None)
    verb = found[at]
    receiving = verb.has(*RECEIVING) and not verb.has(*HANDING_OVER)
    side = given_by_subject(subject, receiving, verb.has(*_SENDING)) if subject else None
    return (verb, side) if side else None


_STAMP = re.compile(r"\s*(?:,?\s*\d{1,2}:\d{2})?\s*")
_CLOCK = re.compile(r",?\s*\d{1,2}:\d{2}\b")


def stamped(text: str, mention: Mention) -> bool:
    """Whether a date stands alone on its line ('8 листопада 2024'), or is followed by the time of day wherever it
    stands ('8 марта 2023, 16:25'): the page's own stamp of when it was written, not the day of the exchange."""
    if _CLOCK.match(text, mention.end):  # '1 февраля 2024, 02:09 – ИА Регнум': a time of day stamps the page
        return True
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    line = text[start : end if end >= 0 else len(text)]
    return _STAMP.fullmatch(line.replace(mention.quote, "", 1)) is not None
