"""The reconciliation report: a read model of one exchange's figures, progress and findings, built by the engine (its
lines are values of their own, in domain.report_values)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from domain import promises
from domain.exchange import Acknowledgement, Exchange
from domain.findings import Check, Severity
from domain.ledger import Ledger, build_ledger
from domain.remembered import Remembered, Unremembered
from domain.report_stages import progress_lines, progress_sentence, stage_reports, unit_reports
from domain.report_values import (
    AcknowledgementLine,
    CheckLine,
    ExchangeSummary,
    FindingLine,
    PendingLine,
    ReconciliationReport,
    StageReport,
    UnitReport,
    Verdict,
)
from domain.rulebook import RULES_BY_ID, Rule, reconcile_exchange
from domain.units import units_of


def build_report(exchange: Exchange, as_of: str | None = None, dated: list[str] | None = None) -> ReconciliationReport:
    """Reconcile the exchange as it stands and describe the result."""
    ledger = build_ledger(exchange)
    tally, claimed = _counted(exchange)
    checks = reconcile_exchange(exchange, ledger, units_of(exchange, claimed))
    return report_of(exchange, ledger, checks, as_of, dated, tally=tally)


def report_of(
    exchange: Exchange,
    ledger: Ledger,
    checks: Sequence[Check],
    as_of: str | None = None,
    dated: list[str] | None = None,
    remembered: Remembered | None = None,
    stages: list[StageReport] | None = None,
    passed: bool = True,
    tally: ClaimTally | None = None,
) -> ReconciliationReport:
    """Describe a reconciliation already made: the exchange, its ledger and every check of it, passed or not, in rule
    order (as a fresh reconciliation lists them, or an engine kept up to date event by event); with `remembered`, the
    lines of figures and checks unchanged since the last report so described are those it made. Given `stages`, the
    stage tables are those (kept from an earlier description, see stage_report); `passed` False leaves the passed
    checks' lines out, for a caller that only counts them (and may leave those checks out of `checks`); `tally`
    is what the summary counts of the claims, when the caller keeps it (else counted now, see tally_of)."""
    # A report holds thousands of lines built from state the aggregate already validated, with types mypy
    # checks: they are constructed without validating each one again.
    memo = remembered or Unremembered()
    known = exchange.acknowledgements
    passing, failing, noted = _sorted_out(checks)
    findings = [
        memo.line(partial(finding_line, check, known.get(check.finding_id)), check, known.get(check.finding_id))
        for check in failing
    ]
    open_findings = [f for f in findings if f.open]
    verdict: Verdict = "reconciles" if _recorded(ledger) else "nothing recorded yet"
    if any(f.severity == Severity.ERROR for f in open_findings):
        verdict = "errors open"
    elif open_findings:
        verdict = "findings open"
    # Only an exchange with claims kept aside or statements of the terms can count another unit: the others are
    # spared a walk over every claim for each report a long history's timeline makes.
    units = unit_reports(exchange) if ledger.aside or exchange.terms_statements else []
    report = ReconciliationReport(
        exchange=_summary(exchange, ledger, units, tally or tally_of(exchange)),
        as_of=as_of,
        dated=dated or [],
        verdict=verdict,
        stages=stage_reports(ledger, memo) if stages is None else stages,
        progress=progress_lines(ledger),
        passed=memo.lines(_passed_line, passing) if passed else [],
        findings=findings,
        pending=memo.lines(pending_line, noted),
        units=units,
    )
    memo.done()
    return report


def _sorted_out(checks: Sequence[Check]) -> tuple[list[Check], list[Check], list[Check]]:
    """The checks that passed, the findings and the notes, each in the order given: one pass over checks that a long
    exchange has by the thousand, nearly all passed."""
    passing: list[Check] = []
    failing: list[Check] = []
    noted: list[Check] = []
    for check in checks:
        if check.passed:
            passing.append(check)
        else:
            (noted if check.severity is Severity.INFO else failing).append(check)
    return passing, failing, noted


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
        stages_cited=list(check.stages_cited),
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
        stages_cited=list(check.stages_cited),
        acknowledgement=None
        if acknowledgement is None
        else AcknowledgementLine(
            reviewer=acknowledgement.reviewer,
            note=acknowledgement.note,
            version=acknowledgement.version,
            current=acknowledgement.fingerprint == check.fingerprint,
        ),
    )


@dataclass(frozen=True, slots=True)
class ClaimTally:
    """What a report's summary counts of the exchange's claims."""

    claims: int
    retracted: int
    without_headcount: list[str]
    """The stages recorded without a headcount (see promises.unstated_lines)."""


def tally_of(exchange: Exchange) -> ClaimTally:
    """The tally of every claim of the exchange, counted now."""
    return _counted(exchange)[0]


def _counted(exchange: Exchange) -> tuple[ClaimTally, set[str]]:
    """The tally of every claim, and the units the claims name (even retracted ones): one pass over the claims,
    which a long exchange has by the thousand, for both."""
    active, unstated, named = 0, [], set[str]()
    for state in exchange.claims.values():
        claim = state.claim
        if claim.unit is not None:
            named.add(claim.unit)
        if state.active:
            active += 1
            if claim.figures.unstated and (line := promises.unstated_line(state)) is not None:
                unstated.append(line)
    return ClaimTally(active, len(exchange.claims) - active, unstated), named


def _summary(exchange: Exchange, ledger: Ledger, units: list[UnitReport], tally: ClaimTally) -> ExchangeSummary:
    agreement = exchange.agreement
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
        declared_complete_by=promises.completion_lines(exchange),
        claims=tally.claims,
        retracted=tally.retracted,
        version=exchange.version,
        terms_stated=promises.terms_lines(exchange) if exchange.terms_statements else [],
        completion_denied_by=promises.denial_lines(exchange),
        set_aside=promises.aside_lines(ledger),
        without_headcount=tally.without_headcount,
        unit_progress=[progress_sentence(item.unit, line) for item in units for line in item.progress],
    )
