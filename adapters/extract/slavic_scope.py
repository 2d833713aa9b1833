"""How far a Ukrainian or Russian figure's words reach: which people its noun singles out (by the place they come
from, or by a clause of their own), which part of a sentence joined by 'а' it belongs to, and whether its verb only
prepares a swap. Pure functions of the tokens, so that the reader asks them of any clause."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import accumulate

from adapters.extract.morphology import Word
from adapters.extract.reading import Reading
from adapters.extract.slavic_clause import FREEING, HANDING_OVER, RETURNING, SWAPPING, participle
from adapters.extract.slavic_lexicon import DEFENDERS, EXCHANGED, FROM, RELATIVE
from adapters.extract.slavic_time import OCCURRING
from adapters.extract.slavic_words import place_after

CONTRASTING = frozenset(("а", "але", "но", "однак", "однако", "зато", "проте"))
"""'..., а від початку вторгнення – 6922': a conjunction after a comma that opens a clause with its own time and
figure, often with the verb left out (the dash stands for it)."""
SWAPS = SWAPPING | HANDING_OVER | FREEING | RETURNING | EXCHANGED
"""Verbs of swapping (with each other too), handing over, freeing or returning people."""
READY = frozenset(("готовый", "готовий", "должный", "повинний", "намерен", "намерений"))
"""Words of being ready, bound or meaning to do something, which govern an infinitive as a verb would."""
AGREEING = frozenset(("домовитися", "договориться", "домовлятися", "договариваться", "условиться", "умовитися"))
"""Verbs of agreeing: what the sides agreed to swap is promised, not yet swapped."""


def origin_group(found: list[Word], index: int, head: Word, language: str = "ru") -> str | None:
    """'трьох військовослужбовців із Волині', '12 военнослужащих из Белгорода': people named by the place they come
    from, a capitalised noun in the genitive after 'з'/'из' that is no party, are a group of their own; defenders so
    named are the place's defenders, as when the place follows them directly."""
    if index >= len(found) or found[index].text.lower() not in FROM:
        return None
    place = place_after(found, index + 1, language)
    if place is None:
        return None
    return f"subset:{place}_defenders" if head.has(*DEFENDERS) else f"subset:from_{place}"


def singled_out(found: list[Word], index: int) -> bool:
    """Whether the noun at `index` is followed by a clause about those people alone: a relative pronoun ('18
    оборонців, яких ворог засудив', '18 военных, которых осудили') or a participle that agrees with it ('18
    оборонців, засуджених на довгі строки')."""
    after = found[index + 1 : index + 3]
    if after and after[0].text == ",":
        after = after[1:]
    return bool(after) and (after[0].has(*RELATIVE) or participle(after[0]))


def contrast_marks(found: list[Word]) -> list[int]:
    """Where the clauses of a sentence joined by a contrasting conjunction after a comma begin ('..., а ...')."""
    return [
        found[at + 1].start
        for at in range(len(found) - 1)
        if found[at].text == "," and found[at + 1].text.lower() in CONTRASTING
    ]


def prepared_swap(found: list[Word]) -> bool:
    """'готовятся обменять по 90 пленных', 'готовятся при содействии ОАЭ обменять', 'можуть передати': a verb in the
    present tense governing the infinitive of a swap, with only its own phrase between, says the swap is to come,
    not done; so does being ready or bound to ('готова передать'). A past one ('удалось вернуть', 'вдалося
    повернути') reports it done; but sides that agreed to swap ('договорились обменяться 1200', 'домовилися
    обмінятися') only promised it, whatever the tense of the agreeing."""
    governing = False
    for word in found:
        if _infinitive(word):
            if governing and word.has(*SWAPS):
                return True
        elif not READY.isdisjoint(
            word.lemmas
        ):  # 'готова передать', 'должна вернуть', 'повинна повернути': a swap to come
            governing = True
        elif "VERB" in word.tags or "PRTS" in word.tags:  # each finite verb opens its own predicate
            governing = ("pres" in word.tags and "past" not in word.tags) or not AGREEING.isdisjoint(word.lemmas)
    return False


def _infinitive(word: Word) -> bool:
    """Russian tags the infinitive INFN, Ukrainian infn; where the Ukrainian dictionary gives no tag, a verb written as
    its own dictionary form is one."""
    tags = word.tags
    return "INFN" in tags or "infn" in tags or ("VERB" in tags and word.text.lower() == word.lemma)


def in_a_relative_clause(found: list[Word], position: int) -> bool:
    """'Обмен прошёл по договорённостям, которых Россия и Украина достигли 23 июля': a relative pronoun after the verb
    of taking place opens a clause of its own, and a day at `position` inside it dates what that clause is about (the
    agreement), not the exchange."""
    occurred = False
    for word in found:
        if word.start >= position:
            return False
        if word.has(*OCCURRING) and "VERB" in word.tags:
            occurred = True
        elif occurred and word.has(*RELATIVE):
            return True
    return False


def within(spans: Sequence[Reading]) -> Callable[[int], bool]:
    """Whether a position falls inside any of `spans`: asked for every number of a text, so the spans are sorted
    once and each question is one bisection (the furthest end among the spans opening at or before it)."""
    ordered = sorted((span.start, span.end) for span in spans)
    starts = [start for start, _ in ordered]
    furthest = list(accumulate((end for _, end in ordered), max))

    def inside(position: int) -> bool:
        opened = bisect_right(starts, position)
        return opened > 0 and position < furthest[opened - 1]

    return inside
