"""The points of the labelling convention (tests/eval/LABELLING.md) a program can hold a corpus file to.

Each check yields the breaches it finds in words a labeller can act on; a file keeps the convention when there are
none. The other points (which noun decides the key, what counts as background) need a reader, not a check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from number_parser import parse as numbers_in_digits

from tests.eval.ordinals import exchange_ordinals
from tests.eval.schema import About, AtLeast, AtMost, Group, Range, RealText, Value

MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
    r"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
DATELINE = re.compile(
    rf"^[ \t]*(?:(?-i:[A-ZА-ЯІЇЄ])[\w./ -]{{0,30}},[ \t]*)?"
    rf"(?P<day>\d{{1,2}})?[ \t]*(?:{MONTH})[ \t]*(?P<after>\d{{1,2}})?"
    rf"(?:,?[ \t]*\d{{4}})?(?:,?[ \t]*\d{{1,2}}:\d{{2}})?[ \t]*(?:\([^)\n]*\))?[ \t]*(?:[.:–—-]|/)",
    re.IGNORECASE | re.MULTILINE,
)
"""A wire's opening 'KYIV, Nov 25 (IANS) –', 'MOSCOW, 7 March.' or 'Москва, 1 февраля 2024, 02:09 –': where and when
the story was filed, not when the exchange took place."""
SAYS_THE_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|сьогодні|учора|вчора|сегодня|вчера"
    r"|понеділ\w*|вівтор\w*|середу|четвер\w*|п.ятниц\w*|субот\w*|неділ\w*"
    r"|понедельник\w*|вторник\w*|среду|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*)\b",
    re.IGNORECASE,
)

THE_EXCHANGE_S_DAY = re.compile(
    r"\b(?:today|today's|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?|сьогодні|сегодня"
    r"|понеділок|вівторок|середу|четвер|п.ятницю|суботу|неділю"
    r"|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b",
    re.IGNORECASE,
)
"""The words that date a stage by the day it was published: 'четвер' but not 'четверо', which counts four."""
CAME_BACK = re.compile(
    r"\b(?:came|come|coming|brought|returned|exchanged|swapped|swap|freed|released|sent|handed|повернул\w*|поверта\w*"
    r"|звільни\w*|визволи\w*|обмін\w*|вернул\w*|возвраща\w*|освобо\w*|обмен\w*)\b",
    re.IGNORECASE,
)
SAID = re.compile(
    r"^(?:said|say|says|announced|wrote|confirmed|told|reported|added|stated|повідоми\w*|заяви\w*|написа\w*"
    r"|сказа\w*|розпові\w*|сообщи\w*|рассказа\w*|подтверди\w*)$",
    re.IGNORECASE,
)
"""A day beside these words dates what someone said ('said on Friday', 'сообщило в понедельник'), not the exchange."""
ANOTHER_DAY = re.compile(
    r"^(?:last|next|previous|will|expected|planned|минул\w*|наступн\w*|чека\w*|очіку\w*|буде|будуть"
    r"|прошл\w*|следующ\w*|ожида\w*|планиру\w*|будет|будут)$",
    re.IGNORECASE,
)
"""A day beside these words is another exchange's or one still to come ('last Monday', 'чекають у суботу')."""
OTHER_EXCHANGES = frozenset({"other-exchange", "recap", "background", "since-war-began", "outside-exchange"})

Check = Callable[[RealText], Iterable[str]]


def breaches(entry: RealText) -> list[str]:
    """Every way the file's labels leave the convention, in the order of its points."""
    return [breach for check in CHECKS for breach in check(entry)]


def each_side_beside_directions(entry: RealText) -> Iterator[str]:
    """Point 3: when both directions are given the same figure, each side is not labelled beside them."""
    for number, stage in enumerate(entry.expected.stages, start=1):
        directions = [figures for direction, figures in stage.claims.items() if direction.startswith("to ")]
        for key, value in stage.claims.get("each side", {}).items():
            if len(directions) >= 2 and all(value in figures.values() for figures in directions):
                yield (
                    f"stage #{number}: each side {key} {_shown(value)} repeats what both directions are given: "
                    "label the directions only"
                )


def headline_figures_taken(entry: RealText) -> Iterator[str]:
    """Point 4: a number only the headline gives is set aside as headline, never a figure."""
    headline, blank, body = entry.text.partition("\n\n")
    if not blank or len(headline.splitlines()) > 2 or headline.rstrip().endswith("."):
        return
    taken = {number for stage in entry.expected.stages for number in _claimed(stage.claims)}
    for number in sorted(_numbers(headline, entry.language) - _numbers(body, entry.language)):
        if number in taken:
            yield f"{number} is given only by the headline: set it aside as headline, take the body's figures"


def ordinals_set_aside(entry: RealText) -> Iterator[str]:
    """Point 5: every ordinal of an exchange is set aside as ordinal (a stage's own number is its stage)."""
    aside = {item.value for item in entry.expected.set_aside if item.why == "ordinal"}
    stages = {stage.stage for stage in entry.expected.stages if stage.stage is not None}
    for value, words in exchange_ordinals(entry.text, entry.language):
        if value not in aside | stages:
            yield f"'{words}' numbers an exchange: set aside {{value: {value}, why: ordinal}}"


def nested_in_a_labelled_group(entry: RealText) -> Iterator[str]:
    """Point 6: a group nested in another names, by its key, a group its direction counts."""
    for stage in entry.expected.stages:
        for direction, figures in stage.claims.items():
            for key, value in figures.items():
                if isinstance(value, Group) and value.within is not None and value.within not in figures:
                    yield f"{direction}: {key} is within {value.within!r}, which {direction} does not count"


def dates_from_the_body(entry: RealText) -> Iterator[str]:
    """Point 7: a dateline's day is the filing date; a stage's day comes from the body's own words."""
    opening = "\n".join(entry.text.splitlines()[:4])
    line = next((found for found in DATELINE.finditer(opening) if not _continues(opening, found.start())), None)
    if line is None:
        return
    day = int(line.group("day") or line.group("after") or 0)
    body = entry.text[: line.start()] + entry.text[line.end() :]
    for stage in entry.expected.stages:
        when = stage.took_place_on
        if isinstance(when, date) and when.day == day and not _body_says_day(body, day):
            yield f"took_place_on {when} is the dateline's day: the body says neither that day nor today"


def undated_day_of_return(entry: RealText) -> Iterator[str]:
    """Point 7: a clause that says people came back 'today' or on a weekday gives its stage a day."""
    if any(stage.took_place_on is not None for stage in entry.expected.stages):
        return
    elsewhere = {item.value for item in entry.expected.set_aside if item.why in OTHER_EXCHANGES}
    for clause in re.split(r"[.;!?]+(?:\s|$)|\n\s*\n", entry.text):
        clause = " ".join(clause.split())
        counts = _numbers(clause, entry.language)
        if counts and counts <= elsewhere:
            continue  # every count of it is another exchange's or a recap's, and so is the day
        if CAME_BACK.search(clause) and _dates_the_exchange(clause):
            yield f"'{clause[:80]}' dates the exchange: label the stage's took_place_on from published"


def _dates_the_exchange(clause: str) -> bool:
    words = re.findall(r"[\w'’]+", clause)
    for at, word in enumerate(words):
        if THE_EXCHANGE_S_DAY.fullmatch(word):
            near = words[max(at - 4, 0) : at] + words[at + 1 : at + 5]
            if not any(SAID.match(other) or ANOTHER_DAY.match(other) for other in near):
                return True
    return False


def _continues(text: str, start: int) -> bool:
    """Whether the line at `start` carries on a sentence the line before left open ('... were freed' / '23 November.'):
    such a line is the body's own words, not a dateline."""
    before = text[:start].rstrip()
    return bool(before) and text[len(before) : start].count("\n") == 1 and before[-1].isalnum()


def _body_says_day(body: str, day: int) -> bool:
    dated = rf"(?<!\d){day}(?!\d)[ \t]*(?:{MONTH})|(?:{MONTH})[ \t]*{day}(?!\d)"
    return re.search(dated, body, re.IGNORECASE) is not None or SAYS_THE_DAY.search(body) is not None


def _claimed(claims: dict[str, dict[str, Value]]) -> Iterator[int]:
    for figures in claims.values():
        for value in figures.values():
            yield from _counts(value)


def _counts(value: Value) -> tuple[int, ...]:
    match value:
        case int():
            return (value,)
        case About(about=count) | AtMost(at_most=count) | Group(value=count):
            return (count,)
        case AtLeast(at_least=low):
            return (low, low - 1)  # 'more than 500' is labelled at least 501
        case Range(low=low, high=high):
            return (low, high)
    raise TypeError(value)


def _numbers(text: str, language: str) -> set[int]:
    """The counts a passage writes, in figures or in words ('Fifty', 'сто сорок чотири')."""
    spelled = numbers_in_digits(text, language=language)
    # A thousands separator is one comma or space before three digits: 'April 10, 100 soldiers' is 10 and 100.
    grouped = r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+"
    return {int(re.sub(r"\D", "", found)) for found in re.findall(grouped, spelled)}


def _shown(value: Value) -> str:
    return str(value) if isinstance(value, int) else repr(value)


CHECKS: tuple[Check, ...] = (
    each_side_beside_directions,
    headline_figures_taken,
    ordinals_set_aside,
    nested_in_a_labelled_group,
    dates_from_the_body,
    undated_day_of_return,
)
