"""Statements about the bodies of the dead alone: a repatriation of bodies, whose counts are bodies, not people."""

from __future__ import annotations

import re

from adapters.extract.model import Extraction
from adapters.extract.morphology import sentences
from adapters.extract.reading import BODIES_OF_THE_DEAD
from adapters.extract.slavic_people import BODIES_NOT_PEOPLE

BODIES_REASONS = frozenset((BODIES_OF_THE_DEAD, BODIES_NOT_PEOPLE))
_THE_DEAD = re.compile(
    r"\b(?:bod(?:y|ies)|remains|fallen|killed|dead)\b|(?<!\w)(?:тіл|тел|останк|загибл|полегл|погибш|павш|загинул)\w*",
    re.I,
)
"""Words of the dead: a count in a sentence with one of them is of the dead, not of living people come home."""


def bodies_alone(text: str, extraction: Extraction) -> bool:
    """A statement that counts bodies of the dead ('понад 250 тіл', 'the bodies of 909 fallen defenders') and no
    living people (every count it took is in a sentence of the dead: '25 загиблих бійців') reports a repatriation
    of bodies."""
    if not any(r.reason in BODIES_REASONS for r in extraction.rejected):
        return False
    spans = sentences(text)
    return all(_of_the_dead(text, figure.start, spans) for figure in extraction.headcounts)


def _of_the_dead(text: str, at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the words from the clause of the count at `at` to its sentence's end speak of the dead: '25 загиблих
    бійців', 'чотирьох воїнів, чиї тіла передали'; not '..., and 75 wounded soldiers were brought home'."""
    start, end = next(((s, e) for s, e in spans if s <= at < e), (at, len(text)))
    clause = max((text.rfind(mark, start, at) for mark in ",;:\u2014"), default=-1)
    return _THE_DEAD.search(text, max(start, clause), end) is not None
