"""Who is quoted in a Ukrainian or Russian statement: in a quotation, 'home' and 'our people' are the side of the
one quoted ('«Домой вернулись 84 наших защитника», — сообщил украинский омбудсмен'), not of the language's; so are
they in a sentence that reports what a side's speaker said ('Зеленский сообщил о возвращении домой 207 военных')."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from adapters.extract.morphology import Range, Word
from adapters.extract.slavic_clause import captor, is_subject
from adapters.extract.slavic_lexicon import INTO, RECEIVING, RUSSIA, UKRAINE
from adapters.extract.slavic_words import other_party, party_of

LEAD_SENTENCES = 3
"""How many sentences from the start may tell whose side the statement speaks for: the headline and the lead."""

_QUOTATION = re.compile(r"«[^«»]*»|„[^„“”]*[“”]|“[^“”]*”|\"[^\"\n]*\"")
_SAID_AFTER = re.compile(r"\s*,?\s*[-\u2013\u2014]\s*")
"""'», — сообщил ...': a dash after the quotation opens the words about who said it."""
_SAID_BEFORE = re.compile(r":\s*\Z")
"""'... заявило: «': a colon before the quotation closes the words about who said it."""
_SENTENCE_END = re.compile(r"[.!?\n]")
SPEAKER_WORDS = 4
"""How many words about who said a quotation name the speaker: '— сообщил украинский омбудсмен', '— заявили в
Минобороны России'; a party further on is another's ('— сообщил Лубинец в интервью российским СМИ')."""


def quoted_sides(text: str, words: list[Word]) -> list[tuple[Range, str]]:
    """Each quotation whose speaker is named with a party ('Министерство обороны Украины заявило: «...»'), with
    that party; a quotation whose speaker names no party is left out, so that it keeps the language's side."""
    starts = [word.start for word in words]
    found = []
    for quotation in _QUOTATION.finditer(text):
        speaker = _speaker(text, quotation.start(), quotation.end())
        if speaker is None:
            continue
        inside = words[bisect_left(starts, speaker[0]) : bisect_left(starts, speaker[1])][:SPEAKER_WORDS]
        party = next((side for word in inside if (side := party_of(word)) is not None), None)
        if party is not None:
            found.append(((quotation.start(), quotation.end()), party))
    return found


SAYING = frozenset(
    (
        "сообщить",
        "заявить",
        "написать",
        "рассказать",
        "отметить",
        "уточнить",
        "сказать",
        "повідомити",
        "заявити",
        "написати",
        "розповісти",
        "зазначити",
        "наголосити",
        "сказати",
    )
)
"""Verbs of saying: their subject is the speaker of what the sentence reports."""
OFFICIALS: dict[str, str] = {
    **dict.fromkeys(("зеленский", "зеленський", "лубинец", "лубінець", "буданов", "ермак", "єрмак"), UKRAINE),
    **dict.fromkeys(("москальков", "москалькова", "мединский", "мединський", "путин", "путін", "песков"), RUSSIA),
}
"""The officials who announce exchanges, by the lemma of their surname, and the side each speaks for."""
_OPENING_SAID = frozenset(("что", "що", "о", "об", "про", ":", "«", ","))
"""Where the words naming who spoke, after the verb of saying, end: what was said begins."""


def reported_sides(sentences: list[Range], words: list[Word]) -> list[tuple[Range, str]]:
    """Each sentence that reports what a side's speaker said, with that side: the subject of its verb of saying
    names a party ('Координационный штаб Украины сообщил', 'сообщили в Минобороны России') or an official who
    speaks for one ('Зеленский сообщил', 'как рассказал Лубинец')."""
    starts = [word.start for word in words]
    found = []
    for sentence in sentences:
        inside = words[bisect_left(starts, sentence[0]) : bisect_left(starts, sentence[1])]
        saying = (at for at, word in enumerate(inside) if not SAYING.isdisjoint(word.lemmas))  # one set test a word
        side = next((side for at in saying if (side := _said_by(inside, at)) is not None), None)
        if side is not None:
            found.append((sentence, side))
    return found


def _said_by(inside: list[Word], at: int) -> str | None:
    if SAYING.isdisjoint(inside[at].lemmas) or "VERB" not in inside[at].tags:
        return None
    before = []
    for word in reversed(inside[max(0, at - SPEAKER_WORDS) : at]):
        if word.text in (",", "»", "\u2014", "\u2013"):
            break
        before.append(word)
    after: list[Word] = []
    for word in inside[at + 1 : at + 1 + SPEAKER_WORDS]:
        # 'сообщили в Минобороны России' names the speaker in its first preposition's phrase; 'сообщил министр в
        # интервью украинским СМИ' goes on after the speaker with a phrase of its own
        if word.text.lower() in _OPENING_SAID or (after and word.tags.startswith("PREP")):
            break
        after.append(word)
    return next((side for word in [*before, *after] if (side := _side_of(word)) is not None), None)


def _side_of(word: Word) -> str | None:
    official = word.text[:1].isupper() and next((OFFICIALS[lemma] for lemma in word.lemmas if lemma in OFFICIALS), None)
    return official or party_of(word)


def _speaker(text: str, start: int, end: int) -> Range | None:
    """Where the words about who said a quotation are: after it past a dash, to the sentence's end; else before it,
    from the sentence's start to the colon."""
    after = _SAID_AFTER.match(text, end)
    if after is not None and after.end() > end:
        stop = _SENTENCE_END.search(text, after.end())
        return after.end(), stop.start() if stop else len(text)
    if _SAID_BEFORE.search(text, 0, start):
        opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
        return opening, start
    return None


def lead_side(lead: Iterable[list[Word]], home: str) -> str:
    """The side a statement speaks for: the side its lead brings people home to ('Украина освободила из плена РФ еще
    44 человека', 'Россия вернула из украинского плена 90 военнослужащих'), read from the first of the lead's
    sentences that says it; else `home`, the side of the statement's language. A Ukrainian outlet writing in Russian
    then reads its 'домой', 'наших' and 'мы' as Ukraine's."""
    for found in lead:
        side = _brought_home_to(found)
        if side is not None:
            return side
    return home


def _brought_home_to(found: list[Word]) -> str | None:
    """The side a sentence brings people home to: out of the other side's captivity ('из плена РФ'), into a party
    ('в Украину'), or a party that received them as the subject of its verb ('Россия вернула') with no receiver
    named in the dative."""
    receiving = any(word.has(*RECEIVING) for word in found)
    given_to = any("datv" in word.tags and party_of(word) for word in found)
    for index, word in enumerate(found):
        held_by = captor(found, index)
        if held_by is not None:
            return other_party(held_by)
        target = found[index + 1] if index + 1 < len(found) else None
        if word.text.lower() in INTO and target is not None and "accs" in target.tags and party_of(target):
            return party_of(target)
        party = party_of(word)
        if party and receiving and not given_to and is_subject(found, index):
            return party
    return None
