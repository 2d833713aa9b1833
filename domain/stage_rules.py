"""Rules across stages: progress against the target, completion, reciprocity, running and whole totals."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from domain.acceptance import CUMULATIVE, TOTAL, FigureState
from domain.findings import Check, Cited, Evidence, Severity, Subject, signed, unique
from domain.ledger import BucketKey, Column, Ledger

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
    unknown_stages: Gaps
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
    unknown = Gaps.of(totals.missing)
    return Progress(party, kind, target.count if target else None, totals.total, unknown)


def stage_totals(ledger: Ledger, party: str) -> dict[int, int | None]:
    """Each stage's accepted total received by `party`, None where unknown."""
    totals = ledger.column(f"to {party}", TOTAL).values
    return {stage: totals.get(stage) for stage in ledger.stages}


@dataclass(frozen=True, slots=True)
class Gaps:
    """Stages a figure is not known for: how many, and the first of them (all of them when there are few)."""

    count: int = 0
    first: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return self.count > 0

    @classmethod
    def of(cls, missing: Collection[int]) -> Gaps:
        """The gaps of a set of stage numbers."""
        if not missing:
            return _NO_GAPS
        if len(missing) <= _SHOWN:
            return cls(len(missing), tuple(sorted(missing)))
        return cls(len(missing), tuple(heapq.nsmallest(_SHOWN - 2, missing)))

    @property
    def label(self) -> str:
        """'stage 4', 'stage 2, 5' or, for many, 'stage 2, 5, 7 ... and 40 more': a reason stays one line long."""
        shown = ", ".join(map(str, self.first))
        return (
            f"stage {shown}"
            if self.count <= len(self.first)
            else f"stage {shown} and {self.count - len(self.first):,} more"
        )


_SHOWN = 12
_NO_GAPS = Gaps()


def gaps(stages: Sequence[int], known: Collection[int], count: int | None = None) -> Gaps:
    """The stages of `stages` not in `known` (for stage numbers no column keeps, such as 1 to a running total's
    stage); `count`, when the caller knows it, saves counting them all."""
    if count is None:
        count = sum(1 for stage in stages if stage not in known)
    if count == 0:
        return _NO_GAPS
    if count <= _SHOWN:
        # A set difference walks the stages in C; it matters on an exchange of hundreds of stages.
        return Gaps(count, tuple(sorted(set(stages).difference(known))))
    return Gaps(count, tuple(itertools.islice((s for s in stages if s not in known), _SHOWN - 2)))


def _sum_text(column: Column, stages: Sequence[int]) -> str:
    """'390 + 307 + 303' for a few stages; a long sum is summarised, not spelt out."""
    if len(stages) <= _SHOWN:
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
    """Accepted stage totals per direction count towards the target; going over an exact target is a finding."""
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
    """A running total equals the accepted stage totals up to and including its stage."""
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
    """A figure claimed for the whole exchange equals the same figure summed over its stages."""
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
    """Stages are numbered 1, 2, 3... without gaps and dated in order."""
    stages = ledger.stages
    if not stages:
        return
    missing = [] if len(stages) == stages[-1] else sorted(set(range(1, stages[-1] + 1)) - set(stages))
    if missing or passing:
        few = len(stages) <= _SHOWN
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
