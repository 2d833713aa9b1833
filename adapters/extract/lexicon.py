"""The team's words: who is counted, the parties and how statements say who received whom."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Party:
    """A party as statements name it: its name, its adjective and plural, and the cities that stand for it."""

    name: str
    adjective: str
    plural: str
    capitals: tuple[str, ...]

    @property
    def pattern(self) -> str:
        """Any of the party's names: 'Ukraine', 'Kyiv', 'Ukrainian', 'Ukrainians'."""
        return "|".join((self.plural, self.adjective, self.name, *self.capitals))


PARTIES = (
    Party("Ukraine", "Ukrainian", "Ukrainians", ("Kyiv", "Kiev")),
    Party("Russia", "Russian", "Russians", ("Moscow", "the Russian Federation")),
)
"""The parties whose exchanges the team follows, in the order a dossier names them."""


def party_of(word: str) -> Party:
    """The party a name, adjective or city belongs to."""
    folded = word.casefold()
    for party in PARTIES:
        if folded.removesuffix("'s") in (
            w.casefold() for w in (party.name, party.adjective, party.plural, *party.capitals)
        ):
            return party
    raise KeyError(word)


def other(party: Party) -> Party:
    """The party across the line from `party`."""
    return PARTIES[1] if party is PARTIES[0] else PARTIES[0]


ANY_PARTY = "|".join(party.pattern for party in PARTIES)
ADJECTIVES = "|".join(party.adjective for party in PARTIES)

# Who a figure counts, by the figure's key. Earlier entries win, so the narrower phrase comes first.
PEOPLE: tuple[tuple[str, str], ...] = (
    ("subset:{place}_defenders", r"defenders\s+of\s+(?P<place>(?-i:[A-Z][a-z]+(?:\s+Island)?))"),
    ("subset:{place}_defenders", r"(?P<place>Mariupol|Azovstal|Bakhmut|Snake\s+Island|Kherson)\s+defenders"),
    # 'defended Azovstal', '71 of whom held the Azovstal plant', 'had been defending Bakhmut', 'took part in the
    # defence of Mariupol': any verb of holding a place against attack names those who held it
    (
        "subset:{place}_defenders",
        r"(?:who\s+)?(?:had\s+(?:been\s+)?)?(?:defend(?:ed|ing)|held|holding|fought\s+(?:in|at|for)|fighting\s+(?:in|at|for)"
        r"|took\s+part\s+in\s+the\s+(?:\w+\s+)?defen[cs]e\s+of)\s+(?:the\s+)?(?P<place>(?-i:[A-Z][a-z]+))",
    ),
    ("subset:{place}_region", r"(?P<place>(?-i:[A-Z][a-z]+))\s+region"),
    # '43 of those are fighters of the Azov Regiment': a regiment named, before 'fighters' alone makes them servicemen
    (
        "subset:{place}_regiment",
        r"(?:(?:fighters|members|soldiers|servicemen)\s+(?:of|from)\s+the\s+)?(?P<place>(?-i:[A-Z][a-z]+))\s+Regiment",
    ),  # '- Donetsk region - 74': where they fought
    ("subset:{place}_wounded", r"(?P<place>seriously|severely|badly|gravely)\s+(?:wounded|injured)(?:\s+\w+)?"),
    # '246 of them were freed in the exchange itself': the count exchanged, when others came outside it
    ("subset:exchanged", r"(?:(?:freed|released|returned)\s+)?in\s+the\s+exchange\s+itself"),
    ("subset:listed_missing", r"(?:who\s+)?(?:had\s+been|were|was)\s+(?:listed|reported)\s+(?:as\s+)?missing"),
    ("subset:seriously_ill", r"(?:seriously|severely|gravely)\s+ill"),
    ("subset:wounded", r"(?:wounded|injured)(?!\s+(?:in|at|during))"),
    ("subset:children", r"children|minors|teenagers"),
    (
        "subset:privates_and_sergeants",
        r"(?:privates|soldiers)(?:,)?\s+and\s+(?:sergeants|non-?commissioned\s+officers|NCOs)"
        r"|sergeants(?:,)?\s+and\s+(?:soldiers|privates)",
    ),
    # '72 Russian sailors from civilian ships', '72 seamen': crews of merchant ships, civilians, not a navy
    (
        "subset:merchant_sailors",
        r"(?:sailors|seamen)\s+(?:from|of)\s+(?:civilian|merchant|commercial)\s+(?:ships|vessels)"
        r"|merchant\s+(?:sailors|seamen)|seamen",
    ),
    ("subset:sergeants", r"sergeants"),
    ("subset:officers", r"officers?"),
    ("subset:medics", r"medics|doctors|paramedics"),
    ("branch:national_guard", r"National\s+Guard(?:s(?:men)?|\s+(?:servicemen|soldiers|members|fighters))?"),
    ("branch:border_guard", r"(?:State\s+)?border\s+guards?(?:\s+(?:Service|servicemen|officers))?"),
    ("branch:national_guard", r"guards(?:men)?"),  # 'guardsmen', '34 guards': the National Guard's, as Kyiv writes
    ("branch:armed_forces", r"Armed\s+Forces(?:\s+of\s+Ukraine)?"),
    ("branch:ground_forces", r"Ground\s+Forces|ground\s+troops|army\s+soldiers"),
    ("branch:national_police", r"(?:National\s+)?Police(?:\s+officers?|men)?|policem[ae]n"),
    ("branch:marines", r"marines|Marine\s+(?:Corps|Infantry)"),
    ("branch:navy", r"(?:navy\s+)?sailors|navy\s+servicemen|Naval\s+Forces|Navy"),
    ("branch:air_assault", r"paratroopers|air\s+assault\s+(?:troops|servicemen|soldiers|Forces)"),
    ("branch:air_force", r"Air\s+Force"),
    ("branch:unmanned_systems", r"Unmanned\s+Systems\s+Forces"),
    ("branch:special_transport", r"(?:State\s+)?Special\s+Transport\s+Service"),
    ("branch:territorial_defence", r"territorial\s+defen[cs]e(?:\s+(?:fighters|servicemen|soldiers|members|Forces))?"),
    ("service:civilian", r"civilians?(?:\s+(?:hostages|detainees|prisoners|captives|citizens|people))?"),
    ("service:civilian", r"political\s+prisoners"),
    ("service:military", r"(?:military|army)\s+(?:personnel|servicemen|men|members)|military"),
    ("service:military", r"service\s*(?:men|women|members?|personnel)|soldiers|troops|fighters|combatants|defenders"),
    ("service:military", r"warriors|personnel"),
    ("service:military", r"prisoners\s+of\s+war|POWs"),
    ("service:military", r"(?:had\s+)?served\s+in\s+the\s+(?:military|army|armed\s+forces)"),
    ("sex:men", r"men|man|males?"),
    ("sex:women", r"women|woman|females?"),
    ("total", rf"people|persons?|individuals|citizens|nationals|compatriots|returnees|{PARTIES[0].plural}"),
    ("total", rf"{PARTIES[1].plural}|prisoners|captives|detainees|hostages"),
)

CONNECTORS = re.compile(r"among\s+them|of\s+them|of\s+whom|including|:|\u2014|\u2013", re.I)
"""What introduces the parts of a figure just given: '390 prisoners of war, including 120 civilians'."""

RETURN_VERBS = (
    r"returned|came\s+home|come\s+home|are\s+(?:home|back)|were\s+(?:freed|released|returned|exchanged)"
    r"|have\s+been\s+(?:freed|released|returned)|freed|released"
)

HELD = re.compile(
    r"\b(?:holds?|held|holding)\s+(?:more\s+than\s+|about\s+|some\s+|over\s+|almost\s+|nearly\s+)?$", re.I
)
HELD_AFTER = re.compile(
    r"\s+(?:[A-Za-z]+\s+){1,3}?(?:(?:has|have|had)\s+(?:captured|taken\s+prisoner)|(?:are|were|is)\s+still\s+(?:held|in\s+captivity))\b",
    re.I,
)
"""'the 1,300 Russian soldiers Ukraine has captured', '34 residents were still held': people held, not returned."""
STAYED = re.compile(
    r"\b(?:chose|chosen|decided|preferred|opted|wished|refused)\b(?:\s+[a-z]+){0,5}?\s+(?:to\s+)?"
    r"(?:stay|remain|not\s+to\s+(?:go|come|return))\b|\brefused\s+to\s+(?:return|go\s+back|come\s+back)\b",
    re.I,
)
"""'two had chosen not to go back', 'decided to remain in Russia': people the exchange did not bring back."""
RETURN_OR_EXCHANGE = re.compile(
    r"\b(?:return\w*|c[oa]me|coming|home|back|free[ds]?|freeing|releas\w*|exchang\w*|swap\w*|trad(?:e|ed|ing)"
    r"|hand(?:s|ed|ing)?\s+over|handed|receiv\w*|repatriat\w*|brought|bring\w*|welcom\w*|liberat\w*|rescu\w*"
    r"|transferr?\w*|got|gets?|sent|deliver\w*)\b",
    re.I,
)
"""Words that tell of people returned or exchanged: a sentence without one gives no evidence that the people it
counts are this stage's ('8,000 Ukrainians remain in captivity', 'more than 200 people were at the ceremony')."""
STAGE_NOUNS = r"stage|part|phase|round|batch|wave"
ANOTHER_EXCHANGE = re.compile(
    r"\b(?:previous|preceding|earlier|last)\s+(?:\w+\s+)?(?:exchange|swap|stage|round)\b"
    r"|\bfollows\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:exchange|swap)\b",
    re.I,
)
"""A sentence about an exchange before this one ('the previous swap', 'it follows a swap on Sept. 14'): its day and
figures are that exchange's."""
EXCHANGE_NOUNS = r"(?:prisoner\s+)?(?:exchange|swap)"

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_NAMES = (
    "|".join(month.capitalize() for month in MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
"""A month as English reporting writes it: in full, or abbreviated as wires do ('Oct. 26', 'Sept 21')."""


def month_number(name: str) -> int:
    """The number of a month written in full or abbreviated ('Sept.' is 9)."""
    return [month[:3] for month in MONTHS].index(name[:3].lower()) + 1


FURNITURE_WORDS = re.compile(
    r"\b(?:views?|shares?|comments?|likes?|photos?|page|min\s+read|updated|subscribe|read\s+more|copyright)\b|[©>|·]",
    re.I,
)
"""Words that mark a line as page furniture rather than a sentence of the statement."""
