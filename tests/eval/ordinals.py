"""An exchange's ordinals in a text ('the 58th exchange', 'the fifth prisoner swap', '48-й обмін', 'первый обмен'),
read apart from the extractor so that the labelling convention is not checked by the reading it scores."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import pymorphy3
from number_parser import parse_number, parse_ordinal

TOKEN = re.compile(r"\d+(?:st|nd|rd|th)\b|\d+\s?-\s?[^\W\d]+|[^\W\d]+(?:['’][^\W\d]+)?|\d+|[^\w\s]", re.IGNORECASE)
REACH = 3
"""How many words may stand between an ordinal and the exchange it numbers: 'the first large prisoner exchange'."""
EXCHANGE = {"exchange", "exchanges", "swap", "swaps", "обмін", "обмен"}
STAGE = {
    *("stage", "day", "part", "phase", "round", "group", "wave"),
    *("етап", "день", "частина", "раунд", "група", "хвиля"),
    *("этап", "часть", "группа", "волна"),
}
"""Words after which an ordinal numbers a stage, a day or a round of talks, which are not the exchange's ordinal."""
LINKS = {
    *("of", "in", "on", "at", "after", "since", "for", "to", "with", "between", "and", "or", "but", "than", "from"),
    *("by", "the", "a", "an", "this", "that", "its", "their"),
}
"""English words that end the phrase an ordinal opens: 'the first emotions after the exchange' or 'the minister first
mentioned the swap' number no exchange."""
SLAVIC_ORDINALS = {
    "uk": (
        "перший другий третій четвертий п'ятий шостий сьомий восьмий дев'ятий десятий одинадцятий дванадцятий "
        "тринадцятий чотирнадцятий п'ятнадцятий шістнадцятий сімнадцятий вісімнадцятий дев'ятнадцятий двадцятий"
    ),
    "ru": (
        "первый второй третий четвертый пятый шестой седьмой восьмой девятый десятый одиннадцатый двенадцатый "
        "тринадцатый четырнадцатый пятнадцатый шестнадцатый семнадцатый восемнадцатый девятнадцатый двадцатый"
    ),
}
"""The dictionary forms of the first twenty ordinals; pymorphy3 brings every inflected form to one of them."""


def exchange_ordinals(text: str, language: str) -> Iterator[tuple[int, str]]:
    """Each ordinal that numbers an exchange in `text`, with the words that say so."""
    words = [match.group(0) for match in TOKEN.finditer(text)]
    for index, word in enumerate(words):
        value = ordinal(word, language)
        if value is None:
            continue
        for ahead in range(index + 1, min(index + 1 + REACH + 1, len(words))):
            lemma = _lemma(words[ahead], language)
            if not words[ahead][0].isalpha() or lemma in STAGE or _links(words[ahead], language):
                break
            if lemma not in EXCHANGE and _agreeing_noun(word, words[ahead], language):
                break  # 'первые фотографии очередного обмена': the ordinal counts the photographs
            if lemma in EXCHANGE:
                yield value, " ".join(words[index : ahead + 1])
                break


def ordinal(word: str, language: str) -> int | None:
    """The number an ordinal word or figure says ('58th', '68-го', 'fifth', 'шостого'), else None."""
    figure = re.fullmatch(r"(\d+)(?:st|nd|rd|th|\s?-\s?[^\W\d]+)", word, re.IGNORECASE)
    if figure:
        return int(figure.group(1))
    if language == "en":
        return _english_ordinal(word.lower()) if re.fullmatch(r"[a-z]+(?:st|nd|rd|th)", word.lower()) else None
    lemmas = _slavic_lemmas(word.lower().replace("’", "'"), language)
    table = SLAVIC_ORDINALS[language].split()
    return next((table.index(lemma) + 1 for lemma in lemmas if lemma in table), None)


@cache
def _english_ordinal(word: str) -> int | None:
    # number-parser reads 'thousand' as an ordinal too: a cardinal is not one.
    return None if parse_number(word) is not None else parse_ordinal(word)


def _links(word: str, language: str) -> bool:
    if language == "en":
        return word.lower() in LINKS
    return any({"PREP", "CONJ"} & parse.tag.grammemes for parse in _analyser(language).parse(word.lower()))


def _agreeing_noun(ordinal_word: str, word: str, language: str) -> bool:
    # A Slavic ordinal agrees in case and number with the noun it numbers: 'первые фотографии' are photographs, while
    # 'перший цього року обмін' reaches past a year in another case. English nouns do not say ('the first prisoner
    # exchange'), so only Slavic nouns end the reach.
    if language == "en":
        return False
    analyser = _analyser(language)
    ordinal_parses = analyser.parse(ordinal_word.lower())
    forms = {(p.tag.case, p.tag.number) for p in ordinal_parses if p.tag.case not in (None, "voct")}
    return any("NOUN" in p.tag and (p.tag.case, p.tag.number) in forms for p in analyser.parse(word.lower()))


def _lemma(word: str, language: str) -> str:
    if language == "en":
        return word.lower()
    lemmas = _slavic_lemmas(word.lower(), language)
    return next((lemma for lemma in lemmas if lemma in EXCHANGE | STAGE), lemmas[0] if lemmas else word)


@cache
def _slavic_lemmas(word: str, language: str) -> list[str]:
    # Every dictionary form the word may have: 'першого' is both the ordinal and a neuter noun. The dictionaries
    # write 'ё' in some forms and 'е' in others, so both are read as 'е'.
    return [parse.normal_form.replace("ё", "е") for parse in _analyser(language).parse(word)]


@cache
def _analyser(language: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=language)
