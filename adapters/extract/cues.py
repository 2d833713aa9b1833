"""The phrases around a number that say who received the people, and what kind of figure it is."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from adapters.extract.lexicon import ADJECTIVES, ANY_PARTY, PARTIES, PEOPLE, other, party_of

EACH_SIDE = "each side"

NAMES = "|".join(rf"{party.name}|{'|'.join(party.capitals)}" for party in PARTIES)
_SIDE = rf"(?:the\s+)?(?P<party>{ANY_PARTY})(?:'s)?(?:\s+side)?"
_AUX = (
    r"(?:(?:will|would|could|is|are|was|were)\s+)?"
    r"(?:(?:[a-z]+ed|ready|set|due|going|planning|preparing|about|plans?|intends?|hopes?|wants?)\s+to\s+)?"
)
"""'Russia plans to hand over', 'Ukraine is expected to receive', 'Moscow agreed to release': the party still gives
or receives, in a clause of what is to come."""


@dataclass(frozen=True, slots=True)
class Cue:
    """Words that say who received the people: 'returned to Ukraine', 'each side', 'Russia's ministry said'."""

    start: int
    end: int
    direction: str
    weak: bool = False
    attribution: bool = False
    """True for who speaks ('Moscow said'): their own people are theirs."""
    with_people: bool = False
    """True for a party named with the people of a figure ('95 Ukrainian prisoners'), not a verb of receiving."""


# (pattern, whether the named party receives, or the party across the line does)
_RECEIVING: tuple[tuple[str, bool], ...] = (
    (rf"\b(?:to|back\s+in|home\s+in|into)\s+{_SIDE}\b", True),
    (
        rf"\bfrom\s+(?:the\s+)?(?P<party>{ADJECTIVES})(?:\s+captivity|-(?:controlled|held|occupied)\s+territor\w*)",
        False,
    ),
    (rf"\bfrom\s+territor\w*\s+controlled\s+by\s+{_SIDE}(?:\s+regime)?", False),
    (rf"\bfrom\s+(?P<party>{NAMES})\b", False),
    # 'Among the Ukrainians released are five women': the party's people, freed, not a party that frees
    (rf"\b(?i:among|of)\s+the\s+(?P<party>{PARTIES[0].plural}|{PARTIES[1].plural})\s+(?:released|freed)\b", True),
    (
        rf"\b{_SIDE}\s+{_AUX}(?:has\s+|have\s+|had\s+)?(?:also\s+|then\s+|in\s+turn\s+)?(?:secure[sd]?|receive[sd]?"
        r"|(?:got|gets|get|brought|brings|bring)(?:\s+(?:them\s+)?(?:home|back)\b|(?=[^.;:]{0,40}?\b(?:back|home)\b))"
        r"|brings(?:\s+back)?|welcome[sd]?|returned|returns)\b",
        True,
    ),
    (rf"\b(?P<party>{NAMES})\b[^.;:]{{1,80}}?\band\s+(?P<cue>received|got\s+back|brought\s+(?:home|back))\b", True),
    (
        rf"\b{_SIDE}\s+{_AUX}(?:has\s+|have\s+)?(?:hand(?:s|ed)?\s+over|transfer(?:s|red)?|g(?:ive|ives|ave)\s+back)\b",
        False,
    ),
    (
        rf"\b(?:sent|gave|handed)\s+(?:back\s+)?(?:to\s+)?(?:the\s+)?(?P<party>{PARTIES[0].plural}|{PARTIES[1].plural}|{NAMES})\b",
        True,
    ),
    (rf"\b(?i:armed\s+forces|army|navy|national\s+guard)\s+of\s+(?P<party>{NAMES})\b", True),
    (rf"\b(?P<party>{NAMES})'s\s+(?i:armed\s+forces|army|navy|national\s+guard)\b", True),
    (rf"\bof\s+the\s+(?P<party>{ADJECTIVES})\s+(?i:armed\s+forces|army|navy|national\s+guard)\b", True),
)
# 'Russia released 90 Ukrainians' gives them to Ukraine, but 'Ukraine has freed 144 from captivity' brings them
# home: a party that releases or frees is only a weak cue, which any receiver named near the number outweighs.
_RELEASING = re.compile(rf"\b{_SIDE}\s+{_AUX}(?:has\s+|have\s+)?(?:release[sd]?|free[sd]?|freed)\b")
_EACH = re.compile(
    r"\beach\s+(?:side|party)\b|\b(?:from|by)\s+(?:each|both)\s+sides?\b|\bboth\s+sides\b|\beach\b(?!\s+of\b)"
    # 'both countries exchanged 303', not 'officials of both countries said': who speaks gives no direction
    r"|(?<!\bof\s)\bboth\s+(?:countries|parties)\b(?!\s+(?:said|say|says|confirmed))",
    re.I,
)
COMBINED = "combined"
_COMBINED = re.compile(
    r"\b(?:exchanged|swapped|traded)\s+(?:a\s+(?:total|combined)\s+(?:of\s+)?)?(?=\d[\d,]*\s+(?!for\b)[a-z])"
    r"|\b(?:swap|exchange)\s+(?:of|involving)\s+(?=\d)"
    r"|\b(?:had|have|has)\s+been\s+(?:exchanged|swapped)\b(?!\s+for)|\bwere\s+(?:exchanged|swapped)\b(?!\s+for)"
    r"|\bnumber\s+of\s+(?:people|prisoners)\s+exchanged\b"
    r"|\b(?:went|came|returned|go|come|return)\s+home\s+to\s+their\s+(?:countries|homelands)\b"
    rf"|\b(?:(?:{NAMES})\s+and\s+(?:{NAMES})|(?:the\s+)?sides)\s+(?:[a-z]+\s+){{0,4}}?(?:swap|exchange|trade)\s+"
    r"(?=\d[\d,]*\s+(?!for\b)[a-z])",
    re.I,
)
"""A figure for both directions together: 'exchanged 190 prisoners', 'a swap of 372', '180 had been exchanged', a
headline's 'Russia and Ukraine swap 190 prisoners', 'Russia and Ukraine are getting ready to exchange 180 prisoners',
'more than 500 people went home to their countries'."""
_ATTRIBUTION = re.compile(
    rf"\b(?P<party>{ANY_PARTY})(?:'s\s+[A-Za-z ]{{0,40}}?|(?:\s+(?:of\s+)?(?-i:[A-Z][a-z]+)){{1,4}})?"
    r"\s+(?:said|says|reported|announced|stated|confirmed)\b"
    rf"|\baccording\s+to\s+(?:the\s+)?(?P<party2>{ANY_PARTY})|\bby\s+(?P<party3>{ANY_PARTY})'s\s+(?:account|count)"
    r"|\b(?P<headquarters>Coordinat(?:ion|ing)\s+Headquarters)(?:\s+[a-z]+(?:\s+[A-Za-z]+){0,6}?)?\s+(?:said|says|reported)\b"
)
"""Who speaks: a party ('Moscow said', 'the Russian Defence Ministry said'), or Ukraine's Coordination Headquarters
for the Treatment of Prisoners of War, which speaks for Ukraine."""


@cache
def _receiving() -> list[tuple[re.Pattern[str], bool]]:
    return [(re.compile(pattern), receives) for pattern, receives in _RECEIVING]


def direction_cues(text: str) -> list[Cue]:
    """Every phrase in `text` that says who received the people, in order."""
    found = [Cue(m.start(), m.end(), EACH_SIDE) for m in _EACH.finditer(text)]
    found += [Cue(m.start(), max(m.end(), m.start() + 1), COMBINED) for m in _COMBINED.finditer(text)]
    for pattern, receives in _receiving():
        for match in pattern.finditer(text):
            party = party_of(match["party"])
            group = "cue" if "cue" in pattern.groupindex else 0
            found.append(Cue(match.start(group), match.end(group), f"to {(party if receives else other(party)).name}"))
    for match in _RELEASING.finditer(text):
        party = other(party_of(match["party"]))
        found.append(Cue(match.start(), match.end(), f"to {party.name}", weak=True))
    for match in _ATTRIBUTION.finditer(text):
        party = PARTIES[0] if match["headquarters"] else party_of(match["party"] or match["party2"] or match["party3"])
        found.append(Cue(match.start(), match.end(), f"to {party.name}", weak=True, attribution=True))
    return sorted(found, key=lambda cue: cue.start)


@dataclass(frozen=True, slots=True)
class People:
    """Whom a number counts, as read from the words after it (or the label before it)."""

    key: str
    start: int
    end: int
    party: str | None
    """The party named with the people ('Ukrainian servicemen', 'Russians'), if any."""
    plain: bool
    """True when the noun follows the number directly, with nothing in between."""
    own: bool = False
    """True for 'of its own servicemen', 'our people': the speaker's side, whoever the sentence says is speaking."""
    bodies: bool = False
    """True when the number counts the bodies of the dead ('the bodies of 909 fallen defenders', '31 тело')."""
    noun_key: str | None = None
    """The key the noun alone gives, when a word before it made the people a group ('31 wounded Ukrainians')."""


def _people_alternatives() -> str:
    groups = []
    for index, (_, pattern) in enumerate(PEOPLE):
        groups.append(f"(?P<k{index}>{pattern.replace('(?P<place>', f'(?P<place{index}>')})")
    return "|".join(groups)


_FILLERS = (
    rf"(?:{ADJECTIVES}|more|other|further|additional|captured|freed|released|returned|former|young|wounded|injured)"
)
_BRIDGE = (
    # '13 serve in the Navy', 'eight are servicemen of the Armed Forces', '19 of them serve in the Armed Forces, 11 in
    # the Border Guard Service', '98 belong to the Armed Forces': the service they belong to names them
    rf"(?:(?:are\s+|were\s+)?(?:servicemen|soldiers|members|fighters|warriors|representatives)\s+of\s+"
    rf"(?:the\s+|(?:{NAMES})'s\s+)?"
    rf"(?=(?-i:[A-Z]))(?!{ADJECTIVES})"
    r")?"
    r"(?:of\s+(?:them|whom|those|the\s+\d[\d,]*|the\s+(?:freed|released|returned)\s+[a-z]+)"
    r"(?:\s+(?:freed|released|returned|exchanged))?\s*,?\s+)?"
    r"(?:(?:serve[sd]?|serving|belong(?:s|ed)?|belonging)\s+(?:in|to|with)\s+(?:the\s+)?"
    r"|(?:in|from)\s+the\s+(?=(?!(?-i:[A-Z][a-z]+)\s+region)(?-i:[A-Z])|territorial\s+defen)"
    # '59 of the National Guard', '55 - of the Border Guard Service' in a dash list: a service named alone
    rf"|of\s+the\s+(?!(?-i:[A-Z][a-z]+)\s+region|{PARTIES[0].plural}|{PARTIES[1].plural})(?=(?-i:[A-Z]))"
    r")?"
    r"(?:of\s+(?:its|our|their|his)\s+(?:own\s+)?)?"
    rf"(?:of\s+(?P<whose>{NAMES})'s\s+)?"
    r"(?:(?:are|were|is|was|being|have\s+been|had\s+been)\s+)?"
)


@cache
def _after() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<gap>\s*[-\u2013\u2014]?\s*(?:\([^()]{{1,30}}\)\s*)?{_BRIDGE}(?P<fillers>(?:{_FILLERS}\s+){{0,3}}))"
        rf"(?:{_people_alternatives()})\b",
        re.I,
    )


@cache
def _label() -> re.Pattern[str]:
    return re.compile(
        rf"(?:\b(?:{_people_alternatives()})|\breturned\s+to\s+(?P<to>{ANY_PARTY})|\b(?P<all>total|returned))"
        r"\s*(?:[:\u2014\u2013(]|\s-)\s*$",
        re.I,
    )


_SHARED_NOUN = re.compile(rf"\s+(?P<party>{ADJECTIVES})\s+and\s+(?:another\s+)?\d[\d,]*(?=\s+(?:{ADJECTIVES})\b)", re.I)
"""'205 Ukrainian and 205 Russian captives': the first count shares the noun of the second, with its own party."""


_FROM_A_SIDE = re.compile(rf"\s+(?:from|of)\s+the\s+(?P<party>{ADJECTIVES})\s+side\b", re.I)


def people_after(text: str, end: int) -> People | None:
    """Whom the number ending at `end` counts, from the words right after it: '270 Ukrainian servicemen'."""
    shared = _SHARED_NOUN.match(text, end)
    if shared is not None:
        second = people_after(text, shared.end())
        return None if second is None else replace(second, party=party_of(shared["party"]).name)
    match = _after().match(text, end, min(len(text), end + 90))
    if match is None:
        return None
    key, start, stop = _which(match)
    named = re.search(rf"\b(?:{ADJECTIVES})\b", match["fillers"] + " " + match[key], re.I)
    party = party_of(named[0]).name if named else _plural_party(match[key])
    if match["whose"]:  # '185 of Ukraine's military personnel'
        party = party_of(match["whose"]).name
    side = _FROM_A_SIDE.match(text, match.end())
    if side is not None:  # '150 prisoners from the Ukrainian side': that side's people
        party = party_of(side["party"]).name
    # 'of its own servicemen', 'our people', '146 of its prisoners of war': the speaker's side
    own = re.search(r"\b(?:its|their|our)\s+own\b|\bour\b|\bof\s+its\b", match["gap"], re.I) is not None
    noun, counted = _key_of(match, key), _counted(match, key)
    plain = match["gap"].strip() == ""
    return People(counted, start, stop, party, plain, own=own, noun_key=noun if noun != counted else None)


_WOUNDED = re.compile(r"\b(?:wounded|injured)\b", re.I)


def _counted(match: re.Match[str], group: str) -> str:
    """The key of the people counted: '31 wounded Ukrainians' are the wounded among those who came back, a group of
    them, however plainly the noun after the wounds names everyone."""
    key = _key_of(match, group)
    if key in ("total", "service:military") and _WOUNDED.search(match["fillers"] or ""):
        return "subset:wounded"
    return key


def people_before(text: str, start: int) -> People | None:
    """Whom the number starting at `start` counts, from a label before it: 'Military — 270', 'Returned: 390'."""
    window_start = max(0, start - 60)
    match = _label().search(text, window_start, start)
    if match is None:
        return None
    if match["to"] or match["all"]:
        party = party_of(match["to"]).name if match["to"] else None
        return People("total", match.start(), match.end(), party, plain=True)
    key, begin, stop = _which(match)
    return People(_key_of(match, key), begin, stop, _plural_party(match[key]), plain=True)


def _which(match: re.Match[str]) -> tuple[str, int, int]:
    key = next(name for name, value in match.groupdict().items() if value and re.fullmatch(r"k\d+", name))
    return key, match.start(key), match.end(key)


def _key_of(match: re.Match[str], group: str) -> str:
    index = int(group[1:])
    key = PEOPLE[index][0]
    place = match.groupdict().get(f"place{index}")
    return key.format(place=re.sub(r"\W+", "_", place.strip().lower())) if place else key


def _plural_party(noun: str) -> str | None:
    for party in PARTIES:
        if noun.strip().lower() == party.plural.lower():
            return party.name
    return None
