"""The team's words in Ukrainian and Russian, as lemmas: who is counted, the parties, and what says who received whom.

Lemmas, not inflected forms: pymorphy3 maps 'військовополонених' and 'военнопленными' to one dictionary form each."""

from __future__ import annotations

import re

UKRAINE, RUSSIA = "Ukraine", "Russia"

HOME = {"uk": UKRAINE, "ru": RUSSIA}
"""Whose home 'home', 'ours' and 'our people' mean in a statement written in the language: its own side's."""

PEOPLE: dict[str, str] = {
    # servicemen and prisoners of war
    **dict.fromkeys(
        (
            "військовий",
            "військовослужбовець",
            "військовополонений",
            "воїн",
            "захисник",
            "оборонець",
            "боєць",
            "солдат",
            "военный",
            "военнослужащий",
            "военнопленный",
            "боец",
            "воин",
            "защитник",
        ),
        "service:military",
    ),
    **dict.fromkeys(("цивільний", "гражданский", "мирний", "мирный"), "service:civilian"),
    **dict.fromkeys(("чоловік", "чоловіків", "мужчина"), "sex:men"),
    **dict.fromkeys(("жінка", "женщина", "військовослужбовиця", "военнослужащая"), "sex:women"),
    **dict.fromkeys(
        (
            "людина",
            "люди",
            "человек",
            "люди",
            "громадянин",
            "гражданин",
            "українець",
            "украинец",
            "россиянин",
            "росіянин",
            "співвітчизник",
            "соотечественник",
            "особа",
            "лицо",
            "полонений",
            "пленный",
            "ребята",
            "хлопець",
        ),
        "total",
    ),
    **dict.fromkeys(("поранений", "тяжкопоранений", "важкопоранений", "раненый", "тяжелораненый"), "subset:wounded"),
    **dict.fromkeys(("нацгвардієць", "нацгвардеец", "гвардієць", "гвардеец"), "branch:national_guard"),
    **dict.fromkeys(("прикордонник", "пограничник"), "branch:border_guard"),
    **dict.fromkeys(("моряк",), "branch:navy"),
    **dict.fromkeys(("тероборонець", "тероборонівець"), "branch:territorial_defence"),
    **dict.fromkeys(("десантник", "десантник"), "branch:air_assault"),
    **dict.fromkeys(("морпіх", "морпех"), "branch:marines"),
    **dict.fromkeys(("поліцейський", "полицейский"), "branch:police"),
    **dict.fromkeys(("офіцер", "офицер"), "subset:officers"),
    **dict.fromkeys(("сержант",), "subset:sergeants"),
    **dict.fromkeys(("строковик", "срочник"), "subset:conscripts"),
}
"""A head noun's lemma and the figure it makes; adjectives used as nouns ('цивільних') are listed by their lemma."""

UNITS: dict[str, str] = {
    "зсу": "branch:armed_forces",
    "всу": "branch:armed_forces",
    "тро": "branch:territorial_defence",
    "вмс": "branch:navy",
    "нацгвардія": "branch:national_guard",
    "нацгвардия": "branch:national_guard",
    "дпсу": "branch:border_guard",
    "держприкордонслужба": "branch:border_guard",
    "тероборона": "branch:territorial_defence",
    "терроборона": "branch:territorial_defence",
    "гсст": "branch:special_transport",
    "держспецтрансслужба": "branch:special_transport",
    "дсст": "branch:special_transport",
    "нацполіція": "branch:police",
}
"""Units named in a list ('воїнів ЗСУ – 149', 'ТрО – 4'): the branch each stands for. All are Ukraine's services,
so people counted by one of them are Ukraine's."""

UNIT_NAMES: dict[tuple[str, str], str] = {
    **dict.fromkeys((("національний", "гвардія"), ("национальный", "гвардия")), "branch:national_guard"),
    **dict.fromkeys((("прикордонний", "служба"), ("пограничный", "служба")), "branch:border_guard"),
    **dict.fromkeys((("збройний", "сила"), ("вооружённый", "сила")), "branch:armed_forces"),
    **dict.fromkeys((("військово-морський", "сила"), ("военно-морской", "сила")), "branch:navy"),
    **dict.fromkeys((("територіальний", "оборона"), ("территориальный", "оборона")), "branch:territorial_defence"),
    **dict.fromkeys((("сухопутний", "військо"), ("сухопутный", "войско")), "branch:ground_forces"),
    **dict.fromkeys((("десантно-штурмовий", "військо"), ("десантно-штурмовой", "войско")), "branch:air_assault"),
    **dict.fromkeys((("спеціальний", "служба"), ("специальный", "служба")), "branch:special_transport"),
    **dict.fromkeys((("національний", "поліція"), ("национальный", "полиция")), "branch:police"),
}
"""Services named in full, by an adjective's and a noun's dictionary forms ('бійців Національної гвардії',
'військовослужбовців Державної прикордонної служби'): the branch each stands for, as the abbreviations above."""

ARMED_FORCES = frozenset(("зсу", "всу"))
"""Abbreviations of Ukraine's armed forces: '103 военнопленных ВСУ' are Ukraine's."""

PRIVATES = frozenset(("рядовий", "рядовой"))
RANKS = frozenset(("офіцер", "офицер", "сержант", *PRIVATES))
SOLDIERS = frozenset(("солдат",))
"""'два офицера и 14 солдат': beside another rank, soldiers are a rank of their own ('subset:soldiers'), not every
serviceman counted."""
DEFENDERS = frozenset(("захисник", "оборонець", "захисниця", "защитник", "оборонец"))
"""Defenders named by the place they held ('захисники «Азовсталі»', 'защитников Мариуполя'): a group singled out."""

HOLDING = frozenset(("удерживать", "утримувати", "тримати", "держать", "удерживаться", "утримуватися"))
"""'по-прежнему удерживают 13 жителей': people still held, not returned."""
MERCHANT = frozenset(("гражданский", "цивільний", "торговый", "торговельний", "торговий", "рыболовецкий"))
SHIPS = frozenset(("судно",))
"""'72 моряка гражданских судов': sailors of merchant ships, a group of civilians, not a navy."""
PREVIOUS = frozenset(("предыдущий", "попередній", "прошлый", "минулий", "прежний"))
EXCHANGES = frozenset(("обмен", "обмін"))
"""'Предыдущий крупный обмен состоялся в конце сентября': a sentence about the exchange before this one."""
RELATIVE = frozenset(("который", "який", "котрий"))
"""'которых', 'яких': a clause about the people just counted."""
RESIDENTS = frozenset(("житель", "жителька", "мешканець", "мешканка"))
REGIONS = frozenset(("область", "край", "регион", "регіон"))
"""'восемь жителей Курской области': people named by the region they live in, a group ('subset:kursk_residents')."""
REPUBLICS = {
    **dict.fromkeys(("ДНР", "донецкий", "донецький"), "dpr"),
    **dict.fromkeys(("ЛНР", "луганский", "луганський"), "lpr"),
}
"""The republics whose fighters a Russian statement counts apart ('12 бойцов из ДНР', 'бойцов Донецкой народной
республики'), by the English abbreviation; the adjective alone names the region, not the republic."""
PEOPLES = frozenset(("народный", "народний"))
UNIT_NOUNS = frozenset(("полк", "бригада", "батальйон", "батальон", "загін", "отряд"))
"""'бійці полку «Азов»': the kind of unit whose name, in quotes, singles out a group ('subset:azov')."""

NOT_PEOPLE = frozenset(
    ("тіло", "тело", "останки", "рік", "год", "річниця", "бригада", "обмін", "обмен", "день", "доба", "сутки")
)
"""Lemmas after a number that say it counts something else: bodies, years, brigades, exchanges, days."""
BODIES = frozenset(("тіло", "тело", "останки"))

PARTY: dict[str, str] = {
    **dict.fromkeys(("україна", "украина", "український", "украинский", "українець", "украинец", "київ"), UKRAINE),
    **dict.fromkeys(("киев", "київський", "киевский"), UKRAINE),
    **dict.fromkeys(("росія", "россия", "російський", "российский", "росіянин", "россиянин", "рф"), RUSSIA),
    **dict.fromkeys(("москва", "московский", "московський"), RUSSIA),
}
OURS = frozenset(("наш", "свій", "свой"))
"""'Our people', 'its own': the side that speaks, which the language stands for."""
HOME_WORDS = frozenset(("додому", "домой", "вдома", "дома", "батьківщина", "родина", "рідний"))
RECEIVING = frozenset(("отримати", "получить", "повернути", "вернуть", "забрати", "забрать"))
"""Verbs whose subject, a party in the nominative, received the people: 'Россия получила 303 военнослужащих'."""
GIVING = frozenset(("передати", "передать", "віддати", "отдать", "передавати", "передавать", "повернути"))
"""Verbs whose receiver is named in the dative: 'Україні передали 270 військовополонених'."""
INTO = frozenset(("в", "у", "на"))
EXCHANGED = frozenset(("обмінятися", "обменяться", "обмінюватися", "обмениваться"))
EACH = frozenset(("кожний", "кожен", "каждый", "обидва", "оба", "обоюдно"))
FORMULA = frozenset(("формула", "формат", "схема"))
ONLY = frozenset(("лишь", "только", "лише", "тільки", "лиш"))
"""'лишь на обмен 90 на 90': a restriction says what was in fact done, against what was meant."""
INTENDING = frozenset(
    (
        "собираться",
        "планировать",
        "планироваться",
        "намереваться",
        "збиратися",
        "планувати",
        "плануватися",
        "намірятися",
    )
)
"""Verbs of meaning to do: 'собирались провести обмен 160 на 160' is a swap planned, not made."""
AGREEMENT = frozenset(("домовленість", "договорённость", "договоренность", "угода", "соглашение", "договір", "договор"))
"""Words of the agreement: 'по договорённостям ... по формуле 1000 на 1000' states the terms, not a stage's count."""

TERRITORY = frozenset(("територія", "территория", "підконтрольний", "подконтрольный"))
"""'на території рф', 'с подконтрольных Киеву территорий': a party named for a place, not as the receiver."""
CAPTIVITY = frozenset(("плен", "полон"))
FROM = frozenset(("из", "з", "із", "зі"))
"""'з російського полону', 'из российского плена': freed from one side's captivity, home to the other's."""
MISSING = frozenset(("пропасть", "пропавший", "безвести", "безвесть", "зниклий", "безвісти", "безвість"))
"""'числились пропавшими без вести', 'вважалися зниклими безвісти': people once listed as missing, a group."""
SUMMING_UP = re.compile(r"\s*(?:тем\s+самым|тим\s+самим|таким\s+(?:образом|чином))\b", re.I)
"""A sentence that opens 'thereby' or 'thus' adds up what the exchange has brought so far: a recap, not the stage."""
REACHED = frozenset(
    (
        "досягнутий",
        "достигнутый",
        "домовитися",
        "договориться",
        "домовлятися",
        "договариваться",
        "условиться",
        "умовитися",
    )
)
"""'Reached', 'agreed': with the words of an agreement, what makes the day named next the agreement's own."""

STAGES = frozenset(("етап", "этап", "частина", "часть", "фаза", "волна", "хвиля"))
IN_ALL = frozenset(("всего", "всього", "усього", "загалом", "итого"))
"""'Всего', 'Загалом': a total said in all, which beside earlier stages counts every stage so far."""
WAR_BEGAN = frozenset(("початок", "начало"))
WAR = frozenset(("повномасштабний", "полномасштабный", "сво"))
"""Words of a count over the whole war: 'з початку повномасштабного вторгнення', 'с начала СВО', 'за время СВО'."""
IN_ADDITION = frozenset(("крім", "кроме", "помимо", "окрім", "додатково", "окремо", "отдельно", "сверх"))
"""Words that add a group on top of the exchange's own count: 'крім того', 'помимо этого', 'окремо', 'сверх обмена'."""
RECALLING = frozenset(("нагадати", "нагадувати", "напомнить", "напоминать"))
"""'Нагадаємо', 'напомним': what follows in the paragraph recalls earlier figures."""
EXPECTED = frozenset(("очікувати", "ожидать", "чекати", "планувати", "планировать", "завтра", "наступний"))
"""Words of a figure expected rather than delivered."""
