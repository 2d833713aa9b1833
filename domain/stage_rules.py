"""Rules across stages: progress against the target, completion, reciprocity, running and whole totals."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from domain.acceptance import CUMULATIVE, TOTAL
from domain.findings import Check, Evidence, Severity, Subject, signed, unique
from domain.ledger import BucketKey, Ledger

TARGET_PROGRESS = "target-progress"
COMPLETION = "completion"
RECIPROCITY = "reciprocity"
CUMULATIVE_SUM = "cumulative-sum"
EXCHANGE_TOTAL = "exchange-total"
STAGE_SEQUENCE = "stage-sequence"


@dataclass(frozen=True, slots=True)
class Progress:
    """Accepted stage totals received by one party, against what the agreement promises it."""

    party: str
    kind: str
    target: int | None
    accepted: int
    unknown_stages: tuple[int, ...]
    """Stages whose total for this party is not known."""

    @property
    def remaining(self) -> int | None:
        """How many are still to come; None without a numeric target."""
        return None if self.target is None else max(self.target - self.accepted, 0)

    @property
    def over(self) -> int:
        """How far an exact target was exceeded."""
        return max(self.accepted - self.target, 0) if self.target is not None and self.kind == "exactly" else 0


def progress(ledger: Ledger) -> list[Progress]:
    """For each party, the sum of accepted stage totals and what remains of its target."""
    return [progress_of(ledger, party) for party in ledger.parties]


def progress_of(ledger: Ledger, party: str) -> Progress:
    """The sum of accepted stage totals received by `party`, and what remains of its target."""
    target = ledger.terms.targets.get(party)
    totals = ledger.column(f"to {party}", TOTAL)
    kind = target.kind if target else "unspecified"
    unknown = _missing(ledger.stages, totals.values)
    return Progress(party, kind, target.count if target else None, totals.total, unknown)


def stage_totals(ledger: Ledger, party: str) -> dict[int, int | None]:
    """Each stage's accepted total received by `party`, None where unknown."""
    totals = ledger.column(f"to {party}", TOTAL).values
    return {stage: totals.get(stage) for stage in ledger.stages}


def _missing(stages: list[int], known: dict[int, int]) -> tuple[int, ...]:
    """The stages a column has no value for; cheap when it has them all."""
    if len(known) >= len(stages):
        return ()
    return tuple(stage for stage in stages if stage not in known)


def _sum_text(values: list[int]) -> str:
    """'390 + 307 + 303' for a few stages; a long sum is summarised, not spelt out."""
    if len(values) <= 12:
        return " + ".join(f"{value:,}" for value in values)
    return f"the {len(values):,} stage figures"


def _totals_evidence(ledger: Ledger, party: str) -> tuple[Evidence, ...]:
    """Every claim behind the stage totals one party received; gathered only for a finding that cites them."""
    buckets = [ledger.bucket(stage, f"to {party}") for stage in ledger.stages]
    return tuple(item for b in buckets if b and TOTAL in b.figures for item in b.figures[TOTAL].evidence)


def parties(ledger: Ledger) -> list[str]:
    """The scopes of the progress and completion rules: each receiving party."""
    return list(ledger.parties)


def stages(ledger: Ledger) -> list[int]:
    """The scopes of reciprocity: every numbered stage."""
    return ledger.stages


def running_totals(ledger: Ledger) -> list[BucketKey]:
    """The scopes of cumulative-sum: every stage and direction with a running total."""
    return [b.key for b in ledger.in_order() if b.stage is not None and CUMULATIVE in b.figures]


def whole_exchange(ledger: Ledger) -> list[str]:
    """The scopes of exchange-total: every direction with a figure claimed for the whole exchange."""
    return [b.direction for b in ledger.in_order() if b.stage is None]


def everything(ledger: Ledger) -> list[None]:
    """The one scope of stage-sequence: the exchange's stages as a whole."""
    return [None]


def target_progress(ledger: Ledger, party: str) -> Iterator[Check]:
    """Accepted stage totals per direction count towards the target; going over an exact target is a finding."""
    for item in [progress_of(ledger, party)]:
        if item.target is None:
            continue
        unknown = f" (stage {', '.join(map(str, item.unknown_stages))} total unknown)" if item.unknown_stages else ""
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


def completion(ledger: Ledger, party: str) -> Iterator[Check]:
    """An exchange declared complete has stages that sum to its target, neither short nor over."""
    if not ledger.completions:
        return
    declared = ", ".join(sorted({c.source.label for c in ledger.completions}))
    for item in [progress_of(ledger, party)]:
        if item.target is None:
            continue
        difference = item.accepted - item.target
        subject = Subject(direction=f"to {item.party}", figure=TOTAL)
        if item.unknown_stages and difference <= 0:
            unknown = f"stage {', '.join(map(str, item.unknown_stages))} total to {item.party} unknown"
            yield _unverifiable(COMPLETION, subject, item.accepted, unknown, _totals_evidence(ledger, party))
            continue
        passed = difference == 0 if item.kind == "exactly" else difference >= 0
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


def reciprocity(ledger: Ledger, stage: int) -> Iterator[Check]:
    """Under symmetric terms both directions of every stage carry the same total."""
    if not ledger.terms.symmetric:
        return
    first, second = ledger.parties
    for _ in [stage]:
        buckets = [ledger.bucket(stage, f"to {party}") for party in (first, second)]
        values = [bucket.value(TOTAL) if bucket else None for bucket in buckets]
        if values[0] is None or values[1] is None:
            continue
        difference = values[0] - values[1]
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


def cumulative_sum(ledger: Ledger, key: BucketKey) -> Iterator[Check]:
    """A running total equals the accepted stage totals up to and including its stage."""
    stage, direction = key
    bucket = ledger.buckets.get(key)
    claimed = bucket.figures.get(CUMULATIVE) if bucket else None
    if stage is None or claimed is None or claimed.accepted is None:
        return
    totals = ledger.column(direction, TOTAL).values
    subject = Subject(stage=stage, direction=direction, figure=CUMULATIVE)
    missing = [number for number in range(1, stage + 1) if number not in totals]
    if missing:
        reason = f"stage {', '.join(map(str, missing))} total unknown"
        yield _unverifiable(CUMULATIVE_SUM, subject, claimed.accepted, reason, claimed.evidence)
        return
    values = [totals[number] for number in range(1, stage + 1)]
    found = sum(values)
    difference = claimed.accepted - found
    evidence = (
        [item for n in range(1, stage + 1) for item in _figure_evidence(ledger, n, direction, TOTAL)]
        if difference
        else []
    )
    yield Check(
        rule=CUMULATIVE_SUM,
        severity=Severity.ERROR,
        passed=difference == 0,
        subject=subject,
        message=f"{_sum_text(values)} = {found:,}; running total {claimed.accepted:,}: "
        + ("balances" if difference == 0 else f"off by {signed(difference)}"),
        expected=f"= {found:,}",
        found=f"{claimed.accepted:,}",
        difference=difference,
        evidence=(*claimed.evidence, *evidence),
    )


def exchange_total(ledger: Ledger, direction: str) -> Iterator[Check]:
    """A figure claimed for the whole exchange equals the same figure summed over its stages."""
    whole = ledger.bucket(None, direction)
    for key, claimed in whole.figures.items() if whole else []:
        if key == CUMULATIVE or claimed.accepted is None:
            continue
        column = ledger.column(direction, key)
        subject = Subject(direction=direction, figure=key)
        missing = _missing(ledger.stages, column.values)
        if not ledger.stages or missing:
            reason = f"stage {', '.join(map(str, missing))} has no {key} figure" if missing else "no stages recorded"
            yield _unverifiable(EXCHANGE_TOTAL, subject, claimed.accepted, reason, claimed.evidence)
            continue
        found = column.total
        difference = claimed.accepted - found
        # Before anyone declares the exchange complete, a whole figure above the stages so far may
        # simply be ahead of the stages recorded: it is noted, not flagged as an error.
        pending = difference > 0 and not ledger.completions
        if difference == 0:
            outcome = "balances"
        elif pending:
            outcome = f"{difference:,} not yet accounted for by the stages recorded"
        else:
            outcome = f"off by {signed(difference)}"
        evidence = (
            [item for n in ledger.stages for item in _figure_evidence(ledger, n, direction, key)] if difference else []
        )
        yield Check(
            rule=EXCHANGE_TOTAL,
            severity=Severity.INFO if pending else Severity.ERROR,
            passed=difference == 0,
            subject=subject,
            message=f"{_sum_text([column.values[n] for n in ledger.stages])} = {found:,} "
            f"over {len(ledger.stages)} stages; whole exchange {claimed.accepted:,}: {outcome}",
            expected=f"= {found:,}",
            found=f"{claimed.accepted:,}",
            difference=difference,
            evidence=(*claimed.evidence, *evidence),
        )


def _figure_evidence(ledger: Ledger, stage: int, direction: str, key: str) -> tuple[Evidence, ...]:
    bucket = ledger.bucket(stage, direction)
    state = bucket.figures.get(key) if bucket else None
    return state.evidence if state else ()


def stage_sequence(ledger: Ledger, scope: None) -> Iterator[Check]:
    """Stages are numbered 1, 2, 3... without gaps and dated in order."""
    stages = ledger.stages
    if not stages:
        return
    missing = sorted(set(range(1, stages[-1] + 1)) - set(stages))
    yield Check(
        rule=STAGE_SEQUENCE,
        severity=Severity.WARNING,
        passed=not missing,
        subject=Subject(figure="numbering"),
        message=f"stages {', '.join(map(str, stages))}: "
        + ("numbered without gaps" if not missing else f"stage {', '.join(map(str, missing))} missing"),
        expected=f"1 to {stages[-1]}",
        found=", ".join(map(str, stages)),
        difference=-len(missing),
    )
    dated = [(stage, ledger.stage_date(stage)) for stage in stages if ledger.stage_date(stage) is not None]
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
