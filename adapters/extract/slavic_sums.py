"""'Каждая сторона вернула по 84 пленных, всего 168 человек': a count after each side's figure in the same sentence
that is twice that figure adds up what the two sides gave; so does one the sides swapped with each other that two
counts, one to each side, add up to. It is neither side's figure, whatever its noun or the
receiver its sentence names, so it is set aside rather than taken for one side."""

from __future__ import annotations

from collections.abc import Callable

from adapters.extract.assemble import Assembly
from adapters.extract.cues import COMBINED, EACH_SIDE
from adapters.extract.headcount import Headcount

SUMMED = "adds up what each side gave, neither side's figure"


def both_sides_summed(
    counts: list[Headcount], sentence: Callable[[int], tuple[int, int]], assembly: Assembly
) -> list[Headcount]:
    """`counts` without those that add up an earlier each-side figure of their sentence, each set aside with why."""
    each_side: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for c in counts:  # by sentence: a count is only ever compared with those of its own
        if c.direction == EACH_SIDE:
            each_side.setdefault(sentence(c.reading.start), []).append((c.reading.end, c.value))
    if not each_side:  # most statements give no figure for each side
        return counts
    kept = []
    for count in counts:
        mates = each_side.get(sentence(count.reading.start), ())
        summed = any(end <= count.reading.start and count.value == 2 * value for end, value in mates)
        if summed:
            assembly.aside(count.reading, SUMMED)
        else:
            kept.append(count)
    return kept


def sum_of_the_sides(counts: list[Headcount], assembly: Assembly) -> list[Headcount]:
    """`counts` without a count the sides swapped with each other ('Стороны обменялись 150 военнопленными') that two
    counts, one to each side, add up to (75 and 75): the body gives each side's, so the sum is neither's."""
    combined = [count for count in counts if count.direction == COMBINED]
    if not combined:  # most statements: no count swapped both ways at once
        return counts
    sides = [count for count in counts if count.direction is not None and count.direction.startswith("to ")]
    sums = {a.value + b.value for a in sides for b in sides if a.direction != b.direction}
    kept = []
    for count in counts:
        if count in combined and count.value in sums:
            assembly.aside(count.reading, SUMMED)
        else:
            kept.append(count)
    return kept
