"""The stage tables and progress lines of a report, for the exchange's own unit and for every other unit it counts
(the bodies beside the people), each from that unit's ledger."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from domain.acceptance import FigureState
from domain.amounts import range_label
from domain.buckets import Bucket
from domain.corroboration import corroboration
from domain.declared import counted_progress
from domain.exchange import Exchange
from domain.ledger import Ledger
from domain.progress import Gaps, Progress, disputed_share, ranged_stage_totals, stage_totals
from domain.remembered import Remembered, Unremembered
from domain.report_values import DirectionFigures, FigureLine, NoteLine, ProgressLine, StageReport, UnitReport
from domain.units import unit_ledger, units_of


def unit_reports(exchange: Exchange) -> list[UnitReport]:
    """Every unit the exchange counts besides its own, each built from its own ledger: its stages and progress."""
    reports = []
    for unit in units_of(exchange)[1:]:
        ledger = unit_ledger(exchange, unit)
        reports.append(
            UnitReport(
                unit=unit,
                terms={party: target.label for party, target in ledger.terms.targets.items()},
                stages=stage_reports(ledger, Unremembered()),
                progress=progress_lines(ledger),
            )
        )
    return reports


def progress_sentence(unit: str, line: ProgressLine) -> str:
    """'bodies to Ukraine: 1,900\u20131,903 received of 2,000, 97\u2013100 to go': what was received and what remains
    are ranges while a stage's total is disputed or a range, never a stage counted as nothing."""
    low, high = line.received
    said = f"{unit} to {line.party}: {range_label(low, high)} received of "
    if line.target is None:
        said += "no target"
    else:
        fewest, most = line.to_go or (0, 0)
        kind = "at least " if line.target_kind == "at_least" else ""
        target = range_label(line.target, line.target_high) if line.target_kind == "range" else f"{line.target:,}"
        said += f"{kind}{target}, {range_label(fewest, most)} to go"
        if line.target_kind == "exactly" and low > line.target:
            over = range_label(low - line.target, None if high is None else high - line.target)
            said = said.removesuffix(", 0 to go") + f", {over} over"
    unknown = [
        stage
        for stage, total in line.stage_totals.items()
        if total is None and stage not in line.stage_ranges and stage not in line.after_completion
    ]
    later = f"; {Gaps.of(line.after_completion).label} after the declared completion" if line.after_completion else ""
    return said + (f" ({Gaps.of(unknown).label} unknown)" if unknown else "") + later


def stage_reports(ledger: Ledger, memo: Remembered) -> list[StageReport]:
    """Stages in order, the whole exchange last; in each, directions in the order the agreement names parties."""
    grouped = buckets_by_stage(ledger)
    return [stage_report(ledger, number, grouped.get(number, []), memo) for number in stage_numbers(ledger, grouped)]


def buckets_by_stage(ledger: Ledger) -> dict[int | None, list[Bucket]]:
    """Each stage's buckets (None: the whole exchange), in the order the agreement names parties."""
    grouped: dict[int | None, list[Bucket]] = {}
    for bucket in ledger.in_order():
        grouped.setdefault(bucket.stage, []).append(bucket)
    return grouped


def stage_numbers(ledger: Ledger, grouped: Mapping[int | None, object]) -> list[int | None]:
    """The stages a report has a table for, in order: the whole exchange last, when anything was claimed of it."""
    return [*ledger.stages, *([None] if None in grouped else [])]


def stage_report(ledger: Ledger, number: int | None, buckets: list[Bucket], memo: Remembered) -> StageReport:
    """One stage's table from its buckets: its figures in each direction, and the notes its claims give."""
    notes: dict[tuple[int, int, int | str, str], NoteLine] = {}
    directions = []
    describe = partial(_line, parties=ledger.parties)
    remarked = ledger.remarked.keys()
    for bucket in buckets:
        # Claims carrying notes are rare, and the ledger keeps them apart: a bucket holding none is not walked.
        for state in () if remarked.isdisjoint(bucket.claims.keys()) else bucket.claims.values():
            if state.claim.notes:
                for index, note in enumerate(state.claim.notes):
                    notes[state.version, index, note.value, note.meaning] = NoteLine.trusted(
                        version=state.version, source=state.claim.source.label, value=note.value, meaning=note.meaning
                    )
        figures = bucket.figures
        in_order = [figures[key] for key in sorted(figures, key=_figure_order)]
        directions.append(
            DirectionFigures.trusted(
                direction=bucket.direction, figures=memo.lines_in(describe, in_order, bucket.direction)
            )
        )
    return StageReport.trusted(
        stage=number,
        date=ledger.stage_date(number) if number is not None else None,
        directions=directions,
        notes=[line for _, line in sorted(notes.items(), key=lambda item: item[0][:2])],
    )


def _figure_order(key: str) -> int:
    """Total first, then breakdowns in the order claims gave them, subsets, and the running total last."""
    return _PLACED.get(key, 2 if key.startswith("subset:") else 1)


_PLACED = {"total": 0, "cumulative": 3}


def _line(state: FigureState, direction: str, parties: tuple[str, str]) -> FigureLine:
    # Worked out once per figure, here, not by the checks: the rules never need it.
    return FigureLine.trusted(
        figure=state.key,
        accepted=state.accepted,
        status=state.status,
        reason=state.reason,
        low=state.low,
        high=state.high,
        sources=list(state.evidence),
        corroboration=corroboration(state, parties, direction),
        ranged=state.ranged,
    )


def progress_lines(ledger: Ledger) -> list[ProgressLine]:
    """Each party's progress line, read up to the declared completion."""
    found, after = counted_progress(ledger)
    return [progress_line(item, ledger, after) for item in found]


def progress_line(item: Progress, ledger: Ledger, after: tuple[int, ...] = ()) -> ProgressLine:
    return ProgressLine(
        party=item.party,
        target_kind=item.kind,
        target=item.target,
        target_high=item.high,
        accepted=item.accepted,
        remaining=item.remaining,
        remaining_high=item.remaining_high,
        over=item.over,
        stage_totals=stage_totals(ledger, item.party),
        disputed=disputed_share(ledger, item.party, after),
        stage_ranges=ranged_stage_totals(ledger, item.party) if item.unknown_stages else {},
        after_completion=list(after),
        in_addition=item.in_addition,
    )
