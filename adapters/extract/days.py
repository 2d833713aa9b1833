"""The stage's day among the days a statement names: the lead's, else the first that dates the exchange itself."""

from __future__ import annotations

import re

from adapters.extract.assemble import Assembly
from adapters.extract.lexicon import ANOTHER_EXCHANGE, EXCHANGE_NOUNS, RETURN_VERBS
from adapters.extract.numbers import Mention
from adapters.extract.reading import Reading

_RETURNING = re.compile(
    rf"\b(?:{RETURN_VERBS}|handed\s+over|received|brought\s+(?:home|back)"
    rf"|(?:carried\s+out|held|conducted|made)\s+(?:\w+\s+){{0,3}}?{EXCHANGE_NOUNS}|{EXCHANGE_NOUNS}\s+took\s+place)\b",
    re.I,
)
"""A clause that tells of people coming back, or of the exchange itself taking place ('carried out another prisoner
exchange on July 4'): a day in it dates the stage."""

_WAR_BEGAN = re.compile(
    r"\b(?:war|conflict|invasion)\s+(?:[a-z]+\s+){0,2}?(?:began|started|broke\s+out)\s+(?:on\s+|in\s+)?$", re.I
)
"""'since the conflict began on February 24': the day the war began dates no stage."""
WAR_BEGAN = "the day the war began, not the stage's"


def war_began(text: str, mention: Mention) -> bool:
    """Whether a day is the one the war began on ('since the conflict began on February 24')."""
    return _WAR_BEGAN.search(text, max(0, mention.start - 80), mention.start) is not None


def took_place_on(
    assembly: Assembly,
    dates: list[Mention],
    anchors: list[int],
    stage: Reading | None,
    chosen: Mention | None = None,
    recalled: list[Mention] = [],  # noqa: B006 (never changed)
) -> Mention | None:
    """The stage's day when it was `chosen` by the lead, else the first full date in a sentence about the exchange
    (one with a figure, a stage or a verb of return, or the opening) that is not the day of figures `recalled` as
    another day's; the others left aside."""
    taken: Mention | None = chosen if chosen is not None and chosen.when is not None else None
    anchors = anchors + ([stage.start] if stage else [])
    for mention in dates:
        if mention is taken:
            continue
        reason = _not_the_stages(assembly, mention, anchors, recalled)
        if reason is None and taken is not None:
            reason = f"another date; {taken.quote} was taken"
        if reason is None:
            taken = mention
        else:
            assembly.aside(mention, reason)
    return taken


def _not_the_stages(assembly: Assembly, mention: Mention, anchors: list[int], recalled: list[Mention]) -> str | None:
    """Why a day is not the stage's, or None when it may be."""
    start, end = assembly.layout.sentence(mention.start)
    if assembly.layout.is_furniture(mention.start):
        return "page furniture, not part of the statement"
    if mention.when is None:
        return "a date without its year (or one that does not exist); write took_place_on by hand"
    if ANOTHER_EXCHANGE.search(assembly.text, start, end):
        return "the day of an earlier exchange"
    if not _about_exchange(assembly, mention, anchors):
        return "a date not tied to the figures of this exchange"
    if mention in recalled:
        return "the day of figures set aside as another day's, not the stage's"
    return None


def _about_exchange(assembly: Assembly, mention: Mention, anchors: list[int]) -> bool:
    """Whether a day dates the exchange: it opens the text, or its sentence holds a figure, or its own clause tells
    of people coming back. A day that opens its clause sets the scene for the sentence ('On 9 June, Ukraine brought
    ...'); one further in dates only its clause ('..., who was killed on 23 August', 'Under the agreement reached on
    16 May, ...')."""
    text, layout = assembly.text, assembly.layout
    start, end = layout.sentence(mention.start)
    if not text[: mention.start].strip() or any(start <= a < end for a in anchors):
        return True
    where = (start, end) if layout.sets_scene(mention.start) else layout.clause(mention.start)
    return bool(_RETURNING.search(text, *where))
