"""The reconciliation report: a read model of one exchange's figures, progress and findings, built by the engine (its
lines are values of their own, in domain.report_values)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from domain import promises
from domain.acceptance import FigureState
from domain.corroboration import corroboration
from domain.exchange import Acknowledgement, Exchange
from domain.findings import Check, Severity
from domain.ledger import Ledger, build_ledger
from domain.progress import Progress, disputed_share, progress, ranged_stage_totals, stage_totals
from domain.remembered import Remembered
from domain.report_values import (
    AcknowledgementLine,
    CheckLine,
    DirectionFigures,
    ExchangeSummary,
    FigureLine,
    FindingLine,
    NoteLine,
    PendingLine,
    ProgressLine,
    ReconciliationReport,
    StageReport,
    Verdict,
)
from domain.rulebook import RULES_BY_ID, Rule, reconcile_exchange


def build_report(exchange: Exchange, as_of: str | None = None, dated: list[str] | None = None) -> ReconciliationReport:
    """Reconcile the exchange as it stands and describe the result."""
    ledger = build_ledger(exchange)
    return report_of(exchange, ledger, reconcile_exchange(exchange, ledger), as_of, dated)


def report_of(
    exchange: Exchange,
    ledger: Ledger,
    checks: Sequence[Check],
    as_of: str | None = None,
    dated: list[str] | None = None,
    remembered: Remembered | None = None,
) -> ReconciliationReport:
    """Describe a reconciliation already made: the exchange, its ledger and every check of it, passed or not, in rule
    order (as a fresh reconciliation lists them, or an engine kept up to date event by event); with `remembered`, the
    lines of figures and checks unchanged since the last report so described are those it made."""
    # A report holds thousands of lines built from state the aggregate already validated, with types mypy
    # checks: they are constructed without validating each one again.
    memo = remembered or Remembered()
    known = exchange.acknowledgements
    findings = [
        memo.line(partial(finding_line, check, known.get(check.finding_id)), check, known.get(check.finding_id))
        for check in checks
        if check.finding
    ]
    open_findings = [f for f in findings if f.open]
    verdict: Verdict = "reconciles" if _recorded(ledger) else "nothing recorded yet"
    if any(f.severity == Severity.ERROR for f in open_findings):
        verdict = "errors open"
    elif open_findings:
        verdict = "findings open"
    report = ReconciliationReport(
        exchange=_summary(exchange, ledger),
        as_of=as_of,
        dated=dated or [],
        verdict=verdict,
        stages=_stages(ledger, memo),
        progress=[_progress_line(item, ledger) for item in progress(ledger)],
        passed=[memo.line(partial(_passed_line, check), check) for check in checks if check.passed],
        findings=findings,
        pending=[memo.line(partial(pending_line, check), check) for check in checks if check.note],
    )
    memo.done()
    return report


def _recorded(ledger: Ledger) -> bool:
    """True once a claim states a delivered figure in any unit: bodies counted beside the people (kept aside in the
    exchange's own ledger) are figures the rules check too."""
    return bool(ledger.buckets) or any(not state.claim.planned for state in ledger.aside.values())


def _passed_line(check: Check) -> CheckLine:
    subject = check.subject
    return CheckLine.trusted(
        id=check.finding_id,
        rule=check.rule,
        stage=subject.stage,
        direction=subject.direction,
        figure=subject.figure,
        unit=subject.unit,
        message=check.message,
    )


def pending_line(check: Check) -> PendingLine:
    """A check that cannot run yet as the report's notes state it."""
    return PendingLine.trusted(
        id=check.finding_id,
        rule=check.rule,
        stage=check.subject.stage,
        direction=check.subject.direction,
        figure=check.subject.figure,
        unit=check.subject.unit,
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
        unit=check.subject.unit,
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


def _stages(ledger: Ledger, memo: Remembered) -> list[StageReport]:
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
                    memo.line(
                        partial(_line, bucket.figures[key], ledger.parties, bucket.direction),
                        bucket.figures[key],
                        bucket.direction,
                    )
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
