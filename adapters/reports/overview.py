"""Short renderings across exchanges: `recon list`, `recon check` and `recon rules`, as text and Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.text import Text

from adapters.reports import cells, markdown, text
from domain.listing import ExchangeListing
from domain.report_values import FindingLine, ReconciliationReport

if TYPE_CHECKING:
    from domain.rulebook import Rule

LISTING_HEADERS = ("Exchange", "Title", "Parties", "Claims", "Verdict", "Open findings", "Version")
FINDING_HEADERS = ("Severity", "Rule", "Subject", "Finding", "Difference")
RULE_HEADERS = ("Rule", "Severity", "Statement", "Runs")


def _listing_rows(listings: Sequence[ExchangeListing]) -> list[tuple[str, ...]]:
    return [
        (
            item.slug,
            item.title,
            " and ".join(item.parties),
            f"{item.claims:,}",
            item.verdict,
            f"{item.open_findings:,}",
            f"{item.version:,}",
        )
        for item in listings
    ]


def listing_view(listings: Sequence[ExchangeListing]) -> RenderableType:
    """The recorded exchanges as a table fitted to the width it is drawn at, or a hint when there are none."""
    if not listings:
        return Text("No exchanges recorded yet: run `recon import FILE` or `recon demo`.")
    view = _FittedListing(_listing_rows(listings), f"{len(listings)} exchange{'s' * (len(listings) != 1)}")
    notes = unreadable_lines(listings)
    return Group(view, *(Text(line, style="bold red") for line in notes)) if notes else view


TITLE_MIN = 12
"""Columns a title keeps, however narrow the terminal, before a slug is cut short."""
SLUG_MIN = 12
"""Columns a slug keeps when it is cut short; narrower still (below about 80 columns), every column shrinks."""
_GAP = 2
"""Columns between two of the list's columns (padding collapsed)."""


class _FittedListing:
    """The list's table with its columns' widths chosen for the width it is drawn at. Every line is one exchange
    when the width allows; otherwise, in turn, the numbers' headers, the parties and the verdicts wrap, then the
    title, which takes every column left, narrows (wrapped by words); a slug, which a reader copies, is never
    wrapped, and is cut short with an ellipsis only when even that leaves too little room."""

    def __init__(self, rows: list[tuple[str, ...]], title: str) -> None:
        self.rows = rows
        self.title = title

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = _fitted(self.rows, options.max_width)
        view = text.table(*LISTING_HEADERS, title=self.title)
        view.collapse_padding = True
        for column, width in zip(view.columns, widths, strict=True):
            column.width, column.no_wrap, column.overflow = width, False, "fold"
        view.columns[0].no_wrap, view.columns[0].overflow = True, "ellipsis"
        for row in self.rows:
            view.add_row(*(Text(cell, style=text.VERDICT_STYLE.get(cell, "")) for cell in row))
        yield view


def _fitted(rows: list[tuple[str, ...]], width: int) -> list[int]:
    """Each column's width, in the order of LISTING_HEADERS, so that the table fits `width` where it can."""
    lengths = [[len(cell) for cell in column] for column in zip(*rows, strict=True)]
    natural = [max(len(header), *found) for header, found in zip(LISTING_HEADERS, lengths, strict=True)]
    room = width - _GAP * (len(natural) - 1)
    parties = max(_longest_word(party) for row in rows for party in row[2].split(" and ")) + len(" and")
    steps = [
        {i: max(_longest_word(h), *lengths[i]) for i, h in enumerate(LISTING_HEADERS) if cells.numeric(h)},
        {2: min(natural[2], parties)},
        {4: max(_longest_word(row[4]) for row in rows)},
    ]
    widths = list(natural)
    for step in steps:
        if sum(widths) <= room:
            return widths
        for index, narrower in step.items():
            widths[index] = narrower
    widths[1] = max(TITLE_MIN, min(natural[1], room - (sum(widths) - widths[1])))
    widths[0] = max(SLUG_MIN, min(natural[0], room - (sum(widths) - widths[0])))
    return widths


def _longest_word(cell: str) -> int:
    return max((len(word) for word in cell.split()), default=0)


def listing_markdown(listings: Sequence[ExchangeListing]) -> str:
    """The recorded exchanges as a Markdown table."""
    if not listings:
        return "No exchanges recorded yet.\n"
    notes = "".join(f"\n- {line}" for line in unreadable_lines(listings))
    return markdown.table(LISTING_HEADERS, _listing_rows(listings)) + ("\n" + notes if notes else "") + "\n"


def unreadable_lines(listings: Sequence[ExchangeListing]) -> list[str]:
    """Why each exchange that cannot be read is listed without figures."""
    return [f"{item.slug}: {item.unreadable}" for item in listings if item.unreadable is not None]


def _finding_row(finding: FindingLine) -> tuple[str, ...]:
    return (
        finding.severity.value,
        finding.rule,
        cells.subject(finding),
        finding.message,
        cells.difference(finding.difference),
    )


def verdict_line(report: ReconciliationReport) -> str:
    """'1000-for-1000: reconciles, no open findings' or '...: errors open, 2 open findings (1 error)'."""
    found = len(report.open_findings)
    if not found:
        return f"{report.exchange.slug}: {report.verdict}, no open findings"
    errors = len(report.open_errors)
    plural = "s" * (found != 1)
    return (
        f"{report.exchange.slug}: {report.verdict}, {found} open finding{plural} ({errors} error{'s' * (errors != 1)})"
    )


def check_view(reports: Sequence[ReconciliationReport]) -> RenderableType:
    """Per exchange its verdict, then a table of its open findings."""
    parts: list[RenderableType] = []
    for report in reports:
        parts.append(Text(verdict_line(report), style=text.VERDICT_STYLE[report.verdict]))
        if report.open_findings:
            view = text.table(*FINDING_HEADERS)
            for finding in report.open_findings:
                row = _finding_row(finding)
                view.add_row(Text(row[0], style=text.SEVERITY_STYLE[row[0]]), *(Text(cell) for cell in row[1:]))
            parts.extend([view, Text()])
    if not reports:
        parts.append(Text("No exchanges to check."))
    return Group(*parts)


def check_markdown(reports: Sequence[ReconciliationReport]) -> str:
    """Per exchange a heading with its verdict, then a table of its open findings."""
    sections = []
    for report in reports:
        section = f"## {verdict_line(report)}"
        if report.open_findings:
            section += "\n\n" + markdown.table(FINDING_HEADERS, [_finding_row(f) for f in report.open_findings])
        sections.append(section)
    return "\n\n".join(sections or ["No exchanges to check."]) + "\n"


def _rules() -> Sequence[Rule]:
    from domain.rulebook import RULES  # the rules' functions load the engine: only the rules' tables need them

    return RULES


def runs(every_unit: bool) -> str:
    """Whether a rule checks each unit's figures apart (bodies beside people) or the exchange once."""
    return "in each unit" if every_unit else "once per exchange"


def _rule_rows() -> list[tuple[str, str, str, str]]:
    return [(rule.id, rule.severity.label, rule.statement, runs(rule.every_unit)) for rule in _rules()]


def rules_view() -> RenderableType:
    """Every reconciliation rule as a table, in the order they run."""
    rules = _rules()
    view = text.table(*RULE_HEADERS, title=f"{len(rules)} reconciliation rules")
    for rule in rules:
        severity = rule.severity.usual.value
        # The severity column stays one word wide; the cases a rule says otherwise follow its statement.
        statement = Text(rule.statement)
        for other, when in rule.severity.otherwise:
            statement.append(f"\n{other.value} when {when}", style=text.SEVERITY_STYLE[other.value])
        view.add_row(
            Text(rule.id), Text(severity, style=text.SEVERITY_STYLE[severity]), statement, Text(runs(rule.every_unit))
        )
    return view


def rules_markdown() -> str:
    """Every reconciliation rule as a Markdown table."""
    return markdown.table(RULE_HEADERS, _rule_rows()) + "\n"
