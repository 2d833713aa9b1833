"""The head nouns of a Ukrainian or Russian statement: what a noun after a number counts, and a list's label before
it ('воїнів ЗСУ – 149'), as a figure's key."""

from __future__ import annotations

from collections.abc import Iterator

from adapters.extract.assemble import Assembly
from adapters.extract.cues import People
from adapters.extract.headcount import Headcount
from adapters.extract.morphology import Word
from adapters.extract.reading import ORDINAL_OF_EXCHANGE
from adapters.extract.slavic_clause import participle
from adapters.extract.slavic_lexicon import (
    ARMED_FORCES,
    BODIES,
    DEFENDERS,
    EXCHANGES,
    FROM,
    MERCHANT,
    PRIVATES,
    RANKS,
    RELATIVE,
    SHIPS,
    SOLDIERS,
    UKRAINE,
)
from adapters.extract.slavic_numbers import Number
from adapters.extract.slavic_refusal import TimeAndRefusal
from adapters.extract.slavic_statement import CLAUSE_END, DASHES
from adapters.extract.slavic_words import (
    STAFF,
    key_of,
    place_after,
    republic_after,
    residents_of,
    staff_of,
    unit_named,
    unit_of,
)

_AND = frozenset(("і", "й", "та", "и"))
OUTSIDE = frozenset(("поза", "вне", "помимо"))
_APPOSITION_END = frozenset((".", ";", "!", "?", "(", ")", "\u2013", "\u2014", "-"))


class HeadNouns(TimeAndRefusal):
    """Reads what the words around a number count."""

    def _lists_units(self, number: Number) -> bool:
        """Whether the number's sentence names two units or branches or more: a list by unit, not one count."""
        indices = self.in_sentence(number.mention.start)
        named = {unit_of(self.words[i]) or unit_named(self.words, i) or self._key(i) for i in indices}
        return len({key for key in named if key is not None and key.startswith("branch:")}) >= 2

    def _in_or_outside_the_exchange(self, at: int) -> str | None:
        """A count named only by whether it came in the exchange ('звільнили за обміном') or outside it ('поза ним')."""
        clause = []
        for word in self.words[at : at + 6]:
            if word.text in CLAUSE_END:
                break
            clause.append(word)
        texts = [word.text.lower() for word in clause if word.text not in DASHES]
        if texts[:1] and texts[0] in OUTSIDE:
            return "subset:outside_exchange"
        pairs = zip(texts, clause[1:], strict=False)
        exchanged = any(text in ("за", "по") and word.has(*EXCHANGES) for text, word in pairs)
        return "subset:exchanged" if exchanged else None

    def _with_civilians(self, index: int) -> bool:
        """'воїнів і цивільних', 'военных и гражданских': servicemen and civilians together are everyone counted."""
        joined = index + 2 < len(self.words) and self.words[index + 1].text.lower() in _AND
        return joined and self._key(index + 2) == "service:civilian"

    def _phrase(self, at: int) -> Iterator[int]:
        """The indices of the words from `at` on that may lead to the noun a numeral counts. A participle's own phrase
        between them is stepped over, with its prepositions and their nouns: in '146 находившихся в плену российских
        военнослужащих' or '146 утримуваних у полоні з 2022 року захисників', 'плену', 'полоні' and 'року' are not
        the people counted."""
        described = governed = False
        for index in range(at, min(at + _PHRASE_WORDS, len(self.words))):
            word = self.words[index]
            if described and "PREP" in word.tags:
                governed = True
            elif governed:
                governed = "NOUN" not in word.tags  # the preposition's own noun closes its phrase
            else:
                described = described or participle(word)
                yield index

    def _ordinal(self, number: Number) -> str:
        """'69-й комбінований обмін', 'в рамках 68-го обмена': an ordinal before the noun of an exchange numbers it;
        so does one the exchange's own clause ends on ('Обмен стал 58-м', 'Обмін став шістдесятим')."""
        numbered = any(word.has(*EXCHANGES) for word in self.words[number.last + 1 : number.last + 3])
        start = self.clause(number)[0]
        before = self.words[max(self.span(start, number.mention.start).start, number.first - 3) : number.first]
        numbered = numbered or any(word.has(*EXCHANGES) and "nomn" in word.tags for word in before)
        return ORDINAL_OF_EXCHANGE if numbered else "an ordinal, not a count"

    def _label(self, number: Number) -> People | None:
        """'воїнів ЗСУ – 149', 'ТрО – 4': the unit or people named just before the number in its clause."""
        first = number.first - 1 if number.first > 0 and self.words[number.first - 1].text == "(" else number.first
        for index in reversed(range(max(0, first - 6), first)):  # 'чоловіки (225)' as 'чоловіки – 225'
            word = self.words[index]
            if word.text in CLAUSE_END:
                return None
            unit = unit_of(word)
            key = unit or self._key(index)
            if key is not None:
                return People(key, word.start, word.end, UKRAINE if unit else None, plain=True)
        return None

    def _key(self, index: int) -> str | None:
        """The figure of the head noun at `index`; defenders named by the place they held are a group of their own."""
        key = key_of(self.words[index])
        body = self.words[index + 1 : index + 2]
        if key is None and body and self.words[index].has(*STAFF):  # 'сотрудников МВД', 'працівників МВС'
            return staff_of(body[0])
        if key == "total" and body and self.words[index].has(*CAPTIVES) and _an_army(self.words, index + 1):
            return "service:military"  # 'пленных ВСУ', 'полонених Збройних сил': captives of an army serve in it
        ships = self.words[index + 1 : index + 3]
        if key == "branch:navy" and len(ships) == 2 and ships[0].has(*MERCHANT) and ships[1].has(*SHIPS):
            return "subset:merchant_sailors"
        # 'восемь жителей Курской области', 'восемь граждан России – жителей Курской области'
        # an adjective may name the people before its noun: 'трое гражданских жителей Курской области'
        reach = 4 if key == "total" else 2 if self.words[index].tags.startswith("ADJF") else 1
        ahead = range(index, index + reach)
        residents = next(
            (found for at in ahead if (found := residents_of(self.words, at, self.language)) is not None), None
        )
        if residents is not None:
            return residents
        if self.words[index].has(*SOLDIERS) and self._counts_ranks(index):  # 'два офицера и 14 солдат'
            return "subset:soldiers"
        if self.words[index].has(*PRIVATES):  # 'рядових та сержантів', 'рядовые и сержанты'
            ranks = self.words[index + 2 : index + 3]
            return "subset:privates_and_sergeants" if ranks and ranks[0].has("сержант") else "subset:privates"
        place = place_after(self.words, index + 1, self.language)
        if key is not None and self.words[index].has(*DEFENDERS) and place is not None:
            return f"subset:{place}_defenders"
        if key == "service:military":  # '12 бойцов из ДНР': the fighters of a republic, a group of their own
            return republic_after(self.words, index + 1) or key
        return key

    def apposed(self, number: Number, key: str | None) -> list[People]:
        """Who the people counted are, as words set after a dash that follows the number's own noun ('108 женщин –
        военнослужащих ВСУ', 'Усі 307 звільнених – чоловіки, рядові та сержанти'): each a figure of the same number,
        other than `key`. A dash right after the number opens a list's item instead ('35 – захисниці ЗСУ')."""
        dash = number.last + 2 + self._of_whom(number.last + 1)
        if dash >= len(self.words) or self.words[dash].text not in DASHES or not self.words[dash - 1].text.isalpha():
            return []
        if "\n" in self.text[number.mention.end : self.words[dash].start]:  # a list's next item: '11,\n- нацгвардійців'
            return []
        found: list[People] = []
        index = dash + 1
        while index < len(self.words) and self.words[index].text not in _APPOSITION_END:
            word = self.words[index]
            also = self._key(index)
            if also is None and not (word.text == "," or word.text.lower() in _AND or word.tags.startswith("ADJF")):
                break
            if also is not None and also != key and all(also != each.key for each in found):
                found.append(People(also, word.start, word.end, None, plain=False))
            index += 3 if also == "subset:privates_and_sergeants" else 1  # 'рядові та сержанти' is one rank
        # 'військові й цивільні', 'рядові, сержанти та офіцери': two kinds of one dimension are the count's parts
        if {"service:military", "service:civilian"} <= {each.key for each in found}:
            return [each for each in found if each.key not in _SERVICES]
        if len([each for each in found if each.key in _RANK_KEYS]) >= 2:
            return [each for each in found if each.key not in _RANK_KEYS]
        return found

    def _of_whom(self, at: int) -> int:
        """1 when 'of whom' or 'of them' follows the number ('двоє з яких – офіцери', '78 з них – військові'): the
        dash after it sets out who those of the people named before are. Parts of bodies counted ('тела 46
        военнослужащих, 21 из них – ...') are no people returned."""
        following = self.words[at : at + 2]
        if len(following) < 2 or following[0].text.lower() not in FROM:
            return 0
        of_them = following[1].text.lower() in ("них", "их") and not self.sentence_has(following[0].start, BODIES)
        return 1 if of_them or following[1].has(*RELATIVE) else 0

    def distributed(self, number: Number) -> list[People]:
        """'по два представителя ВМС и ГССТ', 'по 2 представники ВМС та ДССТ': a number after 'по' given to each of
        the units joined after its noun, each a figure of that number (the units are Ukraine's services)."""
        if number.first == 0 or self.words[number.first - 1].text.lower() != "по":
            return []
        found: list[People] = []
        for word in self.words[number.last + 2 : number.last + 7]:
            unit = unit_of(word)
            if unit is not None and all(unit != each.key for each in found):
                found.append(People(unit, word.start, word.end, UKRAINE, plain=False))
            elif unit is None and word.text.lower() not in _AND:
                break
        return found if len(found) >= 2 else []

    def _counts_ranks(self, index: int) -> bool:
        """Whether the sentence of the word at `index` counts people by rank: officers, sergeants or privates."""
        inside = (self.words[i] for i in self.in_sentence(self.words[index].start))
        return any(word.has(*RANKS) for word in inside)


CAPTIVES = frozenset(("пленный", "полонений"))
"""Captives, counted as everyone ('обменялись пленными'), unless an army is named as theirs."""


def _an_army(found: list[Word], index: int) -> bool:
    """Whether an army's name begins at `index`: 'ВСУ', 'ЗСУ', 'Вооружённых сил', 'Збройних сил'."""
    return found[index].text.lower() in ARMED_FORCES or unit_named(found, index) == "branch:armed_forces"


_PHRASE_WORDS = 9
"""How far after a number its noun is looked for: a participle's phrase with a place in it fits ('146 захваченных
ранее в Курской области российских военнослужащих')."""
_SERVICES = frozenset(("service:military", "service:civilian"))
_RANK_KEYS = frozenset(
    ("subset:officers", "subset:sergeants", "subset:privates", "subset:privates_and_sergeants", "subset:soldiers")
)


def residents_among_civilians(counts: list[Headcount], assembly: Assembly) -> list[Headcount]:
    """People named by the region they live in ('жителей Курской области') are civilians: beside the civilians of the
    same direction, as many of them are the same people again, and fewer are drawn from the civilians."""
    civilians = {count.direction: count for count in counts if count.key == "service:civilian"}
    kept = []
    for count in counts:
        whole = civilians.get(count.direction)
        if whole is None or not count.key.endswith("_residents") or count.reading.in_addition:
            kept.append(count)
        elif count.value == whole.value:
            assembly.aside(
                count.reading, f"restates the civilians {whole.reading.quote} taken at {whole.reading.start}"
            )
        else:
            if count.value < whole.value:
                count.within = "service:civilian"
            kept.append(count)
    return kept
