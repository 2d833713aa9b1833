"""Ukrainian and Russian text as words with their lemmas and sentences, through razdel and pymorphy3.

Both libraries are imported on first use only, so that reading an English statement never pays for loading the
dictionaries (about a quarter of a second for Ukrainian)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer

Range = tuple[int, int]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")


def language_of(text: str) -> str:
    """'uk' or 'ru' for a text mostly in Cyrillic, told apart by the letters only one of them uses; else 'en'."""
    if len(_CYRILLIC.findall(text)) <= len(_LATIN.findall(text)):
        return "en"
    return "uk" if len(_UKRAINIAN_LETTERS.findall(text)) > len(_RUSSIAN_LETTERS.findall(text)) else "ru"


@cache
def analyzer(language: str) -> MorphAnalyzer:
    """The morphological analyser of `language`, with its dictionaries loaded once."""
    from pymorphy3 import MorphAnalyzer

    return MorphAnalyzer(lang=language)


class Word(NamedTuple):
    """A token of the text: its span, its letters, every lemma it may have and its grammatical tags. A named tuple
    rather than a frozen dataclass: a statement makes one for every token, and a tuple is made in a third of the
    time."""

    start: int
    end: int
    text: str
    lemmas: frozenset[str]
    tags: str
    """Every tag of every reading, joined: 'datv' in it means the word may be in the dative."""
    lemma: str = ""
    """The dictionary form of the likeliest reading."""

    def has(self, *lemmas: str) -> bool:
        """Whether any of the word's lemmas is one of `lemmas`."""
        return not self.lemmas.isdisjoint(lemmas)


@lru_cache(maxsize=8192)
def _analysis(word: str, language: str) -> tuple[frozenset[str], str, str]:
    parses = analyzer(language).parse(word)
    lemmas = frozenset(parse.normal_form for parse in parses) | {word.lower()}
    return lemmas, " ".join(str(p.tag) for p in parses), parses[0].normal_form if parses else word.lower()


def forget() -> None:
    """Forget every word's lemmas read so far (the dictionaries stay loaded), as on a fresh start."""
    _analysis.cache_clear()


_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*|\d+(?:-[^\W\d_]+)?|[^\w\s]")
"""A word with its inner hyphens and apostrophes ('п'ятий', 'військово-морські'), a run of digits with its ending
('68-го'), or one mark. razdel splits the sentences; words need no more than this, and it is fifty times faster."""


def words(text: str, language: str) -> list[Word]:
    """Every token of `text` with its lemmas; marks and numbers keep their own text as the lemma."""
    found = []
    for token in _TOKEN.finditer(text):
        word = token[0]
        if word[0].isalpha():
            lemmas, tags, lemma = _analysis(word, language)
        else:
            lemmas, tags, lemma = frozenset({word.lower()}), "", word.lower()
        found.append(Word(token.start(), token.end(), word, lemmas, tags, lemma))
    return found


_LIST_ITEM = re.compile(r"\n(?=\s*[-\u2013\u2014\u2022*]\s)|\n\s*\n|(?<=[:;])\s*\n")


_STOPS = frozenset(".!?\u2026")
_HEADLINE_SHARE = 0.8
"""A line shorter than this share of the text's widest line, ending without a stop, is a headline or a subtitle:
the lines of a paragraph, wrapped or not, run to about the full width."""


def _headlines(text: str) -> Iterator[int]:
    """Where each line after a headline begins: a short line with no stop before a capital is a sentence of its own,
    so that a subtitle's agreement is not read into the headline's formula above it."""
    lines = text.split("\n")
    widest = max(len(line.rstrip()) for line in lines)
    at = 0
    for line, following in itertools.pairwise(lines):
        at += len(line) + 1
        shown = line.rstrip()
        short = len(shown) < _HEADLINE_SHARE * widest
        if short and shown and shown[-1] not in _STOPS and following.lstrip()[:1].isupper():
            yield at


def sentences(text: str) -> list[Range]:
    """The sentences of `text` as razdel finds them, also cut at blank lines, before each item of a list and after
    a headline's line."""
    from razdel import sentenize

    cuts = {match.end() for match in _LIST_ITEM.finditer(text)} | set(_headlines(text))
    for sentence in sentenize(text):
        cuts.add(sentence.start)
    bounds = sorted(cut for cut in cuts if 0 < cut < len(text))
    ranges, start = [], 0
    for cut in [*bounds, len(text)]:
        if text[start:cut].strip():
            ranges.append((start, cut))
        start = cut
    return ranges
