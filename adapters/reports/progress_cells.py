"""The cells of a progress table: each party's target, what it received, what remains, any excess, and the
accepted total of every stage, as ranges where a stage's total is one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from adapters.reports.numbers import number
from domain.amounts import DASH as RANGE_DASH
from domain.amounts import range_label
from domain.report_values import ProgressLine


def progress_title(unit: str | None = None) -> str:
    """The heading of a progress table: the exchange's own, or another unit's."""
    return (
        "Progress against the agreed targets"
        if unit is None
        else f"Progress in {unit} against the terms stated for them"
    )


def target(line: ProgressLine, terms: Mapping[str, str]) -> str:
    """The agreed target as the terms word it: '1,000', 'at least 50', 'no numeric target'."""
    return terms.get(line.party, "no numeric target")


def stage_numbers(lines: Sequence[ProgressLine]) -> list[int]:
    """Every stage number that appears in the progress lines, in order."""
    return sorted({stage for line in lines for stage in line.stage_totals})


def progress_headers(lines: Sequence[ProgressLine]) -> list[str]:
    """'Received by', 'Target', 'Accepted', 'Remaining', 'Over', then one column per stage."""
    stages = [f"Stage {stage}" for stage in stage_numbers(lines)]
    return ["Received by", "Target", "Accepted", "Remaining", "Over", *stages]


def progress_row(line: ProgressLine, lines: Sequence[ProgressLine], terms: Mapping[str, str]) -> list[str]:
    """One party's progress against its target in `terms`, with its accepted total per stage of any of `lines`."""
    stages = [_stage_total(line, stage) for stage in stage_numbers(lines)]
    return [
        line.party,
        target(line, terms),
        _received(line),
        _remaining(line),
        _over(line),
        *stages,
    ]


def _stage_total(line: ProgressLine, stage: int) -> str:
    """'390', '300\u2013310' for a stage whose total is a range or disputed, '\u2014' when nobody gave one."""
    ranged = line.stage_ranges.get(stage)
    return number(line.stage_totals.get(stage)) if ranged is None else range_label(*ranged)


def _received(line: ProgressLine) -> str:
    """'1,000', '697\u2013701' while a stage's total is disputed, '1,001 or more' while one is a lower bound; '197, of
    which 22 in addition' when groups besides the exchange proper came too (they are not counted against the terms)."""
    low, high = line.received
    besides = f", of which {line.in_addition:,} in addition" if line.in_addition else ""
    return range_label(low, high) + besides


def _remaining(line: ProgressLine) -> str:
    """What remains of the target, a range while a stage's total is disputed or the target is a range."""
    if line.to_go is None:
        return number(line.remaining)
    fewest, most = line.to_go
    return number(most) if most == fewest else f"{fewest:,}{RANGE_DASH}{most:,}"


def _over(line: ProgressLine) -> str:
    """How far an exact target is overshot, a range while a stage's total is disputed or a range ('0 or more')."""
    low, high = line.against_terms
    if line.target is None or line.target_kind != "exactly" or low == high:
        return number(line.over)
    least = max(low - line.target, 0)
    return range_label(least, None if high is None else max(high - line.target, 0))
