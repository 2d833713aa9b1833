"""Rules across stages: progress against the target, completion, reciprocity, running and whole totals."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence

from domain.acceptance import CUMULATIVE, TOTAL, FigureState
from domain.findings import Check, Evidence, Severity, Subject, signed, unique
from domain.ledger import BucketKey
from domain.progress import SHOWN, Gaps, Progress, gaps
from domain.reconciliation.view import ColumnView, View

TARGET_PROGRESS = "target-progress"
COMPLETION = "completion"
RECIPROCITY = "reciprocity"
CUMULATIVE_SUM = "cumulative-sum"
EXCHANGE_TOTAL = "exchange-total"
STAGE_SEQUENCE = "stage-sequence"


def _sum_text(values: Mapping[int, int], stages: Sequence[int]) -> str:
    """'390 + 307 + 303' for a few stages; a long sum is summarised, not spelt out."""
    if len(stages) <= SHOWN:
        return " + ".join(f"{values[stage]:,}" for stage in stages)
    return f"the {len(stages):,} stage figures"


def _against_stages(
    claimed: FigureState, difference: int | None, column: ColumnView, through: int | None = None
) -> tuple[Evidence, ...]:
    """What a figure checked against the stages cites: its own claims, and when it is off (not when it cannot be
    checked yet), the claims behind the stages' values too."""
    return (*claimed.evidence, *column.cited(through)) if difference else claimed.evidence


def _progress(view: View, party: str) -> Progress | None:
    """The accepted stage totals received by `party` against its target; None without a target."""
    target = view.terms.targets.get(party)
    if target is None:
        return None
    totals = view.column(f"to {party}", TOTAL)
    return Progress(party, target.kind, target.count, totals.total, Gaps.of(totals.missing))


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
        if item.over:
            message = f"{item.accepted:,} received against a target of {item.target:,}: {item.over:,} over"
        else:
            message = f"{item.accepted:,} of {item.target:,}: {item.remaining:,} to go{unknown}"
        yield Check(
            rule=TARGET_PROGRESS,
            severity=Severity.ERROR,
            passed=not item.over,
            subject=Subject(direction=f"to {item.party}", figure=TOTAL),
            message=message,
            expected=("<= " if item.kind == "exactly" else ">= ") + f"{item.target:,}",
            found=f"{item.accepted:,}",
            difference=item.accepted - item.target,
            evidence=view.column(f"to {party}", TOTAL).cited() if item.over else (),
        )


def completion(view: View, party: str, *, passing: bool = True) -> Iterator[Check]:
    """completion for one party: once declared complete, its stage totals against its target."""
    completions = view.completions()
    item = _progress(view, party) if completions else None
    if item is None or item.target is None:
        return
    declared = ", ".join(sorted({c.source.label for c in completions}))
    difference = item.accepted - item.target
    subject = Subject(direction=f"to {item.party}", figure=TOTAL)
    cited = view.column(f"to {party}", TOTAL).cited
    if item.unknown_stages and difference <= 0:
        unknown = f"{item.unknown_stages.label} total to {item.party} unknown"
        yield _unverifiable(COMPLETION, subject, item.accepted, unknown, cited())
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
        message=f"declared complete by {declared}; stages sum to {item.accepted:,} against {item.target:,}: "
        + (verdict if passed else f"{verdict} of {abs(difference):,}"),
        expected=("= " if item.kind == "exactly" else ">= ") + f"{item.target:,}",
        found=f"{item.accepted:,}",
        difference=difference,
        evidence=() if passed else cited(),
    )


def reciprocity(view: View, stage: int, *, passing: bool = True) -> Iterator[Check]:
    """reciprocity at one stage: the two directions' totals under symmetric terms."""
    if not view.terms.symmetric:
        return
    first, second = view.parties
    buckets = [view.bucket(stage, f"to {party}") for party in (first, second)]
    values = [bucket.value(TOTAL) if bucket else None for bucket in buckets]
    if values[0] is None or values[1] is None:
        return
    difference = values[0] - values[1]
    if difference == 0 and not passing:
        return
    evidence = (
        [item for b in buckets if b and TOTAL in b.figures for item in b.figures[TOTAL].evidence] if difference else []
    )
    yield Check(
        rule=RECIPROCITY,
        severity=Severity.WARNING,
        passed=difference == 0,
        subject=Subject(stage=stage, figure=TOTAL),
        message=f"to {first} {values[0]:,}, to {second} {values[1]:,}: "
        + ("reciprocal" if difference == 0 else f"differ by {abs(difference):,}"),
        expected=f"to {second} {values[1]:,}",
        found=f"to {first} {values[0]:,}",
        difference=difference,
        evidence=unique(evidence),
    )


def cumulative_sum(view: View, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """cumulative-sum for one running total: against the stage totals up to its stage."""
    stage, direction = key
    bucket = view.bucket(*key)
    claimed = bucket.figures.get(CUMULATIVE) if bucket else None
    if stage is None or claimed is None or claimed.accepted is None:
        return
    column = view.column(direction, TOTAL)
    subject = Subject(stage=stage, direction=direction, figure=CUMULATIVE)
    values = column.up_to(stage)
    if len(values) < stage:
        reason = f"{gaps(range(1, stage + 1), values, stage - len(values)).label} total unknown"
        yield _unverifiable(CUMULATIVE_SUM, subject, claimed.accepted, reason, claimed.evidence)
        return
    found = sum(values.values())
    difference = claimed.accepted - found
    if difference == 0 and not passing:
        return
    yield Check(
        rule=CUMULATIVE_SUM,
        severity=Severity.ERROR,
        passed=difference == 0,
        subject=subject,
        message=f"{_sum_text(values, range(1, stage + 1))} = {found:,}; running total {claimed.accepted:,}: "
        + ("balances" if difference == 0 else f"off by {signed(difference)}"),
        expected=f"= {found:,}",
        found=f"{claimed.accepted:,}",
        difference=difference,
        evidence=_against_stages(claimed, difference, column, stage),
    )


def exchange_total(view: View, scope: tuple[str, str], *, passing: bool = True) -> Iterator[Check]:
    """exchange-total for one whole-exchange figure: against the sum over the stages."""
    direction, key = scope
    whole = view.bucket(None, direction)
    claimed = whole.figures.get(key) if whole else None
    if key == CUMULATIVE or claimed is None or claimed.accepted is None:
        return
    column = view.column(direction, key)
    subject = Subject(direction=direction, figure=key)
    missing = Gaps.of(column.missing)
    stages = view.stages()
    if not stages or missing:
        reason = f"{missing.label} has no {key} figure" if missing else "no stages recorded"
        yield _unverifiable(EXCHANGE_TOTAL, subject, claimed.accepted, reason, claimed.evidence)
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
        evidence=_against_stages(claimed, difference, column),
    )


def stage_sequence(view: View, scope: None, *, passing: bool = True) -> Iterator[Check]:
    """stage-sequence over the whole exchange: the stages' numbers and dates."""
    stages = view.stages()
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


def _unverifiable(rule: str, subject: Subject, claimed: int, reason: str, evidence: tuple[Evidence, ...]) -> Check:
    return Check(
        rule=rule,
        severity=Severity.INFO,
        passed=False,
        subject=subject,
        message=f"{claimed:,} cannot be checked yet: {reason}",
        expected="a figure for every stage",
        found=reason,
        evidence=evidence,
    )
