"""Figures of another day: a sentence that names a day other than the stage's recalls an earlier exchange."""

from __future__ import annotations

from datetime import date

from adapters.extract.layout import Layout
from adapters.extract.numbers import Mention
from adapters.extract.reading import Reading

_NOT_HEADCOUNTS = (None, "stage", "terms")


def _day(mention: Mention) -> tuple[int, int] | None:
    return (mention.when.month, mention.when.day) if mention.when is not None else mention.month_day


def stage_day(
    readings: list[Reading], dates: list[Mention], layout: Layout, published: date | None = None
) -> Mention | None:
    """The stage's day: the first day named up to the end of the sentence of the statement's first figure, else
    the day of publication when a sentence with a figure names it (a statement reports its own day's stage; an
    older day further down recalls an earlier one)."""
    counted = [r for r in readings if r.key not in _NOT_HEADCOUNTS and not layout.in_headline(r.start)]
    dates = [d for d in dates if _day(d) is not None and not layout.is_furniture(d.start)]
    if not counted:
        return None
    lead_end = layout.sentence(min(r.start for r in counted))[1]
    sentences = {layout.sentence(r.start) for r in counted}
    lead = next((d for d in dates if d.start < lead_end), None)
    later = [d for d in dates if layout.sentence(d.start) in sentences and recent(d, published)]
    return lead or next(iter(later), None)


def recent(mention: Mention, published: date | None) -> bool:
    """Whether a day is the publication's (any day is, when the publication day is unknown)."""
    if published is None or mention.when is None:
        return True
    return mention.when == published


def another_day(reading: Reading, dates: list[Mention], day: Mention | None, layout: Layout) -> Mention | None:
    """The date that makes `reading` a recap: its sentence names days, none of them the stage's, after the stage's."""
    if reading.key in _NOT_HEADCOUNTS:  # the terms were agreed on a day of their own
        return None
    start, end = layout.sentence(reading.start)
    named = [d for d in dates if start <= d.start < end and _day(d) is not None]
    if not named or (day is not None and any(_day(d) == _day(day) for d in named)):
        return None
    return named[0] if day is None or named[0].start > day.start else None
