"""The reconciliation report: a read model of one exchange's figures, progress and findings."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Literal
from uuid import UUID

from pydantic import Field

from domain import promises
from domain.acceptance import FigureState, Status
from domain.corroboration import Corroboration, corroboration
from domain.exchange import Acknowledgement, Exchange
from domain.figures import Value
from domain.findings import Check, Evidence, Severity
from domain.ledger import Ledger, build_ledger
from domain.progress import Progress, disputed_share, progress, ranged_stage_totals, stage_totals
from domain.rulebook import RULES_BY_ID, Rule, reconcile


class FigureLine(Value):
    """A figure of one stage and direction: the accepted value and every source behind it."""

    figure: str
    accepted: int | None
    status: Status
    reason: str
    low: int | None = None
    high: int | None = None
    sources: list[Evidence]
    """Every source's value, with the event version that recorded it."""
    corroboration: Corroboration | None = None
    """Who stands behind the value: its origins and their outlets; None for a derived figure."""
    ranged: bool = False
    """True when the accepted value is the range from `low` to `high` (None: no largest), not a single count."""


class DirectionFigures(Value):
    """The figures of one stage in one direction."""

    direction: str
    figures: list[FigureLine]


class NoteLine(Value):
    """A number a claim gives that is not a headcount of this exchange, beside the claim (never counted)."""

    version: int
    """The event version that recorded the claim, as the stage's claims are listed."""
    source: str
    value: int | str
    meaning: str


class StageReport(Value):
    """A stage (None: the exchange as a whole) and its figures per direction."""

    stage: int | None
    date: date | None
    directions: list[DirectionFigures]
    notes: list[NoteLine] = Field(default_factory=list)
    """The notes of the stage's claims, by event version."""


class ProgressLine(Value):
    """How far one party's receipts are from what was agreed."""

    party: str
    target_kind: str
    target: int | None
    accepted: int
    remaining: int | None
    over: int
    stage_totals: dict[int, int | None]
    disputed: tuple[int, int | None] | None = None
    """What the stages with a disputed or ranged total add to `accepted`, at least and at most (None: no most);
    None when none is."""
    stage_ranges: dict[int, tuple[int, int | None]] = Field(default_factory=dict)
    """The stages whose total is disputed or a range (None in `stage_totals`), each with its smallest and largest
    value (None: no largest)."""

    @property
    def received(self) -> tuple[int, int | None]:
        """The fewest and the most received (None: no most): one value unless a stage's total is disputed or a
        range."""
        low, high = self.disputed or (0, 0)
        return self.accepted + low, None if high is None else self.accepted + high


class AcknowledgementLine(Value):
    """A reviewer's acknowledgement; `current` is False once the figures behind it changed."""

    reviewer: str
    note: str
    version: int
    current: bool


class FindingLine(Value):
    """A failed check, stated like a balance-check message, with its evidence."""

    id: str
    rule: str
    statement: str
    severity: Severity
    stage: int | None
    direction: str | None
    figure: str | None
    message: str
    expected: str
    found: str
    difference: int | None
    evidence: list[Evidence]
    acknowledgement: AcknowledgementLine | None = None

    @property
    def open(self) -> bool:
        """True unless a reviewer acknowledged the finding as it stands now."""
        return self.acknowledgement is None or not self.acknowledgement.current


class PendingLine(Value):
    """A check that cannot run yet, and why: shown in a section of its own, never an open finding."""

    id: str
    rule: str
    stage: int | None
    direction: str | None
    figure: str | None
    reason: str
    """Why, as a desk notes it: '1,000 cannot be checked yet: stage 3 has no total figure'."""
    evidence: list[Evidence]


class CheckLine(Value):
    """A check that passed, kept so readers see what was verified, not only what failed."""

    id: str
    rule: str
    stage: int | None
    direction: str | None
    figure: str | None
    message: str


class ExchangeSummary(Value):
    """What was agreed, by whom, and how much has been recorded."""

    id: UUID
    slug: str
    title: str
    parties: tuple[str, str]
    terms: dict[str, str]
    unit: str
    agreed_on: date | None
    venue: str | None
    source: str
    declared_complete_by: list[str]
    claims: int
    retracted: int
    version: int
    terms_stated: list[str] = Field(default_factory=list)
    """Every statement of the terms, the agreement's own first; shown when there is more than one."""
    completion_denied_by: list[str] = Field(default_factory=list)
    set_aside: list[str] = Field(default_factory=list)
    """Planned figures and figures counted in another unit: shown, never counted."""
    without_headcount: list[str] = Field(default_factory=list)
    unit_progress: list[str] = Field(default_factory=list)
    """Progress in a unit other than the agreement's (bodies beside people), against the terms stated in it."""
    """Stages recorded as having taken place, with no headcount given."""


Verdict = Literal["nothing recorded yet", "reconciles", "findings open", "errors open"]
"""An exchange's state in a word: 'nothing recorded yet' while no claim states a figure, so that an empty record
never reads as one that checks out."""


class ReconciliationReport(Value):
    """Everything a verification team needs to know about one exchange at one version."""

    exchange: ExchangeSummary
    as_of: str | None = None
    """The point of the history the report describes ('as of version 5'); None for the latest."""
    dated: list[str] = Field(default_factory=list)
    """For a view as announced before an instant: how each statement without a day of its own was dated."""
    verdict: Verdict
    stages: list[StageReport]
    progress: list[ProgressLine]
    passed: list[CheckLine]
    findings: list[FindingLine]
    pending: list[PendingLine] = Field(default_factory=list)
    """Checks that cannot be checked yet, each saying why: notes, not findings (never open, never counted)."""

    @property
    def open_findings(self) -> list[FindingLine]:
        """Findings no reviewer has acknowledged as they stand."""
        return [finding for finding in self.findings if finding.open]

    @property
    def open_errors(self) -> list[FindingLine]:
        """Open findings of error severity: these make `recon check` fail."""
        return [finding for finding in self.open_findings if finding.severity == Severity.ERROR]


def build_report(exchange: Exchange, as_of: str | None = None, dated: list[str] | None = None) -> ReconciliationReport:
    """Reconcile the exchange as it stands and describe the result."""
    # A report holds thousands of lines built from state the aggregate already validated, with types mypy
    # checks: they are constructed without validating each one again.
    ledger = build_ledger(exchange)
    checks = reconcile(ledger)
    known = exchange.acknowledgements
    findings = [finding_line(check, known.get(check.finding_id)) for check in checks if check.finding]
    open_findings = [f for f in findings if f.open]
    verdict: Verdict = "reconciles" if ledger.buckets else "nothing recorded yet"
    if any(f.severity == Severity.ERROR for f in open_findings):
        verdict = "errors open"
    elif open_findings:
        verdict = "findings open"
    return ReconciliationReport(
        exchange=_summary(exchange, ledger),
        as_of=as_of,
        dated=dated or [],
        verdict=verdict,
        stages=_stages(ledger),
        progress=[_progress_line(item, ledger) for item in progress(ledger)],
        passed=[
            CheckLine.trusted(
                id=c.finding_id,
                rule=c.rule,
                stage=c.subject.stage,
                direction=c.subject.direction,
                figure=c.subject.figure,
                message=c.message,
            )
            for c in checks
            if c.passed
        ],
        findings=findings,
        pending=[pending_line(check) for check in checks if check.note],
    )


def pending_line(check: Check) -> PendingLine:
    """A check that cannot run yet as the report's notes state it."""
    return PendingLine.trusted(
        id=check.finding_id,
        rule=check.rule,
        stage=check.subject.stage,
        direction=check.subject.direction,
        figure=check.subject.figure,
        reason=check.message,
        evidence=list(check.evidence),
    )


def finding_line(
    check: Check, acknowledgement: Acknowledgement | None, rules: Mapping[str, Rule] = RULES_BY_ID
) -> FindingLine:
    """A failed check as a report states it, with the reviewer's acknowledgement if there is one."""
    return FindingLine.trusted(
        id=check.finding_id,
        rule=check.rule,
        statement=rules[check.rule].statement,
        severity=check.severity,
        stage=check.subject.stage,
        direction=check.subject.direction,
        figure=check.subject.figure,
        message=check.message,
        expected=check.expected,
        found=check.found,
        difference=check.difference,
        evidence=list(check.evidence),
        acknowledgement=None
        if acknowledgement is None
        else AcknowledgementLine(
            reviewer=acknowledgement.reviewer,
            note=acknowledgement.note,
            version=acknowledgement.version,
            current=acknowledgement.fingerprint == check.fingerprint,
        ),
    )


def _summary(exchange: Exchange, ledger: Ledger) -> ExchangeSummary:
    agreement = exchange.agreement
    states = exchange.claims.values()
    return ExchangeSummary(
        id=exchange.id,
        slug=agreement.slug,
        title=agreement.title,
        parties=agreement.parties,
        terms={party: target.label for party, target in agreement.terms.targets.items()},
        unit=agreement.unit,
        agreed_on=agreement.agreed_on,
        venue=agreement.venue,
        source=agreement.source.label,
        declared_complete_by=sorted({c.source.label for c in exchange.completions}),
        claims=sum(1 for s in states if s.active),
        retracted=sum(1 for s in states if not s.active),
        version=exchange.version,
        terms_stated=promises.terms_lines(exchange) if exchange.terms_statements else [],
        completion_denied_by=promises.denial_lines(exchange),
        set_aside=promises.aside_lines(ledger),
        without_headcount=promises.unstated_lines(exchange),
        unit_progress=promises.other_unit_progress(exchange) if ledger.aside else [],
    )


def _stages(ledger: Ledger) -> list[StageReport]:
    """Stages in order, the whole exchange last; in each, directions in the order the agreement names parties."""
    grouped: dict[int | None, list[DirectionFigures]] = {}
    notes: dict[int | None, dict[tuple[int, int, int | str, str], NoteLine]] = {}
    for bucket in ledger.in_order():
        for state in bucket.claims.values():
            if state.claim.notes:  # rare: nearly every claim has none, and this costs one test per claim
                found = notes.setdefault(bucket.stage, {})
                for index, note in enumerate(state.claim.notes):
                    found[state.version, index, note.value, note.meaning] = NoteLine.trusted(
                        version=state.version, source=state.claim.source.label, value=note.value, meaning=note.meaning
                    )
        grouped.setdefault(bucket.stage, []).append(
            DirectionFigures.trusted(
                direction=bucket.direction,
                figures=[
                    _line(bucket.figures[key], ledger.parties, bucket.direction)
                    for key in sorted(bucket.figures, key=_figure_order)
                ],
            )
        )
    numbers: list[int | None] = [*ledger.stages, *([None] if None in grouped else [])]
    return [
        StageReport.trusted(
            stage=number,
            date=ledger.stage_date(number) if number is not None else None,
            directions=grouped.get(number, []),
            notes=[line for _, line in sorted(notes.get(number, {}).items(), key=lambda item: item[0][:2])],
        )
        for number in numbers
    ]


def _figure_order(key: str) -> int:
    """Total first, then breakdowns in the order claims gave them, subsets, and the running total last."""
    return {"total": 0, "cumulative": 3}.get(key, 2 if key.startswith("subset:") else 1)


def _line(state: FigureState, parties: tuple[str, str], direction: str) -> FigureLine:
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


def _progress_line(item: Progress, ledger: Ledger) -> ProgressLine:
    return ProgressLine(
        party=item.party,
        target_kind=item.kind,
        target=item.target,
        accepted=item.accepted,
        remaining=item.remaining,
        over=item.over,
        stage_totals=stage_totals(ledger, item.party),
        disputed=disputed_share(ledger, item.party),
        stage_ranges=ranged_stage_totals(ledger, item.party) if item.unknown_stages else {},
    )
