"""Running totals and whole-exchange figures against the stages' sum, a stage known as a range counted as one."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from domain import stage_ranges
from domain.acceptance import CUMULATIVE, TOTAL, FigureState
from domain.citations import StagesCited
from domain.columns import UpTo
from domain.findings import Check, Severity, Subject, signed
from domain.intervals import judge_linear
from domain.ledger import BucketKey
from domain.progress import Gaps, gaps
from domain.readings import Span
from domain.reconciliation.column_view import ColumnView
from domain.reconciliation.view import View
from domain.stage_ranges import Inexact, label, ranged_check, stated, sum_text, summed, unverifiable
from domain.stage_rules import CUMULATIVE_SUM, EXCHANGE_TOTAL


def _against_stages(
    off: bool, column: ColumnView, summed: Mapping[int, int], ranges: Inexact | None = None
) -> tuple[StagesCited, ...]:
    """The stage figures a figure checked against the stages cites when it is off, by reference (those summed and
    those counted as their range): their claims are listed under each stage's figure, not copied into the finding."""
    if not off:
        return ()
    return column.cited(summed, ranges.ranges if ranges else ())


def cumulative_sum(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """cumulative-sum for one running total: against the stage totals up to its stage."""
    stage, direction = key
    claimed = view.figure(stage, direction, CUMULATIVE)
    if stage is None or claimed is None or not claimed.known:
        return
    column = view.column(direction, TOTAL)
    subject = Subject(stage=stage, direction=direction, figure=CUMULATIVE)
    values = column.up_to(stage)
    if len(values) == stage and claimed.accepted is not None:
        yield from _exact_running(claimed, values, column, subject, passing)
        return
    # Only here, off the usual path: a stage, or the running total itself, is a range or disputed.
    without = values.gaps()
    ranges = stage_ranges.inexact(view, direction, TOTAL, without)
    if ranges.unknown:
        reason = f"{gaps(without, (), len(ranges.unknown)).label} total unknown"
        yield unverifiable(CUMULATIVE_SUM, subject, stated(claimed), reason, claimed.evidence)
        return
    found = summed(values.total, ranges.ranges)
    terms = [(1, claimed), *stage_ranges.stage_terms(ranges.ranges, -1)]
    names = ["the running total", *stage_ranges.stage_names(ranges.ranges, TOTAL)]
    verdict = judge_linear(terms, "=", -values.total, names)
    if verdict.passed and not passing:
        return
    yield ranged_check(
        rule=CUMULATIVE_SUM,
        usual=Severity.ERROR,
        verdict=verdict,
        subject=subject,
        message=f"{sum_text(values, ranges.ranges, range(1, stage + 1))} = {label(found)}; "
        f"running total {stated(claimed)}: " + _outcome(verdict.judgement, verdict.condition, claimed, found),
        expected=f"= {label(found)}",
        found=stated(claimed),
        evidence=claimed.evidence,
        stages_cited=_against_stages(not verdict.passed, column, values, ranges),
    )


def _exact_running(
    claimed: FigureState, values: UpTo, column: ColumnView, subject: Subject, passing: bool
) -> Iterator[Check]:
    accepted = claimed.accepted or 0
    stage = subject.stage or 0
    found = values.total
    difference = accepted - found
    if difference == 0 and not passing:
        return
    yield Check(
        rule=CUMULATIVE_SUM,
        severity=Severity.ERROR,
        passed=difference == 0,
        subject=subject,
        message=f"{_sum_text(values, range(1, stage + 1))} = {found:,}; running total {accepted:,}: "
        + ("balances" if difference == 0 else f"off by {signed(difference)}"),
        expected=f"= {found:,}",
        found=f"{accepted:,}",
        difference=difference,
        evidence=claimed.evidence,
        stages_cited=_against_stages(bool(difference), column, values),
    )


def _outcome(judgement: str, condition: str, claimed: FigureState, found: Span) -> str:
    if judgement == "holds":
        return "balances"
    if judgement == "fails":
        off = stage_ranges.difference(stage_ranges.of_state(claimed), found)
        return f"off by {stage_ranges.signed_span(off)}, whichever value is right"
    return f"balances only if {condition}"


def _sum_text(values: Mapping[int, int], stages: Sequence[int]) -> str:
    return sum_text(values, {}, stages)


def exchange_total(view: View, scope: tuple[str, str], *, passing: bool = True) -> Iterator[Check]:
    """exchange-total for one whole-exchange figure: against the sum over the stages."""
    direction, key = scope
    claimed = view.figure(None, direction, key)
    if key == CUMULATIVE or claimed is None or not claimed.known:
        return
    column = view.column(direction, key)
    subject = Subject(direction=direction, figure=key)
    stages = view.stages()
    if not stages:
        yield unverifiable(EXCHANGE_TOTAL, subject, stated(claimed), "no stages recorded", claimed.evidence)
        return
    if column.missing or claimed.accepted is None:
        yield from _ranged_whole(view, claimed, column, subject, stages, passing)
        return
    found = column.total
    difference = claimed.accepted - found
    if difference == 0 and not passing:
        return
    # Before anyone declares the exchange complete, a whole figure above the stages so far may simply be ahead of
    # the stages recorded: it is noted, not flagged as an error.
    pending = difference > 0 and not view.completions()
    if difference == 0:
        outcome = "balances"
    elif pending:
        outcome = f"{difference:,} not yet accounted for by the stages recorded"
    else:
        outcome = f"off by {signed(difference)}"
    yield Check(
        rule=EXCHANGE_TOTAL,
        severity=Severity.INFO if pending else Severity.ERROR,
        passed=difference == 0,
        subject=subject,
        message=f"{_sum_text(column.values, stages)} = {found:,} "
        f"over {len(stages)} stages; whole exchange {claimed.accepted:,}: {outcome}",
        expected=f"= {found:,}",
        found=f"{claimed.accepted:,}",
        difference=difference,
        evidence=claimed.evidence,
        stages_cited=_against_stages(bool(difference), column, column.values),
    )


def _ranged_whole(
    view: View, claimed: FigureState, column: ColumnView, subject: Subject, stages: Sequence[int], passing: bool
) -> Iterator[Check]:
    """exchange-total when a stage's figure, or the whole figure, is a range or disputed."""
    direction, key = subject.direction or "", subject.figure or ""
    ranges = stage_ranges.inexact(view, direction, key, column.missing)
    if ranges.unknown:
        reason = f"{Gaps.of(ranges.unknown).label} has no {key} figure"
        yield unverifiable(EXCHANGE_TOTAL, subject, stated(claimed), reason, claimed.evidence)
        return
    exact = column.total
    found = summed(exact, ranges.ranges)
    terms = [(1, claimed), *stage_ranges.stage_terms(ranges.ranges, -1)]
    names = ["the whole figure", *stage_ranges.stage_names(ranges.ranges, key)]
    verdict = judge_linear(terms, "=", -exact, names)
    if verdict.passed and not passing:
        return
    off = stage_ranges.difference(stage_ranges.of_state(claimed), found)
    # As on the exact path: a whole figure above the stages for every value may only be ahead of them.
    pending = verdict.judgement == "fails" and (off.low or 0) > 0 and not view.completions()
    outcome = _outcome(verdict.judgement, verdict.condition, claimed, found)
    if pending:
        outcome = f"{stage_ranges.signed_span(off).lstrip('+')} not yet accounted for by the stages recorded"
    check = ranged_check(
        rule=EXCHANGE_TOTAL,
        usual=Severity.ERROR,
        verdict=verdict,
        subject=subject,
        message=f"{sum_text(column.values, ranges.ranges, stages)} = {label(found)} over {len(stages)} stages; "
        f"whole exchange {stated(claimed)}: {outcome}",
        expected=f"= {label(found)}",
        found=stated(claimed),
        evidence=claimed.evidence,
        stages_cited=_against_stages(not verdict.passed, column, column.values, ranges),
    )
    yield replace(check, severity=Severity.INFO) if pending else check
