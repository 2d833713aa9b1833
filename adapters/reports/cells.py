"""The words and numbers every rendering shares, so text, Markdown and JSON readers see the same figures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from domain.amounts import DASH as RANGE_DASH
from domain.amounts import range_label
from domain.findings import Evidence, Subject, signed
from domain.report_values import (
    CheckLine,
    ExchangeSummary,
    FigureLine,
    FindingLine,
    PendingLine,
    ProgressLine,
    ReconciliationReport,
    StageReport,
)

MISSING = "—"

NUMERIC_HEADERS = frozenset(
    {
        "Accepted",
        "Target",
        "Remaining",
        "Over",
        "Value",
        "Event version",
        "Claims",
        "Open findings",
        "Version",
        "Difference",
    }
)


EVIDENCE_HEADERS = ("Source", "Tier", "Event version", "Figure", "Value")
FIGURE_HEADERS = ("Direction", "Figure", "Accepted", "Status", "Sources")
CLAIM_HEADERS = ("Claim", "Source", "Origin", "Tier")
NOT_STATED = "not stated"
"""The origin cell of a claim whose source does not say whose word it carries."""
NOTE_HEADERS = ("Claim", "Source", "Number", "Meaning (a note: not counted)")
CHECK_HEADERS = ("Rule", "Subject", "Check")
PENDING_HEADERS = ("Rule", "Subject", "Why")
PENDING_TITLE = "Cannot be checked yet"
"""The notes of checks that cannot run yet: a section of their own, apart from the findings."""
ORIGIN_HEADERS = ("Direction", "Figure", "Who said it")


def numeric(header: str) -> bool:
    """True for a column of numbers, which reads best right-aligned."""
    return header in NUMERIC_HEADERS or header.startswith("Stage ")


def number(value: int | None) -> str:
    """'1,000', or a dash when the figure is not known."""
    return MISSING if value is None else f"{value:,}"


def difference(value: int | None) -> str:
    """'+1', '-3', '0', or a dash when the check has no numeric difference."""
    return MISSING if value is None else signed(value)


def title(summary: ExchangeSummary) -> str:
    """'1,000 for 1,000 (1000-for-1000)'."""
    return f"{summary.title} ({summary.slug})"


def parties(summary: ExchangeSummary) -> str:
    """'Ukraine and Russia'."""
    return " and ".join(summary.parties)


def terms(summary: ExchangeSummary) -> str:
    """'to Ukraine 1,000; to Russia 1,000 (people)'."""
    targets = "; ".join(f"to {party} {target}" for party, target in summary.terms.items())
    return f"{targets or 'not announced'} ({summary.unit})"


def agreed(summary: ExchangeSummary) -> str:
    """'2025-05-16 in Istanbul, as announced by President of Ukraine'."""
    when = summary.agreed_on.isoformat() if summary.agreed_on else "date not given"
    where = f" in {summary.venue}" if summary.venue else ""
    return f"{when}{where}, as announced by {summary.source}"


def recorded(summary: ExchangeSummary) -> str:
    """'12 claims, 1 retracted, at version 14'."""
    return f"{summary.claims:,} claims, {summary.retracted:,} retracted, at version {summary.version:,}"


def completion(summary: ExchangeSummary) -> str:
    """Who declared the exchange complete, or that nobody has."""
    declared = ", ".join(summary.declared_complete_by) if summary.declared_complete_by else "not declared"
    return "; ".join([declared, *summary.completion_denied_by])


def promises(summary: ExchangeSummary) -> list[tuple[str, str]]:
    """Rows of the header on what was promised: the terms as each source stated them, planned figures and figures
    of another unit (shown, never counted), stages recorded without a headcount."""
    rows = [("Terms stated", line) for line in summary.terms_stated]
    rows += [("Kept apart", line) for line in summary.set_aside]
    rows += [("No headcount", line) for line in summary.without_headcount]
    rows += [("Progress", line) for line in summary.unit_progress]
    return rows


def stage_heading(stage: StageReport, unit: str | None = None) -> str:
    """'Stage 1 (2025-05-23)', 'Stage 2' or 'Whole exchange'; in a unit other than the exchange's own, 'Stage 2, in
    bodies' or 'Whole exchange, in bodies'."""
    heading = "Whole exchange" if stage.stage is None else f"Stage {stage.stage}"
    heading += f", in {unit}" if unit else ""
    return heading + (f" ({stage.date.isoformat()})" if stage.date and stage.stage is not None else "")


def progress_title(unit: str | None = None) -> str:
    """The heading of a progress table: the exchange's own, or another unit's."""
    return (
        "Progress against the agreed targets"
        if unit is None
        else f"Progress in {unit} against the terms stated for them"
    )


def accepted(line: FigureLine) -> str:
    """The accepted value, a range ('1,001 or more', '200\u2013250'), or the range sources give for a disputed
    figure."""
    if line.ranged and line.low is not None:
        shown = range_label(line.low, line.high)
        return f"{MISSING} ({shown})" if line.status == "disputed" else shown
    if line.accepted is None and line.low is not None and line.high is not None:
        return f"{MISSING} ({line.low:,} to {line.high:,})"
    return number(line.accepted)


def status_note(line: FigureLine) -> str | None:
    """Why the value was accepted, without repeating the status; None when a single source gave it."""
    if line.reason == "one source":
        return None
    return line.reason.removeprefix(f"{line.status}: ").removesuffix(f"; {line.status}")


def status(line: FigureLine) -> str:
    """'agreed', 'agreed: 3 sources agree', 'derived: military + civilian (a complete service breakdown)'."""
    note = status_note(line)
    return f"{line.status}: {note}" if note else line.status


def source_refs(line: FigureLine) -> str:
    """'v2: 390, v3: 390': each claim's value by the event version that recorded it, as the claims table lists them."""
    return ", ".join(f"v{item.version}: {item.shown}" for item in line.sources) or MISSING


def stage_claims(stage: StageReport) -> list[tuple[str, str, str, str]]:
    """Every claim behind a stage's figures, once, by event version: version, source, origin (whose word it
    carries, 'not stated' when the source does not say) and tier."""
    found = {item.version: item for d in stage.directions for line in d.figures for item in line.sources}
    return [
        (f"v{version}", found[version].source, found[version].origin or NOT_STATED, tier(found[version].tier))
        for version in sorted(found)
    ]


def stage_notes(stage: StageReport) -> list[tuple[str, str, str, str]]:
    """The numbers the stage's claims give that are not headcounts of this exchange: claim, source, number, meaning."""
    return [
        (
            f"v{note.version}",
            note.source,
            note.value if isinstance(note.value, str) else f"{note.value:,}",
            note.meaning,
        )
        for note in stage.notes
    ]


def said_by(stage: StageReport) -> list[tuple[str, str, str]]:
    """Each figure's corroboration as a desk notes it: '390: stated by Ukraine's Coordination Headquarters and
    Russia's Defence Ministry (confirmed by both parties; 9 outlets)'."""
    return [
        (directions.direction, line.figure, line.corroboration.sentence(accepted(line)))
        for directions in stage.directions
        for line in directions.figures
        if line.corroboration is not None
    ]


def tier(value: str) -> str:
    """'established media' for 'established_media'."""
    return value.replace("_", " ")


def target(line: ProgressLine, terms: Mapping[str, str]) -> str:
    """The agreed target as the terms word it: '1,000', 'at least 50', 'no numeric target'."""
    return terms.get(line.party, "no numeric target")


def stage_numbers(lines: Sequence[ProgressLine]) -> list[int]:
    """Every stage number that appears in the progress lines, in order."""
    return sorted({stage for line in lines for stage in line.stage_totals})


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


def progress_headers(lines: Sequence[ProgressLine]) -> list[str]:
    """'Received by', 'Target', 'Accepted', 'Remaining', 'Over', then one column per stage."""
    stages = [f"Stage {stage}" for stage in stage_numbers(lines)]
    return ["Received by", "Target", "Accepted", "Remaining", "Over", *stages]


def progress_row(line: ProgressLine, lines: Sequence[ProgressLine], terms: Mapping[str, str]) -> list[str]:
    """One party's progress against its target in `terms`, with its accepted total per stage of any of `lines`."""
    stages = [_stage_total(line, stage) for stage in stage_numbers(lines)]
    return [
        line.party,
        target(line, terms),
        _received(line),
        _remaining(line),
        _over(line),
        *stages,
    ]


def _stage_total(line: ProgressLine, stage: int) -> str:
    """'390', '300\u2013310' for a stage whose total is a range or disputed, '\u2014' when nobody gave one."""
    ranged = line.stage_ranges.get(stage)
    return number(line.stage_totals.get(stage)) if ranged is None else range_label(*ranged)


def _received(line: ProgressLine) -> str:
    """'1,000', '697\u2013701' while a stage's total is disputed, '1,001 or more' while one is a lower bound."""
    low, high = line.received
    return range_label(low, high)


def _remaining(line: ProgressLine) -> str:
    """What remains of the target, a range while a stage's total is disputed or the target is a range."""
    if line.to_go is None:
        return number(line.remaining)
    fewest, most = line.to_go
    return number(most) if most == fewest else f"{fewest:,}{RANGE_DASH}{most:,}"


def _over(line: ProgressLine) -> str:
    """How far an exact target is overshot, a range while a stage's total is disputed or a range ('0 or more')."""
    low, high = line.received
    if line.target is None or line.target_kind != "exactly" or low == high:
        return number(line.over)
    least = max(low - line.target, 0)
    return range_label(least, None if high is None else max(high - line.target, 0))


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
