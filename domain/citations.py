"""Stage figures cited by reference: a finding about the stages' sum names the stages it summed, not their claims.

The claims behind a stage's figure are listed once, under that figure in the report's stage tables. A running total
that is off rests on every stage before it; copying those stages' claims into each running total's finding made the
report grow with the square of the stages, while a reference stays a few numbers long however many stages it spans.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StagesCited:
    """One figure of one direction, cited at a run of stages: each stage's accepted value, how it is corroborated
    and the claims behind it are those of the stage's own entry for the figure."""

    direction: str
    figure: str
    stages: tuple[tuple[int, int], ...]
    """The stages cited as runs, each its first and last stage: ((1, 120), (122, 265)); one run for stages 1 to k,
    whatever k."""

    @classmethod
    def of(cls, direction: str, figure: str, stages: Iterable[int]) -> StagesCited | None:
        """The reference to `stages` of the figure; None when there are none."""
        ordered = sorted(set(stages))
        if ordered and ordered[-1] - ordered[0] == len(ordered) - 1:
            return cls(direction, figure, ((ordered[0], ordered[-1]),))  # one run, the usual case: found at once
        runs: list[tuple[int, int]] = []
        for stage in ordered:
            if runs and runs[-1][1] == stage - 1:
                runs[-1] = (runs[-1][0], stage)
            else:
                runs.append((stage, stage))
        return cls(direction, figure, tuple(runs)) if runs else None

    @classmethod
    def all_but(cls, direction: str, figure: str, last: int, left_out: Iterable[int]) -> StagesCited | None:
        """The reference to stages 1 to `last` but those `left_out` (in order): its cost follows the stages left
        out, not those cited, so a running total at stage k that sums every stage before it costs one run."""
        runs: list[tuple[int, int]] = []
        first = 1
        for stage in left_out:
            if stage > first:
                runs.append((first, stage - 1))
            first = stage + 1
        if first <= last:
            runs.append((first, last))
        return cls(direction, figure, tuple(runs)) if runs else None

    def numbers(self) -> Iterator[int]:
        """Every stage cited, in order."""
        for first, last in self.stages:
            yield from range(first, last + 1)

    @property
    def count(self) -> int:
        """How many stages are cited."""
        return sum(last - first + 1 for first, last in self.stages)

    @property
    def label(self) -> str:
        """'stages 1 to 120 and 122 to 265, to Ukraine, total' or 'stage 3, to Russia, total'."""
        runs = [f"{first:,}" if first == last else f"{first:,} to {last:,}" for first, last in self.stages]
        listed = runs[0] if len(runs) == 1 else ", ".join(runs[:-1]) + " and " + runs[-1]
        return f"{'stage' if self.count == 1 else 'stages'} {listed}, {self.direction}, {self.figure}"


def cited_stages(*references: tuple[StagesCited, ...]) -> tuple[StagesCited, ...]:
    """The references of several figures together, each figure's stages joined into one reference."""
    joined: dict[tuple[str, str], set[int]] = {}
    for reference in (item for group in references for item in group):
        joined.setdefault((reference.direction, reference.figure), set()).update(reference.numbers())
    found = (StagesCited.of(direction, figure, stages) for (direction, figure), stages in joined.items())
    return tuple(item for item in found if item is not None)
