"""A headcount on its way to becoming a proposed figure, and how a rounded count and the exact one it restates meet."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from adapters.extract.cues import COMBINED, EACH_SIDE, Cue
from adapters.extract.layout import Layout
from adapters.extract.lexicon import PARTIES, other
from adapters.extract.model import Bound
from adapters.extract.reading import Reading

_RECEIVERS = {f"to {party.name}": f"to {other(party).name}" for party in PARTIES}
"""Each receiver and the receiver across the line from it."""
OPPOSITE = {"service:military": "service:civilian", "service:civilian": "service:military"}
Slot = tuple[str | None, str, bool, bool]


@dataclass
class Headcount:
    """A headcount read from the text, on its way to becoming a proposed figure."""

    reading: Reading
    key: str
    confidence: float
    direction: str | None = None
    cue: Cue | None = None
    note: str = ""
    within: str | None = None
    """The group or branch this group is drawn from, when it is not drawn from everyone counted."""

    @property
    def slot(self) -> Slot:
        """What a figure is one of: its direction and key, planned or delivered, exact or not."""
        return (self.direction, self.key, self.reading.planned, self.reading.bound is not None)

    @property
    def value(self) -> int:
        """The number read."""
        return self.reading.value if isinstance(self.reading.value, int) else 0


_HEADCOUNTS = frozenset(("total", "service:military", "service:civilian"))


def exact_for(rounded: Headcount, counts: Iterable[Headcount]) -> Headcount | None:
    """An exact total or service figure of the same direction that a rounded one ('more than 100') restates."""
    bound = rounded.reading.bound
    if bound is None or rounded.key not in _HEADCOUNTS:
        return None
    for count in counts:
        fits = count.reading.bound is None and count.key in _HEADCOUNTS and count.direction == rounded.direction
        if fits and not count.reading.planned and within_bound(count.value, bound):
            return count
    return None


def name_restated(exact: Headcount, rounded: Headcount, best: dict[Slot, Headcount]) -> None:
    """'Over 100 prisoners of war ... the 116 freed': an exact count that only says 'freed' or 'people' counts the
    same people as the rounded one it restates, so it takes the rounded one's narrower key when that is free and the
    text counts nobody of the other service among them."""
    narrower = (exact.direction, rounded.key, exact.reading.planned, False)
    mixed = any(c.direction == exact.direction and c.key == OPPOSITE.get(rounded.key) for c in best.values())
    restates = rounded.reading.start < exact.reading.start  # a lead's rounded count, then the exact one
    if restates and exact.key == "total" and rounded.key != "total" and narrower not in best and not mixed:
        del best[exact.slot]
        exact.key = rounded.key
        best[narrower] = exact


def within_bound(value: int, bound: Bound) -> bool:
    """Whether an exact count is one that a rounded count or a bound allows."""
    if bound.relation == "at least":
        return value >= bound.value
    if bound.relation == "at most":
        return value <= bound.value
    return abs(value - bound.value) <= bound.value / 10


def twice_each_side_combined(counts: list[Headcount], layout: Layout) -> None:
    """'214 people in all, 107 on each side': a count of the same sentence twice an each-side one is both directions
    together, whatever cue the sentence gives it."""
    for count in counts:
        if count.direction not in (EACH_SIDE, None) or count.reading.bound is not None:
            continue
        sentence = layout.sentence(count.reading.start)
        halves = [
            other
            for other in counts
            if other.direction == EACH_SIDE
            and other is not count
            and 2 * other.value == count.value
            and layout.sentence(other.reading.start) == sentence
        ]
        if halves:
            count.direction = COMBINED


_FOR_AS_MANY = re.compile(
    r"\s+(?:in\s+(?:return|exchange)\s+)?for\s+(?:the\s+same\s+number|as\s+many|(?P<n>\d[\d,]*)(?![\d,]*\d|\s*-?\s*[A-Za-z]))",
    re.I,
)
_IN_RETURN_FOR = re.compile(r"\b(?:in\s+(?:return|exchange)\s+)?for\s+(?:exactly\s+|the\s+)?\Z", re.I)


def given_in_return(counts: list[Headcount], text: str, layout: Layout) -> None:
    """'100 Russian prisoners of war were freed in return for 100 prisoners of war of the other side': people
    given for others in the same sentence go the other way, unless the text names their party; people swapped 'for
    the same number' of others are each side's."""
    for index, count in enumerate(counts):
        people = count.reading.people
        as_many = _FOR_AS_MANY.match(text, people.end if people is not None else count.reading.end)
        if as_many and (as_many["n"] is None or int(as_many["n"].replace(",", "")) == count.value):
            count.direction, count.cue = EACH_SIDE, None  # '84 prisoners for 84', 'for the same number'
            continue
        start = layout.sentence(count.reading.start)[0]
        if (people is not None and people.party) or not _IN_RETURN_FOR.search(text, start, count.reading.start):
            continue
        given = [c for c in counts[:index] if c.reading.start >= start and c.direction in _RECEIVERS]
        if given:
            count.direction = _RECEIVERS[given[-1].direction or ""]
            count.cue = None


def totals_in_all(counts: list[Headcount]) -> dict[int, str]:
    """'197 came home: 175 in the exchange, and 22 wounded handed over besides': a total equal to another total of
    its direction and the groups in addition is the total in all, which a dossier works out from them. The ids of
    such totals, with why they are set aside."""
    added: dict[str | None, int] = {}
    for count in counts:
        if count.reading.in_addition and count.reading.bound is None and not count.reading.planned:
            added[count.direction] = added.get(count.direction, 0) + count.value
    exact = [c for c in counts if c.key == "total" and c.reading.bound is None and not c.reading.planned]
    found = {}
    for whole in exact:
        extra = added.get(whole.direction, 0)
        part = next((c for c in exact if c.direction == whole.direction and c.value + extra == whole.value), None)
        if extra and part is not None and part is not whole:
            found[id(whole)] = f"the total in all: {part.reading.quote} exchanged and {extra:,} in addition"
    return found


def combined_restating_one_side(counts: list[Headcount]) -> dict[int, str]:
    """'Russia and Ukraine have exchanged 103 prisoners. 103 Ukrainian soldiers were traded for 103 Russian
    prisoners': a count of the swap as a whole that each side's own count equals is each side's, said loosely;
    both sides together are never as many as each of them. The ids of such counts, with why they are set aside."""
    delivered = [c for c in counts if not c.reading.planned]
    found = {}
    for count in delivered:
        if count.direction != COMBINED:
            continue
        sides = {c.direction for c in delivered if c.value == count.value and c.direction != COMBINED}
        if EACH_SIDE in sides or set(_RECEIVERS) <= sides:
            found[id(count)] = "each side's count said of the whole swap: the text gives it for each side"
    return found


def wounded_alone(counts: list[Headcount]) -> None:
    """'75 wounded soldiers were brought home' and nobody else: the wounded are a group of those who came back only
    when the statement counts others who came back with them, to the same side; else they are everyone counted."""
    for count in counts:
        people = count.reading.people
        if people is None or people.noun_key is None or count.key != people.key:
            continue
        beside = [c for c in counts if c is not count and c.direction == count.direction and c.key in _HEADCOUNTS]
        if not beside:
            count.key = people.noun_key


def totals_by_their_parts(counts: list[Headcount]) -> None:
    """'44 prisoners of war ... 42 servicemen and 2 civilians came back': a count named by one service that another
    count of that service and one of the other service add up to is everyone counted, named loosely; it is the
    total, whatever noun the text gave it."""
    exact = [c for c in counts if c.key in OPPOSITE and c.reading.bound is None and not c.reading.planned]
    values = _values_by(exact)
    for whole in exact:
        same = values.get((whole.direction, whole.key), set()) - {whole.value}
        other = values.get((whole.direction, OPPOSITE[whole.key]), set())
        if any(whole.value - part in other for part in same):
            whole.key = "total"
            whole.note = f"; the text names them by one service, but its parts of both services add up to {whole.value}"


def sums_of_both_sides(counts: list[Headcount]) -> None:
    """'150 prisoners from the Ukrainian side and 150 from the Russian side, 300 prisoners in all': a count that the
    two receivers' own counts add up to counts both sides together, whichever side its clause was nearest to."""
    exact = [c for c in counts if c.key in _HEADCOUNTS and c.reading.bound is None and not c.reading.planned]
    values = _values_by(exact)
    first, second = _RECEIVERS
    for whole in exact:
        one = values.get((first, whole.key), set()) | values.get((first, "total"), set())
        other = values.get((second, whole.key), set()) | values.get((second, "total"), set())
        if any(0 < whole.value - a != whole.value and whole.value - a in other for a in one - {whole.value}):
            whole.direction, whole.cue = COMBINED, None


def _values_by(counts: list[Headcount]) -> dict[tuple[str | None, str], set[int]]:
    found: dict[tuple[str | None, str], set[int]] = {}
    for count in counts:
        found.setdefault((count.direction, count.key), set()).add(count.value)
    return found


def read_against_each_other(counts: list[Headcount]) -> None:
    """What the counts of a statement say of each other: the wounded alone, a sum of both sides, a total by its
    parts."""
    wounded_alone(counts)
    sums_of_both_sides(counts)
    totals_by_their_parts(counts)
