"""Rules across stages: progress against the target, completion, running and whole totals, stage sequence."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace

from domain import stage_ranges, target_ranges
from domain.acceptance import CUMULATIVE, TOTAL
from domain.citations import StagesCited
from domain.declared import counted
from domain.findings import Check, Severity, Subject
from domain.intervals import judge_linear
from domain.progress import SHOWN, Gaps, Progress, of_which
from domain.readings import Span
from domain.reconciliation.view import View

TARGET_PROGRESS = "target-progress"
COMPLETION = "completion"
CUMULATIVE_SUM = "cumulative-sum"
EXCHANGE_TOTAL = "exchange-total"
STAGE_SEQUENCE = "stage-sequence"


def _progress(view: View, party: str) -> Progress | None:
    """The accepted stage totals received by `party` against its target; None without a target."""
    target = view.terms.targets.get(party)
    if target is None:
        return None
    direction = f"to {party}"
    totals = counted(view, direction, TOTAL)
    added = view.added_in(direction, totals.values)
    return Progress(party, target.kind, target.count, totals.total, Gaps.of(totals.missing), in_addition=added)


def parties(view: View) -> list[str]:
    """The scopes of the progress and completion rules: each receiving party."""
    return list(view.parties)


def stages(view: View) -> list[int]:
    """The scopes of reciprocity: every numbered stage."""
    return view.stages()


def whole_exchange(view: View) -> list[tuple[str, str]]:
    """The scopes of exchange-total: every direction and figure claimed for the whole exchange."""
    directions = [f"to {party}" for party in view.parties] + ["combined"]
    return [
        (direction, key)
        for direction in directions
        if (whole := view.bucket(None, direction)) is not None
        for key in whole.figures
        if key != CUMULATIVE
    ]


def everything(view: View) -> list[None]:
    """The one scope of stage-sequence: the exchange's stages as a whole."""
    return [None]


def target_progress(view: View, party: str, *, passing: bool = True) -> Iterator[Check]:
    """target-progress for one party: its accepted stage totals against its target."""
    item = _progress(view, party)
    if item is not None and item.target is not None and (item.over or passing):
        unknown = f" ({item.unknown_stages.label} total unknown)" if item.unknown_stages else ""
        # Groups handed over in addition to the exchange are shown, and left out: the terms promise the exchange.
        proper = of_which(f"{item.accepted:,}", f"{item.proper:,}", item.in_addition, " received")
        if item.over:
            message = f"{proper if item.in_addition else f'{item.accepted:,} received'} against a target of "
            message += f"{item.target:,}: {item.over:,} over"
        else:
            message = f"{proper} of {item.target:,}: {item.remaining:,} to go{unknown}"
        column = counted(view, f"to {party}", TOTAL)
        yield Check(
            rule=TARGET_PROGRESS,
            severity=Severity.ERROR,
            passed=not item.over,
            subject=Subject(direction=f"to {item.party}", figure=TOTAL),
            message=message,
            expected=("<= " if item.kind == "exactly" else ">= ") + f"{item.target:,}",
            found=f"{item.proper:,}",
            difference=item.proper - item.target,
            stages_cited=column.cited(column.values) if item.over else (),
        )


def completion(view: View, party: str, *, passing: bool = True) -> Iterator[Check]:
    """completion for one party: once declared complete, its stage totals against its target."""
    completions = view.completions()
    item = _progress(view, party) if completions else None
    declared = ", ".join(sorted({c.source.label for c in completions}))
    if completions and item is None and not view.buckets():
        yield _nothing_to_complete(view, party, declared)
    if item is None or item.target is None:
        return
    target = view.terms.targets[party]
    if target.kind == "range":
        yield from target_ranges.completion(view, party, target, declared, passing=passing)
        return
    # Like progress, completion holds the exchange proper against the terms: groups in addition are shown, not counted.
    difference = item.proper - item.target
    summed = of_which(f"{item.accepted:,}", f"{item.proper:,}", item.in_addition)
    subject = Subject(direction=f"to {item.party}", figure=TOTAL)
    column = counted(view, f"to {party}", TOTAL)
    if item.unknown_stages:
        # Off the usual path: stages known only as a range (or disputed) count as their range.
        ranges = stage_ranges.inexact(view, f"to {party}", TOTAL, column.missing)
        if not ranges.unknown:
            yield from _ranged_completion(
                item, ranges, declared, subject, column.cited(column.values, ranges.ranges), passing
            )
            return
        if difference <= 0:
            unknown = f"{Gaps.of(ranges.unknown).label} total to {item.party} unknown"
            note = stage_ranges.unverifiable(COMPLETION, subject, summed, unknown, ())
            yield replace(note, stages_cited=column.cited(column.values))
            return
    passed = difference == 0 if item.kind == "exactly" else difference >= 0
    if passed and not passing:
        return
    verdict = "matches the target" if passed else ("shortfall" if difference < 0 else "overshoot")
    yield Check(
        rule=COMPLETION,
        severity=Severity.ERROR,
        passed=passed,
        subject=subject,
        message=f"declared complete by {declared}; stages sum to {summed} against {item.target:,}: "
        + (verdict if passed else f"{verdict} of {abs(difference):,}"),
        expected=("= " if item.kind == "exactly" else ">= ") + f"{item.target:,}",
        found=f"{item.proper:,}",
        difference=difference,
        stages_cited=() if passed else column.cited(column.values),
    )


def _nothing_to_complete(view: View, party: str, declared: str) -> Check:
    """A note: a unit declared complete of which nothing else is on file, neither terms nor a figure. Nothing
    contradicts the declaration, so it is no finding; yet it is said, so that it shows among the unit's checks and
    the desk knows to look for the figures."""
    found = f"no terms and no stage in {view.unit} on file"
    return Check(
        rule=COMPLETION,
        severity=Severity.INFO,
        passed=False,
        subject=Subject(direction=f"to {party}", figure=TOTAL),
        message=f"declared complete by {declared}; nothing to complete against: {found}",
        expected="a target or a stage to hold the declaration against",
        found=found,
    )


def _ranged_completion(
    item: Progress,
    ranges: stage_ranges.Inexact,
    declared: str,
    subject: Subject,
    cited: tuple[StagesCited, ...],
    passing: bool,
) -> Iterator[Check]:
    """completion when a stage's total is a range or disputed: the stages' sum is a range against the target."""
    target = item.target or 0
    exact = item.kind == "exactly"
    names = stage_ranges.stage_names(ranges.ranges, TOTAL)
    if exact:
        verdict = judge_linear(stage_ranges.stage_terms(ranges.ranges, 1), "=", item.proper - target, names)
    else:
        verdict = judge_linear(stage_ranges.stage_terms(ranges.ranges, -1), "<=", target - item.proper, names)
    if verdict.passed and not passing:
        return
    found = stage_ranges.summed(item.proper, ranges.ranges)
    in_all = stage_ranges.label(stage_ranges.summed(item.accepted, ranges.ranges))
    off = stage_ranges.difference(found, Span(target, target))
    if verdict.judgement == "holds":
        outcome = "matches the target"
    elif verdict.judgement == "fails":
        outcome = stage_ranges.off_target(off)
    else:
        outcome = f"matches the target only if {verdict.condition}"
    yield stage_ranges.ranged_check(
        rule=COMPLETION,
        usual=Severity.ERROR,
        verdict=verdict,
        subject=subject,
        message=f"declared complete by {declared}; stages sum to "
        + f"{of_which(in_all, stage_ranges.label(found), item.in_addition)} against {target:,}: {outcome}",
        expected=("= " if exact else ">= ") + f"{target:,}",
        found=stage_ranges.label(found),
        evidence=(),
        stages_cited=cited,
    )


def numbered(view: View) -> list[int]:
    """The exchange's stage numbers: its own unit's, and those in which only another unit's figures were delivered
    (stages are numbered for the exchange, not per unit: bodies handed over in its stage 2 are its stage 2). A plan
    for a stage is not a stage that took place."""
    own = view.stages()
    others = {
        state.claim.stage
        for state in view.aside()
        if state.claim.stage is not None and not state.claim.planned and not view.in_unit(state)
    }
    return own if others.issubset(own) else sorted(others.union(own))


def stage_sequence(view: View, scope: None, *, passing: bool = True) -> Iterator[Check]:
    """stage-sequence over the whole exchange: the stages' numbers and dates."""
    stages = numbered(view)
    if not stages:
        return
    missing = [] if len(stages) == stages[-1] else sorted(set(range(1, stages[-1] + 1)) - set(stages))
    if missing or passing:
        few = len(stages) <= SHOWN
        numbers = ", ".join(map(str, stages)) if few else f"{len(stages):,} stages, {stages[0]} to {stages[-1]}"
        yield Check(
            rule=STAGE_SEQUENCE,
            severity=Severity.WARNING,
            passed=not missing,
            subject=Subject(figure="numbering"),
            message=f"{'stages ' if few else ''}{numbers}: "
            + ("numbered without gaps" if not missing else f"stage {', '.join(map(str, missing))} missing"),
            expected=f"1 to {stages[-1]}",
            found=numbers,
            difference=-len(missing),
        )
    for (before, before_date), (after, after_date) in itertools.pairwise(view.stage_dates().items()):
        if after_date < before_date:
            yield Check(
                rule=STAGE_SEQUENCE,
                severity=Severity.WARNING,
                passed=False,
                subject=Subject(stage=after, figure="date"),
                message=f"stage {after} dated {after_date.isoformat()}, "
                f"before stage {before} ({before_date.isoformat()})",
                expected=f"on or after {before_date.isoformat()}",
                found=after_date.isoformat(),
                difference=(after_date - before_date).days,
                evidence=(*view.dated(before), *view.dated(after)),
            )
