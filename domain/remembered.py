"""Lines of a report remembered by the very objects they describe, from one report of an exchange to the next.

A reconciliation kept up to date event by event replaces only the figure states and checks an event reached; every
other one is the same object as before, so its line is the same too. Describing the exchange again then builds lines
for what changed only, where a fresh report builds thousands."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, TypeVar

S = TypeVar("S")
T = TypeVar("T")
C = TypeVar("C")


class Remembered:
    """The lines of the last report, by the identity of what each was made from; those of the report before are
    forgotten, so that it holds no more than one report's lines."""

    def __init__(self) -> None:
        self._last: dict[tuple[int, ...], tuple[tuple[Any, ...], Any]] = {}
        self._now: dict[tuple[int, ...], tuple[tuple[Any, ...], Any]] = {}

    def line(self, made: Callable[[], T], *sources: Any) -> T:
        """The line made last time from these very `sources` (the same objects, not equal ones); else `made()`."""
        key = tuple(map(id, sources))
        # Each line is kept with its sources, which keeps them alive: no other object can have their ids meanwhile,
        # so a line found by the ids was made from these very objects.
        found = self._now.get(key) or self._last.get(key)
        line: T = made() if found is None else found[1]
        self._now[key] = (sources, line)
        return line

    def lines(self, make: Callable[[S], T], sources: Iterable[S]) -> list[T]:
        """The line of each source, made by `make` or remembered, as `line` gives it."""
        return [self.line(partial(make, source), source) for source in sources]

    def lines_in(self, make: Callable[[S, C], T], sources: Iterable[S], context: C) -> list[T]:
        """The line of each source in one context (a figure in its direction), made by `make(source, context)` or
        remembered by the very source and context, as `line` gives it."""
        return [self.line(partial(make, source, context), source, context) for source in sources]

    def done(self) -> None:
        """One report described: keep its lines for the next, forget the older ones."""
        self._last, self._now = self._now, {}


class Unremembered(Remembered):
    """Makes every line and keeps none: for a report made once (an as-of report, a report of units), where noting
    thousands of lines by their sources' ids would cost more than the lines themselves and never be read."""

    def line(self, made: Callable[[], T], *sources: Any) -> T:
        return made()

    def lines(self, make: Callable[[S], T], sources: Iterable[S]) -> list[T]:
        return [make(source) for source in sources]

    def lines_in(self, make: Callable[[S, C], T], sources: Iterable[S], context: C) -> list[T]:
        return [make(source, context) for source in sources]

    def done(self) -> None:
        pass
