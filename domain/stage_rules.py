"""Rules across stages: progress against the target, completion, reciprocity, running and whole totals."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from domain.acceptance import CUMULATIVE, TOTAL, FigureState
from domain.findings import Check, Cited, Evidence, Severity, Subject, signed, unique
from domain.ledger import BucketKey, Column, Ledger
from domain.progress import SHOWN, Gaps, gaps, progress_of

TARGET_PROGRESS = "target-progress"
COMPLETION = "completion"
RECIPROCITY = "reciprocity"
CUMULATIVE_SUM = "cumulative-sum"
EXCHANGE_TOTAL = "exchange-total"
STAGE_SEQUENCE = "stage-sequence"


def _sum_text(column: Column, stages: Sequence[int]) -> str:
    """'390 + 307 + 303' for a few stages; a long sum is summarised, not spelt out."""
    if len(stages) <= SHOWN:
        return " + ".join(f"{column.values[stage]:,}" for stage in stages)
    return f"the {len(stages):,} stage figures"


def _cited(column: Column, head: Sequence[Evidence] = (), through: int | None = None) -> Cited:
    """The claims behind a column's stage values (up to a stage), after `head`; put together when read."""
    return Cited(head, column.cited.snapshot(), through)


def _against_stages(
    column: Column, claimed: FigureState, difference: int | None, through: int | None = None
) -> Sequence[Evidence]:
    """What a figure checked against the stages cites: its own claims, and when it is off (not when it cannot be
    checked yet), the claims behind the stages' values too. `evaluate` and `recite` agree through this."""
    return _cited(column, claimed.evidence, through) if difference else claimed.evidence


def _totals_evidence(ledger: Ledger, party: str) -> Cited:
    """Every claim behind the stage totals one party received; gathered only for a finding that cites them."""
    return _cited(ledger.column(f"to {party}", TOTAL))


def parties(ledger: Ledger) -> list[str]:
    """The scopes of the progress and completion rules: each receiving party."""
    return list(ledger.parties)


def stages(ledger: Ledger) -> list[int]:
    """The scopes of reciprocity: every numbered stage."""
    return ledger.stages


def running_totals(ledger: Ledger) -> list[BucketKey]:
    """The scopes of cumulative-sum: every stage and direction with a running total."""
    return [b.key for b in ledger.in_order() if b.stage is not None and CUMULATIVE in b.figures]


def whole_exchange(ledger: Ledger) -> list[tuple[str, str]]:
    """The scopes of exchange-total: every direction and figure claimed for the whole exchange."""
    return [(b.direction, key) for b in ledger.in_order() if b.stage is None for key in b.figures if key != CUMULATIVE]


def everything(ledger: Ledger) -> list[None]:
    """The one scope of stage-sequence: the exchange's stages as a whole."""
    return [None]


def target_progress(ledger: Ledger, party: str, *, passing: bool = True) -> Iterator[Check]:
    """target-progress for one party: its accepted stage totals against its target."""
    for item in [progress_of(ledger, party)]:
        if item.target is None or (not item.over and not passing):
            continue
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
            evidence=_totals_evidence(ledger, party) if item.over else (),
        )


def completion(ledger: Ledger, party: str, *, passing: bool = True) -> Iterator[Check]:
    """completion for one party: once declared complete, its stage totals against its target."""
    if not ledger.completions:
        return
    declared = ", ".join(sorted({c.source.label for c in ledger.completions}))
    for item in [progress_of(ledger, party)]:
        if item.target is None:
            continue
        difference = item.accepted - item.target
        subject = Subject(direction=f"to {item.party}", figure=TOTAL)
        if item.unknown_stages and difference <= 0:
            unknown = f"{item.unknown_stages.label} total to {item.party} unknown"
            yield _unverifiable(COMPLETION, subject, item.accepted, unknown, _totals_evidence(ledger, party))
            continue
        passed = difference == 0 if item.kind == "exactly" else difference >= 0
        if passed and not passing:
            continue
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
            evidence=() if passed else _totals_evidence(ledger, party),
        )


def reciprocity(ledger: Ledger, stage: int, *, passing: bool = True) -> Iterator[Check]:
    """reciprocity at one stage: the two directions' totals under symmetric terms."""
    if not ledger.terms.symmetric:
        return
    first, second = ledger.parties
    for _ in [stage]:
        buckets = [ledger.bucket(stage, f"to {party}") for party in (first, second)]
        values = [bucket.value(TOTAL) if bucket else None for bucket in buckets]
        if values[0] is None or values[1] is None:
            continue
        difference = values[0] - values[1]
        if difference == 0 and not passing:
            continue
        evidence = (
            [item for b in buckets if b and TOTAL in b.figures for item in b.figures[TOTAL].evidence]
            if difference
            else []
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


def cumulative_sum(ledger: Ledger, key: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """cumulative-sum for one running total: against the stage totals up to its stage."""
    stage, direction = key
    bucket = ledger.buckets.get(key)
    claimed = bucket.figures.get(CUMULATIVE) if bucket else None
    if stage is None or claimed is None or claimed.accepted is None:
        return
    column = ledger.column(direction, TOTAL)
    subject = Subject(stage=stage, direction=direction, figure=CUMULATIVE)
    found, known = column.through(stage)
    if known < stage:
        reason = f"{gaps(range(1, stage + 1), column.values, stage - known).label} total unknown"
        yield _unverifiable(CUMULATIVE_SUM, subject, claimed.accepted, reason, claimed.evidence)
        return
    difference = claimed.accepted - found
    if difference == 0 and not passing:
        return
    yield Check(
        rule=CUMULATIVE_SUM,
        severity=Severity.ERROR,
        passed=difference == 0,
        subject=subject,
        message=f"{_sum_text(column, range(1, stage + 1))} = {found:,}; running total {claimed.accepted:,}: "
        + ("balances" if difference == 0 else f"off by {signed(difference)}"),
        expected=f"= {found:,}",
        found=f"{claimed.accepted:,}",
        difference=difference,
        evidence=_against_stages(column, claimed, difference, stage),
    )


def exchange_total(ledger: Ledger, scope: tuple[str, str], *, passing: bool = True) -> Iterator[Check]:
    """exchange-total for one whole-exchange figure: against the sum over the stages."""
    direction, key = scope
    whole = ledger.bucket(None, direction)
    claimed = whole.figures.get(key) if whole else None
    for _ in [scope]:
        if key == CUMULATIVE or claimed is None or claimed.accepted is None:
            continue
        column = ledger.column(direction, key)
        subject = Subject(direction=direction, figure=key)
        missing = Gaps.of(column.missing)
        if not ledger.stages or missing:
            reason = f"{missing.label} has no {key} figure" if missing else "no stages recorded"
            yield _unverifiable(EXCHANGE_TOTAL, subject, claimed.accepted, reason, claimed.evidence)
            continue
        found = column.total
        difference = claimed.accepted - found
        if difference == 0 and not passing:
            continue
        # Before anyone declares the exchange complete, a whole figure above the stages so far may
        # simply be ahead of the stages recorded: it is noted, not flagged as an error.
        pending = difference > 0 and not ledger.completions
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
            message=f"{_sum_text(column, ledger.stages)} = {found:,} "
            f"over {len(ledger.stages)} stages; whole exchange {claimed.accepted:,}: {outcome}",
            expected=f"= {found:,}",
            found=f"{claimed.accepted:,}",
            difference=difference,
            evidence=_against_stages(column, claimed, difference),
        )


def cumulative_sum_cites(ledger: Ledger, key: BucketKey, check: Check) -> Check:
    """A failing cumulative-sum finding citing the claims as they stand now, its figures unchanged."""
    stage, direction = key
    bucket = ledger.buckets.get(key)
    claimed = bucket.figures.get(CUMULATIVE) if bucket else None
    if stage is None or claimed is None:
        return check
    return check.citing(_against_stages(ledger.column(direction, TOTAL), claimed, check.difference, stage))


def exchange_total_cites(ledger: Ledger, scope: tuple[str, str], check: Check) -> Check:
    """A failing exchange-total finding citing the claims as they stand now, its figures unchanged."""
    direction, key = scope
    whole = ledger.bucket(None, direction)
    claimed = whole.figures.get(key) if whole else None
    if claimed is None:
        return check
    return check.citing(_against_stages(ledger.column(direction, key), claimed, check.difference))


def stage_sequence(ledger: Ledger, scope: None, *, passing: bool = True) -> Iterator[Check]:
    """stage-sequence over the whole exchange: the stages' numbers and dates."""
    stages = ledger.stages
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
    dated = [(stage, day) for stage in stages if (day := ledger.stage_date(stage)) is not None]
    for (before, before_date), (after, after_date) in itertools.pairwise(dated):
        if before_date is not None and after_date is not None and after_date < before_date:
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
                evidence=(*ledger.dated_by.get(before, {}).values(), *ledger.dated_by.get(after, {}).values()),
            )


def _unverifiable(rule: str, subject: Subject, claimed: int, reason: str, evidence: Sequence[Evidence]) -> Check:
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
