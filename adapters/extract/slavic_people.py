"""Whom a number of a Ukrainian or Russian statement counts: the head noun after it, with the party named on the
way; a unit's list item or name; people named only by who they are after a dash or 'по'; else a list's label."""

from __future__ import annotations

from adapters.extract.cues import People
from adapters.extract.slavic_groups import Groups
from adapters.extract.slavic_lexicon import ARMED_FORCES, BODIES, MISSING, NOT_PEOPLE, UKRAINE
from adapters.extract.slavic_numbers import Number
from adapters.extract.slavic_statement import CLAUSE_END, DASHES
from adapters.extract.slavic_words import is_modifier, key_of, named_unit, party_of, unit_named, unit_of

BODIES_NOT_PEOPLE = "counts bodies, not living people"
_SKIPPED = frozenset(("з", "із", "зі", "из", "них", "их", "ще", "ещё", "еще", "по", "и", "і", "та", "это", "це"))


class Counted(Groups):
    """Reads the people a number counts."""

    bodies: bool = False
    """Whether the statement speaks of the bodies of the dead alone: then those are its counts."""

    def _people(self, number: Number) -> tuple[People | None, str]:
        """Whom a number counts: the head noun after it, with the party named on the way, or a list's label before."""
        party: str | None = None
        at = number.last + 1
        if at < len(self.words) and self.words[at].text in DASHES:
            at += 1
            unit = next((u for w in self.words[at : at + 2] if (u := unit_of(w)) is not None), None)
            if unit is not None:  # '35 – захисниці ЗСУ', '12 – тероборони': a list of units
                return People(unit, self.words[at].start, self.words[at].end, UKRAINE, plain=False), ""
        group = named_unit(self.words, at)
        if group is not None:  # '2 з «Азову»'
            return People(group, self.words[at].start, self.words[at].end, None, plain=False), ""
        for index in self._phrase(at):
            word = self.words[index]
            key = self._key(index)
            if key == "total" and "ADJF" in word.tags and index + 1 < len(self.words):
                key = self._key(index + 1) or key  # 'пленных военнослужащих': the noun after the adjective counts
            if key == "service:military":  # '43 бійці полку «Азов»'
                key = named_unit(self.words, index + 1) or key
            if key is not None:
                follower = self.words[index + 1 : index + 2]
                unit = unit_of(follower[0]) if follower else None
                if unit is not None and self._lists_units(number):  # '92 бойца ВСУ, 20 бойцов терробороны, ...'
                    return People(unit, word.start, follower[0].end, UKRAINE, plain=False), ""
                named = unit_named(self.words, index + 1)
                if named is not None and (named != "branch:armed_forces" or self._lists_units(number)):
                    return People(named, word.start, follower[0].end, None, plain=False), ""  # '9 бійців Нацгвардії'
                if follower and key_of(follower[0]) is not None:  # 'тяжелораненых военных ВСУ': the second noun's
                    follower = self.words[index + 2 : index + 3]
                if follower and follower[0].text.lower() in ARMED_FORCES:
                    party = UKRAINE
                elif follower and "gent" in follower[0].tags:  # '200 захисників України': whose people they are
                    party = party_of(follower[0])
                # 'числились пропавшими без вести'
                if any(not MISSING.isdisjoint(w.lemmas) for w in self.words[index + 1 : index + 5]):
                    key = "subset:listed_missing"
                if key == "service:military" and self._with_civilians(index):  # 'понад 200 воїнів і цивільних'
                    key = "total"
                return People(key, word.start, word.end, party or party_of(word), plain=False), ""
            if word.has(*BODIES) and self.bodies:  # '31 тело', in a statement about bodies alone
                return People("total", word.start, word.end, None, plain=False, bodies=True), ""
            if word.has(*NOT_PEOPLE):
                return None, BODIES_NOT_PEOPLE if word.has(*BODIES) else f"counts {word.text}"
            if word.text in CLAUSE_END or not (word.has(*_SKIPPED) or is_modifier(word)):
                break
            party = party or party_of(word) or self.ours(word, number)
        # 'ще 48 вважалися безвісти зниклими'
        if any(not MISSING.isdisjoint(w.lemmas) for w in self.words[at : at + 4]):
            return People("subset:listed_missing", self.words[at].start, self.words[at].end, None, plain=False), ""
        distributed = self.distributed(number)
        if distributed:  # 'по два представителя ВМС и ГССТ'
            return distributed[0], ""
        apposed = self.apposed(number, None)
        if apposed:  # 'Усі 307 звільнених – чоловіки, рядові та сержанти'
            return apposed[0], ""
        inside = self._in_or_outside_the_exchange(at)
        if inside is not None:  # '246 з них звільнили за обміном, а 31 – поза ним'
            return People(inside, self.words[at].start, self.words[at].end, None, plain=False), ""
        return self._label(number), f"not followed by whom it counts ({self.text[number.mention.start :][:30]!r})"
