"""What one Ukrainian or Russian word is to the reader: an ordinal, a head noun, a party, a unit, a place."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from adapters.extract.morphology import Word
from adapters.extract.slavic_lexicon import (
    ARMED_FORCES,
    PARTY,
    PEOPLE,
    PEOPLES,
    REGIONS,
    REPUBLICS,
    RESIDENTS,
    RUSSIA,
    UKRAINE,
    UNIT_NAMES,
    UNIT_NOUNS,
    UNITS,
)
from adapters.extract.slavic_numerals import ORDINALS

_ORDINAL_LEMMAS = frozenset(ORDINALS)
QUOTES = frozenset(("«", '"', "\u201c", "\u201e", "'"))
STAFF = frozenset(("сотрудник", "співробітник", "працівник", "работник"))
"""Nouns of staff, counted by the body named after them: 'сотрудников МВД', 'працівників МВС'."""
STAFF_BODIES: dict[str, str] = {"мвд": "subset:interior_ministry", "мвс": "subset:interior_ministry"}
"""The bodies whose staff make a group of their own, by their short names."""


def other_party(party: str) -> str:
    """The party across the line."""
    return RUSSIA if party == UKRAINE else UKRAINE


def ordinal_of(word: Word) -> int | None:
    if word.lemmas.isdisjoint(_ORDINAL_LEMMAS):  # most words: one set test
        return None
    return next((ORDINALS[lemma] for lemma in word.lemmas if lemma in ORDINALS), None)


def key_of(word: Word) -> str | None:
    found = _first_of(word.lemmas, PEOPLE_KEYS)
    return found if found is not None or "-" not in word.text else _compound_key(word.lemmas)


_WHOLE_KEYS = frozenset(("total", "service:military", "service:civilian"))


@lru_cache(maxsize=1024)
def _compound_key(lemmas: frozenset[str]) -> str | None:
    """The figure of a compound noun ('военнослужащих-срочников', 'жінок-військовослужбовиць'): of its parts, the one
    that names a group or a sex rather than everyone or a service, which it narrows."""
    keys = [PEOPLE[part] for lemma in sorted(lemmas) for part in lemma.split("-") if part in PEOPLE]
    return next((key for key in keys if key not in _WHOLE_KEYS), keys[0] if keys else None)


def party_of(word: Word) -> str | None:
    if word.text.lower() in ARMED_FORCES:
        return UKRAINE
    return _first_of(word.lemmas, PARTY_KEYS)


def forget() -> None:
    """Forget what each set of lemmas named, as on a fresh start."""
    _first_of.cache_clear()


PEOPLE_KEYS, PARTY_KEYS = "people", "party"
_TABLES = {PEOPLE_KEYS: PEOPLE, PARTY_KEYS: PARTY}


@lru_cache(maxsize=16384)
def _first_of(lemmas: frozenset[str], table: str) -> str | None:
    """What the first of a word's lemmas, in order, names in `table`: asked of every word of a sentence for every
    figure in it, and a text repeats its words, so each set of lemmas is looked up once."""
    found = _TABLES[table]
    return next((found[lemma] for lemma in sorted(lemmas) if lemma in found), None)


def is_modifier(word: Word) -> bool:
    return any(tag in word.tags for tag in ("ADJF", "PRTF", "NPRO", "NUMR", "ADVB"))


def staff_of(word: Word) -> str | None:
    """The group of the staff of the body a word names ('МВД', 'МВС'), if it names one."""
    return STAFF_BODIES.get(word.text.lower())


def unit_of(word: Word) -> str | None:
    """The branch a unit's name stands for ('ЗСУ', 'Нацгвардії', 'тероборони'), if it is one."""
    return UNITS.get(word.text.lower()) or next((UNITS[lemma] for lemma in word.lemmas if lemma in UNITS), None)


def romanized(name: str, language: str) -> str:
    """A name in Latin letters, lower case and letters only: a Ukrainian name by the national system ('волинь' is
    'volyn', 'луганськ' 'luhansk'), as the desk's keys and English reporting write them; a Russian one letter by
    letter ('белгород' is 'belgorod')."""
    if language == "uk":
        from translitua import translit  # imported on first use: most statements name no place

        latin = translit(name)
    else:
        latin = anyascii(name)
    return re.sub(r"[^a-z]+", "", latin.lower())


def place_after(found: list[Word], index: int, language: str = "ru") -> str | None:
    """The place named right after a noun, in the genitive and capitalised ('Маріуполя', '«Азовсталі»'), as a key."""
    while index < len(found) and found[index].text in QUOTES:
        index += 1
    if index >= len(found):
        return None
    place = found[index]
    if not place.text[:1].isupper() or "gent" not in place.tags or "NOUN" not in place.tags:
        return None
    if party_of(place) is not None:  # 'захисників України' says whose they are, not which place they held
        return None
    return romanized(place.lemma, language) or None


def named_unit(found: list[Word], index: int) -> str | None:
    """A unit named in quotes right after a count or its noun, as a group's key: 'полку «Азов»' and 'з «Азову»' are
    'subset:azov'. The quotes are what tell a unit's own name from a place or a party."""
    if index < len(found) and (found[index].has(*UNIT_NOUNS) or found[index].text.lower() in ("з", "із", "зі", "из")):
        index += 1
    if index + 1 >= len(found) or found[index].text not in QUOTES or not found[index + 1].text[:1].isupper():
        return None
    name = re.sub(r"[^a-z]+", "", anyascii(found[index + 1].lemma).lower())
    return f"subset:{name}" if name else None


def residents_of(found: list[Word], index: int, language: str = "ru") -> str | None:
    """'жителей Курской области', 'мешканців Сумської області' as a group's key, 'subset:kursk_residents': the
    region's adjective without its ending, transliterated."""
    region = found[index : index + 3]
    if len(region) < 3 or RESIDENTS.isdisjoint(region[0].lemmas) or REGIONS.isdisjoint(region[2].lemmas):
        return None
    stem = re.sub(r"(?:ий|ый|ой|ій|ої|ая|а)$", "", region[1].lemma.lower())
    name = romanized(stem, language)
    return f"subset:{name}_residents" if name else None


def republic_after(found: list[Word], index: int) -> str | None:
    """The republic named after fighters ('бойцов из ДНР', 'военнослужащих Народной милиции ЛНР', '12 бойцов Донецкой
    народной республики'), as a group's key: its name may follow 'из' and the genitive words of its force's name, up
    to four words on; spelled out, its adjective comes before 'народной'."""
    for at, word in enumerate(found[index : index + 4], start=index):
        following = found[at + 1] if at + 1 < len(found) else None
        named = REPUBLICS.get(word.text) or next(
            (REPUBLICS[lemma] for lemma in word.lemmas if lemma in REPUBLICS), None
        )
        if named is not None and (word.text.isupper() or (following is not None and following.has(*PEOPLES))):
            return f"subset:{named}_fighters"  # 'ДНР', or 'Донецкой народной республики' by its adjective
        if word.text.lower() not in ("з", "із", "из") and "gent" not in word.tags:
            return None
    return None


def unit_named(found: list[Word], index: int) -> str | None:
    """The branch a service's full name from `index` stands for: adjectives, then the noun they agree with
    ('Національної гвардії', 'Державної спеціальної служби транспорту')."""
    end = index
    while end < len(found) and found[end].tags.startswith("ADJF"):
        end += 1
    if end == index or end >= len(found) or "NOUN" not in found[end].tags:
        return None
    pairs = ((adjective, noun) for word in found[index:end] for adjective in word.lemmas for noun in found[end].lemmas)
    return next((UNIT_NAMES[pair] for pair in pairs if pair in UNIT_NAMES), None)
