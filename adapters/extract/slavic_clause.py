"""The grammar of a Ukrainian or Russian clause that says who received the people: its subject and the voice of its
verb, read from pymorphy3's tags rather than from the particular words a statement used."""

from __future__ import annotations

from adapters.extract.morphology import Word
from adapters.extract.slavic_lexicon import (
    CAPTIVITY,
    EXCHANGED,
    EXCHANGES,
    FROM,
    GIVING,
    PREVIOUS,
    RECEIVING,
    TERRITORY,
    WAR,
    WAR_BEGAN,
)
from adapters.extract.slavic_words import other_party, party_of

WE = frozenset(("ми", "мы"))
"""'Ми передали', 'нам передали': the side that speaks."""
HANDING_OVER = GIVING - RECEIVING
"""Verbs that only give ('передати', 'отдать'): 'повернути' both gives back and gets back, so it is not one."""
RETURNING = frozenset(
    ("вернуть", "возвратить", "возвращать", "повернути", "повертати", "вернуться", "возвратиться", "повернутися")
)
"""'Returned': people brought home, the speaking side's when the clause names no one else."""
RETURN_NOUNS = frozenset(("возвращение", "повернення"))
HANDING_NOUNS = frozenset(("передача",))
"""'сообщило о возвращении 90', 'про передачу 40': a noun of the verb says what the verb would."""
_MOVING = HANDING_OVER | RETURNING | RETURN_NOUNS | HANDING_NOUNS
EARLIER = frozenset(("раніше", "ранее", "торік", "прежде"))
"""Adverbs of a time before the statement's: 'Раніше, 19 травня, ...', 'Торік', 'Ранее'."""
REPORTED = frozenset(("що", "что"))
"""'заявило, що ...': what follows is what was said, set in its own time."""
ABOUT = frozenset(("о", "об", "про"))
"""'сообщило о возвращении 40', 'повідомило про повернення 40': a noun of what was said, like a clause 'that'."""


def reported(found: list[Word], index: int) -> bool:
    """Whether the word at `index` opens what was said: 'что', 'що', or 'о', 'об', 'про' before a noun."""
    word = found[index]
    lowered = word.text.lower()
    if lowered in REPORTED:
        return True
    following = found[index + 1 : index + 2]
    return lowered in ABOUT and bool(following) and following[0].tags.startswith("NOUN")


DAYS = frozenset(("день", "доба", "сутки"))
TIME_SPANS = frozenset(("рік", "год", "час", "время", "період", "период", "місяць", "месяц", "тиждень", "неделя"))
"""Nouns of a span of time: 'за цей рік', 'за годы войны' count over that span, not in one exchange."""


REFUSING = frozenset(("отказаться", "отказываться", "відмовитися", "відмовлятися"))
SWAPPING = frozenset(("обменивать", "обменять", "обмінювати", "обміняти", "менять", "міняти", "поменять", "поміняти"))
"""Verbs of swapping people: negated ('не стали обменивать 70'), the people were kept out of the exchange."""


def refused(found: list[Word]) -> bool:
    """Whether a clause says its people were refused for the exchange: a verb of refusing ('которых украинская
    сторона отказалась менять', 'Росія відмовилася обміняти 70') or 'не' before a verb of swapping or handing over
    ('Киев не стал обменивать 70 своих военнопленных')."""
    for index, word in enumerate(found):
        if word.has(*REFUSING):
            return True
        if word.text.lower() == "не" and any(_swaps(w) for w in found[index + 1 : index + 3]):
            return True
    return False


def _swaps(word: Word) -> bool:
    return bool(word.tags.startswith(("VERB", "INFN"))) and (word.has(*SWAPPING) or word.has(*_MOVING))


def is_subject(found: list[Word], index: int) -> bool:
    """Whether the word at `index` may be a clause's subject: a noun or pronoun in the nominative ('Россия', 'мы'),
    or an adjective in the nominative before such a noun ('Украинская сторона')."""
    word = found[index]
    if "nomn" not in word.tags:
        return False
    if "NOUN" in word.tags or "NPRO" in word.tags:
        return True
    following = found[index + 1 : index + 2]
    return bool(following) and "NOUN" in following[0].tags and "nomn" in following[0].tags


def voice_receiver(before: list[Word], after: list[Word], home: str) -> tuple[Word, str] | None:
    """Whom a clause's own verb sends the people counted to when no receiver is named, and that verb: the verb nearest
    before the number, else after it. A passive 'handed over' ('Взамен переданы', 'Натомість передано') goes from the
    side that speaks to the other; 'returned' ('возвращены 20 гражданских лиц', 'из плена возвращены') home. A
    clause that names where they were handed over from ('передали з моргів на території рф') has them come from the
    other side: no verb is read. Only the words after the verb are its own: in 'Из плена возвращены 90 военнослужащих
    и переданы 40 гражданских' the 'из плена' of the first verb says nothing of the second's group."""
    verb = next((word for word in [*reversed(before), *after] if _moves_people(word)), None)
    if verb is None:
        return None
    if not verb.has(*HANDING_OVER, *HANDING_NOUNS):
        return verb, home  # 'returned', from captivity or not
    own = [word for word in [*before, *after] if word.start > verb.start]  # the verb's own group, not another's
    if any(word.text.lower() in FROM for word in own):
        return None
    return verb, other_party(home)


def _moves_people(word: Word) -> bool:
    if word.lemmas.isdisjoint(_MOVING):  # most words: one set test instead of two
        return False
    if word.tags.startswith("NOUN"):  # 'о возвращении', 'про передачу': no subject, as a passive has none
        return word.has(*RETURN_NOUNS, *HANDING_NOUNS)
    return (word.has(*HANDING_OVER) and _passive(word)) or word.has(*RETURNING)


def _passive(word: Word) -> bool:
    """'переданы', 'передано': a passive or impersonal form leaves out who handed them over, the speaking side. An
    active verb without its subject ('окремо передали 12 тяжкопоранених') is said of others, so it is not one."""
    return "PRTS" in word.tags or "Impe" in word.tags


def given_by_subject(party: str, receiving: bool, sending: bool) -> str | None:
    """Whom a party in the subject sends its people to: itself when the verb receives ('Россия получила'), the other
    side when it only gives ('Россия передала') or held them ('которых Киев незаконно удерживал')."""
    if receiving:
        return party
    return other_party(party) if sending else None


def a_place(found: list[Word], index: int) -> bool:
    """Whether the party at `index` names a territory ('на території рф'), not who received the people."""
    around = found[max(0, index - 1) : index + 2]
    return any(word.has(*TERRITORY) for word in around)


def captor(found: list[Word], index: int) -> str | None:
    """The party of 'из российского плена', 'з російського полону', 'из плена РФ': who held the people now freed."""
    following = found[index + 1 : index + 3]
    if found[index].text.lower() not in FROM or len(following) < 2:
        return None
    if following[0].has(*CAPTIVITY):  # 'из плена РФ', 'з полону росії'
        return party_of(following[1])
    return party_of(following[0]) if following[1].has(*CAPTIVITY) else None


def participle(word: Word) -> bool:
    """Russian tags participles PRTF; Ukrainian tags them as adjectives of a voice ('утримуваних': ADJF,pssv)."""
    return "PRTF" in word.tags or (word.tags.startswith("ADJF") and ("pssv" in word.tags or "actv" in word.tags))


def set_earlier(found: list[Word]) -> bool:
    """Whether a sentence is set before the statement's own time, by the time its opening names: an adverb of an
    earlier time ('Раніше, 19 травня, ...', 'Торік') or a previous span ('Минулого тижня', 'в прошлый раз'). An adverb
    before a participle describes the people instead ('Ранее захваченные ...'). `found` are the sentence's first
    words; a figure in a clause of what was said ('Раніше Міноборони заявило, що Україні передали 270') has the time
    of the saying instead, not the exchange's (see REPORTED)."""
    opening = found[:3]
    for index, (word, following) in enumerate(zip(opening, [*found[1:4], None], strict=False)):
        measured = index > 0 and "ablt" in found[index - 1].tags and found[index - 1].has(*DAYS)
        if word.has(*EARLIER) and not measured and (following is None or not participle(following)):
            return True  # 'Днём ранее' is a day before the statement, the exchange's own day: not a time before it
        if word.has(*PREVIOUS) and following is not None and "NOUN" in following.tags:
            return True
    return False


def over_a_span(found: list[Word]) -> bool:
    """'Всього за цей рік повернули 1200 людей', 'за годы войны': a count over a span of time, not of one exchange;
    'під час цих обмінів', 'в ходе 69 обменов': a count over several exchanges ('один з найбільших обмінів' is
    one of them). A count 'in all' of those already home is a tally the statement's figures tell apart (see
    adapters/extract/slavic_evidence.py)."""
    return any(_over_time(found, index) or _over_exchanges(found, index) for index in range(len(found)))


def over_days(found: list[Word]) -> bool:
    """'Только за эти два дня вернули 697 человек', 'За 2 дні звільнено 697': a count over several days of the
    exchange is its running total. The days are several when a numeral counts them or the noun is plural ('за
    добу' is one day's)."""
    for index, word in enumerate(found):
        if word.text.lower() != "за":
            continue
        span = found[index + 1 : index + 4]
        day = next((at for at, each in enumerate(span) if each.has(*DAYS)), None)
        counted = day is not None and any(each.text.isdigit() or "NUMR" in each.tags for each in span[:day])
        if day is not None and (counted or "plur" in span[day].tags.split(" ")[0]):
            return True
    return False


def _over_time(found: list[Word], index: int) -> bool:
    return found[index].text.lower() == "за" and any(word.has(*TIME_SPANS) for word in found[index + 1 : index + 3])


def _over_exchanges(found: list[Word], index: int) -> bool:
    word = found[index]
    if word.lemmas.isdisjoint(EXCHANGES) or "sing" in word.tags or "plur" not in word.tags:
        return False
    before = found[max(0, index - 4) : index]
    return any("PREP" in w.tags for w in before[-3:]) and not any(w.has("один") for w in before)


WAR_WORDS = WAR | WAR_BEGAN
_SINCE = frozenset(("с", "со", "з", "із", "зі", "від", "за", "під", "в", "у"))
"""'с начала СВО', 'за время СВО', 'під час повномасштабного вторгнення': a time the war's name is said in."""
_TIME_OF = TIME_SPANS | {"ход", "хід"}


def since_the_war(found: list[Word]) -> bool:
    """Whether a sentence counts over the whole war: its beginning named ('з початку', 'с начала'), or the war's
    name after a word of time ('за время СВО', 'під час повномасштабного вторгнення'). The war's name alone is
    another thing: 'участник СВО' is a man, 'группа по СВО' a body of a parliament."""
    for index, word in enumerate(found):
        if word.has(*WAR_BEGAN):
            return True
        if word.has(*WAR) and _in_time_of(found[max(0, index - 3) : index]):
            return True
    return False


def _in_time_of(before: list[Word]) -> bool:
    """Whether the words before the war's name set a time in it: a preposition, then only words of time or
    adjectives ('за время', 'в ходе', 'під час повномасштабного'), not another noun ('в группу по СВО')."""
    for at in range(len(before) - 1, -1, -1):
        if before[at].text.lower() in _SINCE:
            return all(w.has(*_TIME_OF) or w.tags.startswith("ADJF") for w in before[at + 1 :])
    return False


FREEING = frozenset(("освободить", "освобождать", "звільнити", "звільняти"))
_SWAPPED_LATER = SWAPPING | HANDING_OVER | FREEING | EXCHANGED
"""Verbs that make the swap itself: in the future tense ('передаст', 'обменяются', 'звільнять') it is still to come.
'Вернутся', 'доставят' are left out: people already freed who will reach home are delivered."""


def swapped_later(found: list[Word]) -> bool:
    """Whether a clause's verb of swapping, handing over or freeing is in the future tense: a planned figure."""
    return any(_likeliest_future(word) and word.has(*_SWAPPED_LATER) for word in found)


def _likeliest_future(word: Word) -> bool:
    """A verb read as future in its analyses and never as past or present ('передаст', 'звільнять')."""
    return "futr" in word.tags and "past" not in word.tags and "pres" not in word.tags
