"""The reconciliation report as GitHub-flavoured Markdown, for a pull request, an issue or a newsroom wiki."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from adapters.reports import cells
from domain.report_values import FindingLine, ProgressLine, ReconciliationReport, StageReport, UnitReport


def escape(text: str) -> str:
    """Make text safe inside a table cell: pipes escaped, line breaks as <br>."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A GFM table; numeric columns are right-aligned."""
    align = ["---:" if cells.numeric(header) else "---" for header in headers]
    lines = [_row(headers), _row(align, raw=True), *(_row(row) for row in rows)]
    return "\n".join(lines)


def _row(cells_: Sequence[str], raw: bool = False) -> str:
    return "| " + " | ".join(cell if raw else escape(cell) for cell in cells_) + " |"


def render_report(report: ReconciliationReport) -> str:
    """The report as Markdown: header, stages, progress, findings and the checks that passed."""
    sections = [
        _header(report),
        *(_stage(stage) for stage in report.stages),
        _progress(report.progress, report.exchange.terms),
        *(part for unit in report.units for part in _unit(unit)),
        _findings(report),
        *([_pending(report)] if report.pending else []),
        _passed(report),
    ]
    return "\n\n".join(sections) + "\n"


def _header(report: ReconciliationReport) -> str:
    summary = report.exchange
    facts = [
        *([("As of", f"**{report.as_of}**")] if report.as_of else []),
        *([("Dated by rule", "\n".join(report.dated))] if report.dated else []),
        ("Parties", cells.parties(summary)),
        ("Terms", cells.terms(summary)),
        ("Agreed", cells.agreed(summary)),
        ("Recorded", cells.recorded(summary)),
        ("Complete", cells.completion(summary)),
        *cells.promises(summary),
        ("Findings", cells.findings_summary(report)),
        ("Verdict", f"**{report.verdict}**"),
    ]
    return f"# {cells.title(summary)}\n\n" + table(("", ""), [(f"**{name}**", value) for name, value in facts])


def _unit(unit: UnitReport) -> list[str]:
    """A unit other than the exchange's own: its stage tables, then its progress."""
    return [*(_stage(stage, unit.unit) for stage in unit.stages), _progress(unit.progress, unit.terms, unit.unit)]


def _stage(stage: StageReport, unit: str | None = None) -> str:
    rows = [
        (
            directions.direction if index == 0 else "",
            f"`{line.figure}`",
            cells.accepted(line),
            cells.status(line),
            cells.source_refs(line),
        )
        for directions in stage.directions
        for index, line in enumerate(directions.figures)
    ]
    claims = table(cells.CLAIM_HEADERS, cells.stage_claims(stage))
    if stage.notes:
        claims += "\n\n" + table(cells.NOTE_HEADERS, cells.stage_notes(stage))
    said = [f"- {direction}, `{figure}`: {escape(sentence)}" for direction, figure, sentence in cells.said_by(stage)]
    origins = "\n".join(["**Who said it**", "", *said]) if said else ""
    figures = table(cells.FIGURE_HEADERS, rows)
    return "\n\n".join(part for part in (f"## {cells.stage_heading(stage, unit)}", figures, claims, origins) if part)


def _progress(lines: Sequence[ProgressLine], terms: Mapping[str, str], unit: str | None = None) -> str:
    rows = [cells.progress_row(line, lines, terms) for line in lines]
    return f"## {cells.progress_title(unit)}\n\n" + table(cells.progress_headers(lines), rows)


def _findings(report: ReconciliationReport) -> str:
    heading = f"## Findings: {cells.findings_summary(report)}"
    return "\n\n".join([heading, *(_finding(n, finding) for n, finding in enumerate(report.findings, 1))])


def _finding(number: int, finding: FindingLine) -> str:
    heading = (
        f"### {number}. {finding.severity.value.upper()} `{finding.rule}` on {cells.subject(finding)} "
        f"({cells.finding_state(finding)})"
    )
    balance = [
        ("Rule", finding.statement),
        ("Finding", finding.message),
        ("Expected", finding.expected),
        ("Found", finding.found),
        ("Difference", cells.difference(finding.difference)),
        ("Id", f"`{finding.id}`"),
    ]
    cited = cells.stages_cited(finding)
    if cited:
        balance.append(("Stages", cited))
    acknowledged = cells.acknowledgement(finding)
    if acknowledged:
        balance.append(("Review", acknowledged))
    parts = [heading, "\n".join(f"- **{name}:** {_inline(value)}" for name, value in balance)]
    if finding.evidence:
        parts.append(table(cells.EVIDENCE_HEADERS, [cells.evidence_row(item) for item in finding.evidence]))
    return "\n\n".join(parts)


def _inline(text: str) -> str:
    return text.replace("\n", " ")


def _pending(report: ReconciliationReport) -> str:
    rows = [(f"`{rule}`", subject, why) for rule, subject, why in cells.pending_rows(report)]
    return f"## {cells.pending_title(report)}\n\n" + table(cells.PENDING_HEADERS, rows)


def _passed(report: ReconciliationReport) -> str:
    rows = [(f"`{check.rule}`", cells.subject(check), check.message) for check in report.passed]
    heading = f"## {cells.passed_summary(report)}"
    return heading + ("\n\n" + table(cells.CHECK_HEADERS, rows) if rows else "")
