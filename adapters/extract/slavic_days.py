"""Ways a Ukrainian or Russian statement's day is written that are not a day's number of its own: a wire's
dateline ('МОСКВА, 2 октября. /ТАСС/.'), which dates the filing, not the exchange; 'сегодня', 'сьогодні', the day
the statement was published; and a day of the week ('в среду', 'у четвер'), the last such day up to it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from adapters.extract.morphology import Word
from adapters.extract.numbers import Mention

_PLACE = re.compile(r"[ \t]*[А-ЯЁІЇЄҐA-Z][\w'’-]*(?:[ -][А-ЯЁІЇЄҐA-Z][\w'’-]*){0,2}[,.][ \t]+\Z")
"""What opens a dateline's line before its day: a place or an agency, capitalised, then a comma or a stop."""
_CLOSED = re.compile(r"(?:[ \t]*\d{4}(?:[ \t]*(?:года|року|г\.|р\.))?)?[ \t]*(?:[.,][ \t]*)?(?:[/\u2014\u2013-]|\.|$)")
"""What closes it: the year at most, then a stop, a dash or the agency's slash."""
TODAY = frozenset(("сегодня", "сьогодні"))
WEEKDAYS: dict[str, int] = {
    **dict.fromkeys(("понедельник", "понеділок"), 0),
    **dict.fromkeys(("вторник", "вівторок"), 1),
    **dict.fromkeys(("среда", "середа"), 2),
    **dict.fromkeys(("четверг", "четвер"), 3),
    **dict.fromkeys(("пятница", "п'ятниця", "п’ятниця"), 4),
    **dict.fromkeys(("суббота", "субота"), 5),
    **dict.fromkeys(("воскресенье", "неділя"), 6),
}
_ON = frozenset(("в", "во", "у"))


def dateline(text: str, mention: Mention) -> bool:
    """Whether a day opens its line after nothing but a place or an agency and is closed by a stop, a dash or a
    slash: the day the story was filed, not the day of the exchange it tells."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    if _PLACE.fullmatch(text, line_start, mention.start) is None:
        return False
    return _CLOSED.match(text, mention.end) is not None


def today(found: list[Word], published: date) -> Mention | None:
    """The day 'сегодня', 'сьогодні' or 'в среду', 'у четвер' among `found` names, worked out from the publication:
    the day itself, or the last day of that name up to it."""
    for index, word in enumerate(found):
        if word.text.lower() in TODAY:
            return _on(word, word, published)
        weekday = next((WEEKDAYS[lemma] for lemma in word.lemmas if lemma in WEEKDAYS), None)
        if weekday is not None and index > 0 and found[index - 1].text.lower() in _ON:
            back = (published.weekday() - weekday) % 7
            return _on(found[index - 1], word, published - timedelta(days=back))
    return None


def _on(first: Word, last: Word, when: date) -> Mention:
    quote = f"{first.text} {last.text}" if first is not last else first.text
    return replace(Mention(first.start, last.end, quote, None, "date", when), month_day=(when.month, when.day))
