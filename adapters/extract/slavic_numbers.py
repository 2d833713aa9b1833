"""The numbers of a Ukrainian or Russian statement: digits, number words, collective numerals, dates, ordinals."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache

from number_parser import parse_number
from number_parser.parser import LanguageData

from adapters.extract.morphology import Word
from adapters.extract.numbers import Mention
from adapters.extract.slavic_lexicon import EXCHANGES
from adapters.extract.slavic_numerals import COLLECTIVE, MONTHS, ORDINALS, ROUND_NOUNS

_TEENS_AND_TENS = {
    **dict.fromkeys(("одиннадцатый", "одинадцятий"), 11),
    **dict.fromkeys(("двенадцатый", "дванадцятий"), 12),
    **dict.fromkeys(("тринадцатый", "тринадцятий"), 13),
    **dict.fromkeys(("четырнадцатый", "чотирнадцятий"), 14),
    **dict.fromkeys(("пятнадцатый", "п'ятнадцятий", "п’ятнадцятий"), 15),
    **dict.fromkeys(("шестнадцатый", "шістнадцятий"), 16),
    **dict.fromkeys(("семнадцатый", "сімнадцятий"), 17),
    **dict.fromkeys(("восемнадцатый", "вісімнадцятий"), 18),
    **dict.fromkeys(("девятнадцатый", "дев'ятнадцятий", "дев’ятнадцятий"), 19),
    **dict.fromkeys(("двадцатый", "двадцятий"), 20),
    **dict.fromkeys(("тридцатый", "тридцятий"), 30),
    **dict.fromkeys(("сороковой", "сороковий"), 40),
    **dict.fromkeys(("пятидесятый", "п'ятдесятий", "п’ятдесятий"), 50),
    **dict.fromkeys(("шестидесятый", "шістдесятий"), 60),
    **dict.fromkeys(("семидесятый", "сімдесятий"), 70),
    **dict.fromkeys(("восьмидесятый", "вісімдесятий"), 80),
    **dict.fromkeys(("девяностый", "дев'яностий", "дев’яностий"), 90),
    **dict.fromkeys(("сотый", "сотий"), 100),
}
"""Ordinals in words above ten, by their dictionary form: number-parser reads no Ukrainian or Russian ordinal, and
pymorphy3 gives the dictionary form of any case ('двенадцатого' is 'двенадцатый')."""
_ORDINAL_WORDS = {**ORDINALS, **_TEENS_AND_TENS}
_ORDINAL_LEMMAS = frozenset(_ORDINAL_WORDS)
_COLLECTIVE_LEMMAS = frozenset(COLLECTIVE)
_OPENING = _COLLECTIVE_LEMMAS | _ORDINAL_LEMMAS
"""The lemmas a number in words may open with, beside the words number-parser knows."""

_ORDINAL_DIGITS = re.compile(r"\d+-?(?:го|й|ий|ый|ої|ой|му|ом|ому|я|е|ї|м|та|те|ое|ая|ма)", re.I)


@dataclass(frozen=True, slots=True)
class Number:
    """A number in the text and the index of its first and last word, to read the words around it."""

    mention: Mention
    first: int
    last: int


@cache
def _vocabulary(language: str) -> frozenset[str]:
    return frozenset(LanguageData(language).all_numbers)


@lru_cache(maxsize=2048)
def _value(words: str, language: str) -> int | None:
    value = parse_number(words, language)
    return value if isinstance(value, int) else None


def numbers(text: str, found: list[Word], language: str) -> list[Number]:
    """Every number among `found`, in order: a date is one number of form 'date', '68-го' an ordinal."""
    result: list[Number] = []
    index, vocabulary = 0, _vocabulary(language)
    while index < len(found):
        word = found[index]
        if not word.text[0].isdigit() and word.lemmas.isdisjoint(_OPENING) and _plain(word.text) not in vocabulary:
            index += 1  # most words: no digit, numeral, collective or ordinal, and nothing else to ask
            continue
        number, index = _number_at(text, found, index, language)
        if number is not None:
            result.append(number)
    return result


def _number_at(text: str, found: list[Word], index: int, language: str) -> tuple[Number | None, int]:
    word = found[index]
    if word.text[0].isdigit() and _ORDINAL_DIGITS.fullmatch(word.text):
        return Number(Mention(word.start, word.end, word.text, None, "ordinal"), index, index), index + 1
    if word.text.isdecimal():  # not "²", a digit to str.isdigit that int() cannot read
        last = index
        while _thousands(text, found, last):
            last += 1
        scaled = _scaled(text, found, index, last)
        if scaled is not None:  # '5 тысяч', '7 тис.', '4,3 тысячи'
            return scaled, scaled.last + 1
        quote = text[word.start : found[last].end]
        return _dated(text, found, index, last, int(re.sub(r"\D", "", quote)), quote), last + 1
    if not word.lemmas.isdisjoint(_COLLECTIVE_LEMMAS):  # 'трое', and in any case: 'троих', 'восьмерых'
        collective = next(COLLECTIVE[lemma] for lemma in word.lemmas if lemma in COLLECTIVE)
        return Number(Mention(word.start, word.end, word.text, collective, "words"), index, index), index + 1
    if not word.lemmas.isdisjoint(_ORDINAL_LEMMAS) and (
        _ordinal_word(word, above=10) or _numbers_an_exchange(found, index)  # 'двенадцатый обмен', 'шостий обмін'
    ):
        return Number(Mention(word.start, word.end, word.text, None, "ordinal"), index, index), index + 1
    vocabulary = _vocabulary(language)
    last = index
    while last < len(found) and _plain(found[last].text) in vocabulary:
        last += 1
    if last == index:
        return None, index + 1
    tens = _value(_plain(text[word.start : found[last - 1].end]), language)
    if tens and tens >= 20 and tens % 10 == 0 and last < len(found) and _ordinal_word(found[last], above=0):
        # 'шестьдесят девятый', 'сто двадцать первый': tens, then an ordinal, are one ordinal ('два первых' is not)
        mention = Mention(word.start, found[last].end, text[word.start : found[last].end], None, "ordinal")
        return Number(mention, index, last), last + 1
    if last == index + 1 and _indefinite(found, index):
        return None, last
    quote = text[word.start : found[last - 1].end]
    value = _value(_plain(quote), language)
    mention = Mention(word.start, found[last - 1].end, quote, value, "words")
    return (Number(mention, index, last - 1) if value is not None else None), last


def ordinal_in_words(quote: str, language: str) -> int | None:
    """The value of an ordinal written in words ('двенадцатый' is 12, 'шестьдесят девятый' 69), or None."""
    from adapters.extract.morphology import words

    found = words(quote, language)
    if not found:
        return None
    last = max((_ORDINAL_WORDS.get(lemma, 0) for lemma in found[-1].lemmas), default=0)
    tens = _value(_plain(quote[: found[-1].start]).strip(), language) if len(found) > 1 else 0
    return (tens or 0) + last if last and (len(found) == 1 or tens) else None


def _ordinal_word(word: Word, above: int) -> bool:
    """Whether a word is an ordinal in words greater than `above`."""
    if word.lemmas.isdisjoint(_ORDINAL_LEMMAS):  # most words: one set test
        return False
    return any(_ORDINAL_WORDS.get(lemma, 0) > above for lemma in word.lemmas)


def _numbers_an_exchange(found: list[Word], index: int) -> bool:
    """Whether an ordinal up to ten numbers an exchange named right after it, or after an adjective ('шестой обмен',
    'шостий великий обмін'): 'перший етап' and 'второй день обмена' name a stage or a day instead."""
    after = found[index + 1 : index + 3]
    named = bool(after) and (
        after[0].has(*EXCHANGES) or (after[0].tags.startswith("ADJF") and after[-1].has(*EXCHANGES))
    )
    return named and _ordinal_word(found[index], above=0)


def _plain(words: str) -> str:
    """Lower case, with 'ё' written 'е' as most Russian print does: number-parser knows 'четырех', not 'четырёх'."""
    lowered = words.lower()
    return lowered.replace("ё", "е") if "ё" in lowered else lowered


def _indefinite(found: list[Word], index: int) -> bool:
    """'тисячі росіян', 'о тысячах', 'сотни семей': a noun of a round number in the plural with no numeral before it
    says 'many', not how many. Its genitive singular is written the same ('тисячі', 'тысячи') and is one thousand
    when a word governs it: a noun ('тела тысячи погибших'), a comparative ('более тысячи') or a preposition of the
    genitive ('из тысячи'), not one of the accusative or locative ('про тисячі', 'о тысячах')."""
    word = found[index]
    if word.lemmas.isdisjoint(ROUND_NOUNS) or "plur" not in word.tags:
        return False
    if not _SINGULAR_GENITIVE.search(word.tags) or index == 0:
        return True
    before = found[index - 1]
    if before.text.lower() in _NOT_GENITIVE:
        return True
    likeliest = re.split(r"[ ,]", before.tags, maxsplit=1)[0]  # 'и' may also be read as an abbreviation's noun
    return likeliest not in ("NOUN", "PREP", "COMP", "ADVB")


_SINGULAR_GENITIVE = re.compile(r"(?:sing|masc|femn|neut),gent")
"""A singular genitive reading: Russian tags write 'sing', Ukrainian ones only the gender ('femn,gent')."""
_NOT_GENITIVE = frozenset(("про", "на", "в", "у", "о", "об", "за", "через", "під", "под"))


def _thousands(text: str, found: list[Word], last: int) -> bool:
    """'1 000': a group of three digits after a single space continues the number."""
    if last + 1 >= len(found):
        return False
    following = found[last + 1]
    gap = text[found[last].end : following.start]
    return len(following.text) == 3 and following.text.isdigit() and gap in (" ", "\u00a0", "\u202f", "\u2009")


_SCALES = {"тысяча": 1000, "тисяча": 1000, "миллион": 1_000_000, "мільйон": 1_000_000}
_SCALE_LEMMAS = frozenset(_SCALES)
_SHORT_SCALES = {"тыс": 1000, "тис": 1000, "млн": 1_000_000}
"""'тыс.', 'тис.', 'млн': the abbreviations agencies write, with their full stop."""


def _scaled(text: str, found: list[Word], first: int, last: int) -> Number | None:
    """Digits, with a decimal part written after a comma or a point, counted in thousands or millions by the noun
    after them ('5 тысяч', '4,3 тысячи', '7 тис.'): one number, multiplied; None when no such noun follows."""
    at, digits = last + 1, re.sub(r"\D", "", text[found[first].start : found[last].end])
    decimal = found[at : at + 2]
    marked = len(decimal) == 2 and decimal[0].text in (",", ".") and decimal[1].text.isdecimal()
    if marked and decimal[0].start == found[last].end and decimal[1].start == decimal[0].end:  # '4,3', not '4, 3'
        digits, at = f"{digits}.{decimal[1].text}", at + 2
    if at >= len(found):
        return None
    noun = found[at]
    scale = next((_SCALES[lemma] for lemma in noun.lemmas if lemma in _SCALE_LEMMAS), None)
    end = at
    if scale is None and noun.text.lower() in _SHORT_SCALES:
        scale = _SHORT_SCALES[noun.text.lower()]
        end = at + 1 if at + 1 < len(found) and found[at + 1].text == "." else at
    if scale is None:
        return None
    start, stop = found[first].start, found[end].end
    value = int(Decimal(digits) * scale)
    return Number(Mention(start, stop, text[start:stop], value, "digits"), first, end)


def _dated(text: str, found: list[Word], first: int, last: int, value: int, quote: str) -> Number:
    """A day followed by a month's name is a date (with its year when one follows), not a count."""
    start = found[first].start
    month_at = last + 1
    if month_at < len(found) and 1 <= value <= 31:
        months = [MONTHS[lemma] for lemma in found[month_at].lemmas if lemma.rstrip(".") in MONTHS]
        if months:
            end, when, year_at = found[month_at].end, None, month_at + 1
            if year_at < len(found) and re.fullmatch(r"(19|20)\d\d", found[year_at].text):
                end = found[year_at].end
                when = _day(int(found[year_at].text), months[0], value)
                month_at = year_at
            mention = Mention(start, end, text[start:end], None, "date", when, (months[0], value))
            return Number(mention, first, month_at)
    return Number(Mention(start, found[last].end, quote, value, "digits"), first, last)


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_like(mention: Mention) -> bool:
    """Four digits from 1900 to 2099: a year unless a noun after them says whom they count."""
    return (
        mention.form == "digits"
        and mention.value is not None
        and 1900 <= mention.value < 2100
        and len(mention.quote) == 4
    )
