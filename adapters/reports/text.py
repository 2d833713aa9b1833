"""The reconciliation report for a terminal: rich tables, and the same text without colour when piped."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from adapters.reports import cells
from adapters.reports.plain_table import PlainTable
from domain.report_values import FindingLine, ProgressLine, ReconciliationReport, StageReport, UnitReport

_IDENTIFIERS = frozenset({"Exchange", "Rule", "Direction", "Figure", "Claim", "Received by", "Severity", "Verdict"})
"""Columns of names a reader searches for, kept on one line however narrow the terminal."""

WIDTH = 120
"""Columns of text when there is no terminal to ask: wide enough for a stage table without wrapping."""

_SUMMARY_COLUMNS = 5
"""The columns of a progress table before its stage totals: received by, target, accepted, remaining, over."""

VERDICT_STYLE = {
    "nothing recorded yet": "dim",
    "reconciles": "bold green",
    "findings open": "bold yellow",
    "errors open": "bold red",
    "unreadable": "bold red",
}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
STATUS_STYLE = {"agreed": "green", "resolved": "yellow", "disputed": "bold red", "derived": "cyan"}


def plain(renderable: RenderableType, width: int = WIDTH) -> str:
    """Render for a file or a pipe: fixed width, no colour, no trailing spaces."""
    console = Console(
        file=io.StringIO(),
        width=width,
        color_system=None,
        force_terminal=False,
        force_jupyter=False,
        no_color=True,
        highlight=False,
        emoji=False,
    )
    console.print(renderable)
    text = console.file.getvalue() if isinstance(console.file, io.StringIO) else ""
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def render_report(report: ReconciliationReport, width: int = WIDTH) -> str:
    """The report as plain text."""
    return plain(report_view(report), width)


def report_view(report: ReconciliationReport) -> Group:
    """The report as rich renderables: header, stages, progress, findings and the checks that passed."""
    sections: list[RenderableType] = [
        _header(report),
        *(_stage(s) for s in report.stages),
        _progress(report.progress, report.exchange.terms),
        *(part for unit in report.units for part in _unit(unit)),
        _findings(report),
        *([_pending(report)] if report.pending else []),
    ]
    return Group(*(part for section in sections for part in (section, Text())), _passed(report))


def table(*headers: str, title: str | None = None) -> PlainTable:
    """A table in the house look: a rule under the headers, no outer frame, left-aligned title."""
    view = PlainTable(
        box=box.SIMPLE_HEAD, title=title, title_justify="left", title_style="bold", show_edge=False, pad_edge=False
    )
    for header in headers:
        numeric = cells.numeric(header)
        no_wrap = numeric or header in _IDENTIFIERS
        view.add_column(header, justify="right" if numeric else "left", overflow="fold", no_wrap=no_wrap)
    return view


def _header(report: ReconciliationReport) -> Group:
    summary = report.exchange
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    if report.as_of:
        facts.add_row("As of", Text(report.as_of, style="bold"))
    if report.dated:
        facts.add_row("Dated by rule", Text("\n".join(report.dated)))
    facts.add_row("Parties", Text(cells.parties(summary)))
    facts.add_row("Terms", Text(cells.terms(summary)))
    facts.add_row("Agreed", Text(cells.agreed(summary)))
    facts.add_row("Recorded", Text(cells.recorded(summary)))
    facts.add_row("Complete", Text(cells.completion(summary)))
    for label, line in cells.promises(summary):
        facts.add_row(label, Text(line))
    facts.add_row("Findings", Text(cells.findings_summary(report)))
    facts.add_row("Verdict", Text(report.verdict, style=VERDICT_STYLE[report.verdict]))
    return Group(Rule(Text(cells.title(summary), style="bold"), align="left"), facts)


def _unit(unit: UnitReport) -> list[RenderableType]:
    """A unit other than the exchange's own: its stage tables, then its progress."""
    return [*(_stage(stage, unit.unit) for stage in unit.stages), _progress(unit.progress, unit.terms, unit.unit)]


def _stage(stage: StageReport, unit: str | None = None) -> Group:
    view = table(*cells.FIGURE_HEADERS, title=cells.stage_heading(stage, unit))
    view.columns[3].max_width = 30
    for directions in stage.directions:
        for index, line in enumerate(directions.figures):
            status = Text(line.status, style=STATUS_STYLE[line.status])
            note = cells.status_note(line)
            if note:
                status.append(f"\n{note}", style="dim")
            view.add_row(
                Text(directions.direction if index == 0 else ""),
                Text(line.figure),
                Text(cells.accepted(line)),
                status,
                Text(cells.source_refs(line)),
                end_section=index == len(directions.figures) - 1,
            )
    legend = table(*cells.CLAIM_HEADERS)
    for claim_row in cells.stage_claims(stage):
        legend.add_row(*(Text(cell) for cell in claim_row))
    origins = table(*cells.ORIGIN_HEADERS)
    for row in cells.said_by(stage):
        origins.add_row(*(Text(cell) for cell in row))
    parts: list[RenderableType] = [view, Padding(legend, (1, 0, 0, 2)), Padding(origins, (1, 0, 0, 2))]
    if stage.notes:
        parts.append(Padding(_notes(stage), (1, 0, 0, 2)))
    return Group(*parts)


def _notes(stage: StageReport) -> Table:
    """Numbers the stage's claims give that are not headcounts of this exchange, beside their claims."""
    notes = table(*cells.NOTE_HEADERS)
    for row in cells.stage_notes(stage):
        notes.add_row(*(Text(cell) for cell in row))
    return notes


def _progress(lines: Sequence[ProgressLine], terms: Mapping[str, str], unit: str | None = None) -> RenderableType:
    """The progress table, a column per stage; when those columns would not fit the width, the stage totals go in a
    table of their own, a row per stage, rather than being cut short."""
    headers = cells.progress_headers(lines)
    rows = [cells.progress_row(line, lines, terms) for line in lines]
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    stages = len(headers) - _SUMMARY_COLUMNS
    if stages < 2 or sum(widths) + 3 * (len(widths) - 1) <= WIDTH:
        view = table(*headers, title=cells.progress_title(unit))
        for row in rows:
            view.add_row(*(Text(cell) for cell in row))
        return view
    view = table(*headers[:_SUMMARY_COLUMNS], title=cells.progress_title(unit))
    for row in rows:
        view.add_row(*(Text(cell) for cell in row[:_SUMMARY_COLUMNS]))
    totals = table("Stage", *(f"To {line.party}" for line in lines))
    for index, header in enumerate(headers[_SUMMARY_COLUMNS:], _SUMMARY_COLUMNS):
        totals.add_row(Text(header.removeprefix("Stage ")), *(Text(row[index]) for row in rows))
    return Group(view, Padding(totals, (1, 0, 0, 2)))


def _findings(report: ReconciliationReport) -> Group:
    heading = Text(f"Findings: {cells.findings_summary(report)}", style="bold")
    return Group(heading, *(_finding(number, finding) for number, finding in enumerate(report.findings, 1)))


def _finding(number: int, finding: FindingLine) -> Padding:
    state = cells.finding_state(finding)
    line = Text(f"{number}. ")
    line.append(finding.severity.value.upper(), style=SEVERITY_STYLE[finding.severity.value])
    line.append(f" {finding.rule}", style="bold")
    line.append(f" on {cells.subject(finding)} [{state}]")
    balance = Table.grid(padding=(0, 2))
    balance.add_column(style="bold")
    balance.add_column()
    balance.add_row("Rule", Text(finding.statement))
    balance.add_row("Finding", Text(finding.message))
    balance.add_row("Expected", Text(finding.expected))
    balance.add_row("Found", Text(finding.found))
    balance.add_row("Difference", Text(cells.difference(finding.difference)))
    balance.add_row("Id", Text(finding.id))
    cited = cells.stages_cited(finding)
    if cited:
        balance.add_row("Stages", Text(cited))
    acknowledged = cells.acknowledgement(finding)
    if acknowledged:
        balance.add_row("Review", Text(acknowledged))
    parts: list[RenderableType] = [line, Padding(balance, (0, 0, 0, 3))]
    if finding.evidence:
        evidence = table(*cells.EVIDENCE_HEADERS)
        for item in finding.evidence:
            evidence.add_row(*(Text(cell) for cell in cells.evidence_row(item)))
        parts.append(Padding(evidence, (1, 0, 0, 3)))
    return Padding(Group(*parts), (1, 0, 0, 0))


def _pending(report: ReconciliationReport) -> Table:
    """Checks that cannot run yet, each saying why: notes apart from the findings."""
    view = table(*cells.PENDING_HEADERS, title=cells.pending_title(report))
    for row in cells.pending_rows(report):
        view.add_row(*(Text(cell) for cell in row))
    return view


def _passed(report: ReconciliationReport) -> RenderableType:
    if not report.passed:
        return Text(cells.passed_summary(report), style="bold")
    view = table(*cells.CHECK_HEADERS, title=cells.passed_summary(report))
    for check in report.passed:
        view.add_row(Text(check.rule), Text(cells.subject(check)), Text(check.message))
    return view
