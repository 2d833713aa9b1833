"""Short renderings across exchanges: `recon list`, `recon check` and `recon rules`, as text and Markdown."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from adapters.reports import cells, markdown, text
from adapters.reports.listing_table import LISTING_HEADERS, FittedListing
from domain.listing import ExchangeListing
from domain.report_values import FindingLine, ReconciliationReport

if TYPE_CHECKING:
    from domain.rulebook import Rule

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
    view = FittedListing(_listing_rows(listings), f"{len(listings)} exchange{'s' * (len(listings) != 1)}")
    notes = unreadable_lines(listings)
    return Group(view, *(Text(line, style="bold red") for line in notes)) if notes else view


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
