"""Figures that say again what the stage's own say: of another day (a sentence naming a day other than the
stage's recalls an earlier exchange), or each side's figure repeating both directions'."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from adapters.extract.assemble import Assembly
from adapters.extract.cues import EACH_SIDE
from adapters.extract.headcount import Headcount, within_bound
from adapters.extract.layout import Layout
from adapters.extract.numbers import Mention
from adapters.extract.reading import EARLIER_EXCHANGE, HELD_CAPTIVE, NO_RETURN, OVER_THE_WAR, Reading
from adapters.extract.stages import EARLIER_STAGE_DAYS

_NOT_HEADCOUNTS = (None, "stage", "terms")
_BLANK_LINE = re.compile(r"[ \t]*\n[ \t]*\n")


def _day(mention: Mention) -> tuple[int, int] | None:
    return (mention.when.month, mention.when.day) if mention.when is not None else mention.month_day


def stage_day(
    readings: list[Reading], dates: list[Mention], layout: Layout, published: date | None = None
) -> Mention | None:
    """The stage's day: the first day named up to the end of the sentence of the statement's first figure, else
    the day of publication when a sentence with a figure names it (a statement reports its own day's stage; an
    older day further down recalls an earlier one)."""
    # figures only expected date nothing: a swap announced on May 17 for next week took place on no day yet
    counted = [
        r for r in readings if r.key not in _NOT_HEADCOUNTS and not layout.in_headline(r.start) and not r.planned
    ]
    dates = [d for d in dates if _day(d) is not None and not layout.is_furniture(d.start) and not _ahead(d, published)]
    if not counted:
        return None
    lead_end = layout.sentence(min(r.start for r in counted))[1]
    sentences = {layout.sentence(r.start) for r in counted}
    lead = next((d for d in dates if d.start < lead_end), None)
    later = [d for d in dates if layout.sentence(d.start) in sentences and recent(d, published)]
    return lead or next(iter(later), None)


def _ahead(mention: Mention, published: date | None) -> bool:
    """A day after the publication is one announced ahead, never the day a stage took place."""
    return published is not None and mention.when is not None and mention.when > published


def recent(mention: Mention, published: date | None) -> bool:
    """Whether a day is the publication's (any day is, when the publication day is unknown)."""
    if published is None or mention.when is None:
        return True
    return 0 <= (published - mention.when).days <= 1


def another_day(reading: Reading, dates: list[Mention], day: Mention | None, layout: Layout) -> Mention | None:
    """The date that makes `reading` a recap: days that date its clause (see Layout.dates), none of them the stage's,
    after the stage's."""
    if reading.key in _NOT_HEADCOUNTS:  # the terms were agreed on a day of their own
        return None
    start, end = layout.sentence(reading.start)
    named = [
        d for d in dates if start <= d.start < end and _day(d) is not None and layout.dates(d.start, reading.start)
    ]
    if not named or (day is not None and any(_day(d) == _day(day) for d in named)):
        return None
    return named[0] if day is None or named[0].start > day.start else None


def this_day(
    readings: list[Reading],
    dates: list[Mention],
    day: Mention | None,
    layout: Layout,
    assembly: Assembly,
    published: date | None = None,
) -> tuple[list[Reading], list[Mention]]:
    """The readings, less the figures of a sentence about another day than the stage's `day` (a recap), and the
    days that made them recaps: a day whose figures are another day's is never the stage's day itself."""
    kept, recalled = [], []
    reference = day.when if day is not None and day.when is not None else published
    whole: tuple[Reading, str] | None = None
    for reading in sorted(readings, key=lambda each: each.start):
        other = another_day(reading, dates, day, layout)
        if other is None and whole is not None and is_part(whole[0], reading, assembly.text, layout):
            assembly.aside(reading, whole[1])  # '..., when 215 came back, 124 of them officers': the recap's part
        elif other is None:
            kept.append(reading)
            whole = None
        else:
            whole = (reading, _recalled(other, reference))
            assembly.aside(reading, whole[1])
            recalled += [other] if other not in recalled else []
    return kept, recalled


def _recalled(other: Mention, reference: date | None) -> str:
    """Why a figure of another day is set aside: a day too far back to be a stage of this exchange (see
    EARLIER_STAGE_DAYS) dates an earlier exchange, whose figure a dossier keeps as a note; a nearer one recaps a
    stage of this exchange."""
    if other.when is not None and reference is not None and (reference - other.when).days > EARLIER_STAGE_DAYS:
        return EARLIER_EXCHANGE
    return f"about another day ({other.quote}), a recap"


def without_repeated_each_side(counts: list[Headcount], assembly: Assembly) -> list[Headcount]:
    """'Each side got 150 back' says again what '150 Russians came back' and '150 Ukrainians were released' say:
    an each-side figure whose value both directions give is left aside, so that it is not counted twice; so is a
    rounded one ('at least 150 on each side') that an exact figure of each direction meets (189 and 150)."""
    directed: dict[str, set[int]] = {}
    for count in counts:
        if count.direction is not None and count.direction.startswith("to ") and count.reading.bound is None:
            directed.setdefault(count.direction, set()).add(count.value)
    both = set.intersection(*directed.values()) if len(directed) == 2 else set()
    kept = []
    for count in counts:
        bound = count.reading.bound
        if count.direction != EACH_SIDE or count.reading.planned:
            kept.append(count)
        elif bound is None and count.value in both:
            assembly.aside(count.reading, "each side's figure, given for each direction in the text too")
        elif (
            bound is not None
            and len(directed) == 2
            and all(any(within_bound(v, bound) for v in d) for d in directed.values())
        ):
            assembly.aside(count.reading, "each side's figure, which the figures of both directions meet")
        else:
            kept.append(count)
    return kept


def headline_end(text: str) -> int | None:
    """Where a headline ends: a first line with no closing stop, followed by a blank line; None when there is none."""
    line = text.split("\n", 1)[0]
    headline = _BLANK_LINE.match(text, len(line)) is not None and not line.rstrip().endswith((".", "!", "?"))
    return len(line) if headline else None


def headline_aside(
    text: str, counts: list[Headcount], assembly: Assembly, *, every_direction: bool = False
) -> list[Headcount]:
    """A headline's figure is the body's rounded or added up: set aside when the body gives figures of its own.
    With `every_direction` (English, read as the desk labels it) whatever side or key the headline's figure has;
    without it, a headline's figure for a direction the body does not give is kept, and so is an exact total of
    which the body gives only the parts ('Another 12 Ukrainians come back' over ten soldiers and two civilians)."""
    end = headline_end(text)
    if end is None:
        return counts
    body = [count for count in counts if count.reading.start >= end]
    covered = {count.direction for count in body}
    kept = list(body)
    for count in counts:
        if count.reading.start >= end:
            continue
        if (every_direction and body) or (count.direction in covered and not _total_of_parts(count, body)):
            assembly.aside(count.reading, "a headline's figure; the body gives the statement's own")
        else:  # the only figure for its direction, as some wires give the other side's in the headline alone
            kept.append(count)
    return sorted(kept, key=lambda count: count.reading.start)


def _total_of_parts(count: Headcount, body: list[Headcount]) -> bool:
    """Whether a headline's count is an exact total whose direction the body gives no total of, nor its value."""
    same = [other for other in body if other.direction == count.direction]
    exact = count.key == "total" and count.reading.bound is None
    return exact and all(other.key != "total" and other.value != count.value for other in same)


_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\b", re.I)
_AMONG_BEFORE = re.compile(r"(?:\bamong\s+them|\bincluding|\bof\s+(?:them|whom))\s*[:,\-\u2013\u2014]?\s*$", re.I)


def parts_go_with_their_whole(readings: list[Reading], text: str, layout: Layout) -> list[Reading]:
    """'2,430 people have come home through exchanges in all, 139 of them civilians': a part of a figure set aside
    as the whole war's, an earlier exchange's or people still held is set aside with it, for the same reason."""
    ordered = sorted(readings, key=lambda reading: reading.start)
    result = []
    for whole, reading in zip([None, *ordered], ordered, strict=False):
        if whole is None or reading.key is None or whole.key is not None or whole.reason not in _CARRIED:
            result.append(reading)
            continue
        result.append(
            replace(reading, key=None, reason=whole.reason) if is_part(whole, reading, text, layout) else reading
        )
    return result


def is_part(whole: Reading, reading: Reading, text: str, layout: Layout) -> bool:
    """Whether `reading` counts a part of the figure just before it, in its sentence: '215 came back, 124 of them
    officers', 'among them 20 civilians'."""
    same = layout.sentence(whole.start) == layout.sentence(reading.start)
    part = _PARTITIVE_AFTER.match(text, reading.end) or _AMONG_BEFORE.search(text, whole.end, reading.start)
    return same and part is not None


_CARRIED = (OVER_THE_WAR, EARLIER_EXCHANGE, HELD_CAPTIVE, NO_RETURN)
