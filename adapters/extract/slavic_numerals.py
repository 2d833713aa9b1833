"""Number words of Ukrainian and Russian the number parser does not read, as lemmas: ordinals, month names,
collective numerals, and the nouns of a round number."""

from __future__ import annotations

ROUND_NOUNS = frozenset(("тысяча", "тисяча", "сотня", "десяток"))
"""Nouns of a round number: in the plural with no numeral before them ('тисячі росіян') they say 'many'."""
ORDINALS: dict[str, int] = {
    **dict.fromkeys(("перший", "первый"), 1),
    **dict.fromkeys(("другий", "второй"), 2),
    **dict.fromkeys(("третій", "третий"), 3),
    **dict.fromkeys(("четвертий", "четвёртый", "четвертый"), 4),
    **dict.fromkeys(("п'ятий", "п’ятий", "пятый"), 5),
    **dict.fromkeys(("шостий", "шестой"), 6),
    **dict.fromkeys(("сьомий", "седьмой"), 7),
    **dict.fromkeys(("восьмий", "восьмой"), 8),
    **dict.fromkeys(("дев'ятий", "дев’ятий", "девятый"), 9),
    **dict.fromkeys(("десятий", "десятый"), 10),
}

_MONTH_NAMES = (
    "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
    "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "янв фев мар апр май июн июл авг сен окт ноя дек",
)
MONTHS: dict[str, int] = {name: index for names in _MONTH_NAMES for index, name in enumerate(names.split(), 1)}
"""Month names by lemma, and the agencies' abbreviations ('24 авг')."""
COLLECTIVE: dict[str, int] = {
    **{
        word: index
        for index, word in enumerate(["двоє", "троє", "четверо", "п'ятеро", "шестеро", "семеро", "восьмеро"], 2)
    },
    **{
        word: index
        for index, word in enumerate(["двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро"], 2)
    },
    "дев'ятеро": 9,
    "девятеро": 9,
    "десятеро": 10,
}
"""Collective numerals ('восьмеро цивільних', 'трое военных'), which number-parser does not read."""
