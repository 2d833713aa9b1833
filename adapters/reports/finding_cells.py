"""The cells of findings, checks and notes: their subjects, states, acknowledgements, the stages they cite, the
evidence they rest on, and the summary lines above each list."""

from __future__ import annotations

from domain.findings import Evidence, Subject
from domain.report_values import CheckLine, FindingLine, PendingLine, ReconciliationReport

PENDING_TITLE = "Cannot be checked yet"
"""The notes of checks that cannot run yet: a section of their own, apart from the findings."""


def tier(value: str) -> str:
    """'established media' for 'established_media'."""
    return value.replace("_", " ")


def subject(line: FindingLine | CheckLine | PendingLine) -> str:
    """'stage 1, to Ukraine, service' in plain words ('stage 1, to Ukraine, total, in bodies' in another unit)."""
    return Subject(stage=line.stage, direction=line.direction, figure=line.figure, unit=line.unit).label


def finding_state(finding: FindingLine) -> str:
    """'open', 'acknowledged' or 'reopened' (acknowledged, then the figures behind it changed)."""
    if finding.acknowledgement is None:
        return "open"
    return "acknowledged" if finding.acknowledgement.current else "reopened"


def acknowledgement(finding: FindingLine) -> str | None:
    """Who acknowledged the finding and why, and whether that still holds; None when nobody did."""
    ack = finding.acknowledgement
    if ack is None:
        return None
    still = "still holds" if ack.current else "no longer holds: the figures behind it changed"
    return f"acknowledged by {ack.reviewer} at version {ack.version}: {ack.note} ({still})"


def stages_cited(finding: FindingLine) -> str | None:
    """The stage figures a finding cites by reference, and where their claims are; None when it cites none."""
    if not finding.stages_cited:
        return None
    named = "; ".join(reference.label for reference in finding.stages_cited)
    return f"{named} (each stage's claims are listed under its figure in the stage tables)"


def evidence_row(item: Evidence) -> tuple[str, str, str, str, str]:
    """Source, tier, event version, figure and value of one piece of evidence."""
    return item.source, tier(item.tier), f"v{item.version}", item.figure, item.shown


def passed_summary(report: ReconciliationReport) -> str:
    """'14 checks passed: breakdown-sum 2, reciprocity 3, ...'."""
    counts: dict[str, int] = {}
    for check in report.passed:
        counts[check.rule] = counts.get(check.rule, 0) + 1
    listed = ", ".join(f"{rule} {count}" for rule, count in counts.items())
    passed = len(report.passed)
    return f"{passed} check{'s' * (passed != 1)} passed" + (f": {listed}" if listed else "")


def findings_summary(report: ReconciliationReport) -> str:
    """'3 findings, 2 open (1 error)'."""
    found, open_count, errors = len(report.findings), len(report.open_findings), len(report.open_errors)
    if not found:
        return "no findings"
    return f"{found} finding{'s' * (found != 1)}, {open_count} open ({errors} error{'s' * (errors != 1)})"


def pending_title(report: ReconciliationReport) -> str:
    """'Cannot be checked yet: 2 notes (not findings)'."""
    count = len(report.pending)
    return f"{PENDING_TITLE}: {count} note{'s' * (count != 1)} (not findings)"


def pending_rows(report: ReconciliationReport) -> list[tuple[str, str, str]]:
    """Rule, subject and why, one row per check that cannot run yet."""
    return [(line.rule, subject(line), line.reason) for line in report.pending]
