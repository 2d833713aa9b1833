"""Stable machine-readable JSON: sorted keys, two-space indent, the same bytes for the same history."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from domain.listing import ExchangeListing
from domain.report_values import ReconciliationReport


def dumps(data: Any) -> str:
    """Sorted keys, indent 2, UTF-8 text kept as is, one trailing newline."""
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def report_data(report: ReconciliationReport) -> dict[str, Any]:
    """The report's fields, plus how many findings and errors are open."""
    data = report.model_dump(mode="json")
    data["open_findings"] = len(report.open_findings)
    data["open_errors"] = len(report.open_errors)
    return data


def render_report(report: ReconciliationReport) -> str:
    """The whole report as JSON."""
    return dumps(report_data(report))


def render_listing(listings: Sequence[ExchangeListing]) -> str:
    """Every recorded exchange as a JSON array, in the order they were agreed."""
    return dumps([listing.model_dump(mode="json") for listing in listings])


def render_demo(listings: Sequence[ExchangeListing], report: ReconciliationReport) -> str:
    """What `recon demo` shows, as one JSON document: every exchange, then the one report in full."""
    return dumps(
        {"exchanges": [listing.model_dump(mode="json") for listing in listings], "report": report_data(report)}
    )


def check_data(reports: Sequence[ReconciliationReport]) -> dict[str, Any]:
    """Per exchange its verdict and open findings; `passed` is false when any open finding is an error."""
    exchanges = [
        {
            "slug": report.exchange.slug,
            "title": report.exchange.title,
            "version": report.exchange.version,
            "verdict": report.verdict,
            "open_errors": len(report.open_errors),
            "open_findings": [finding.model_dump(mode="json") for finding in report.open_findings],
        }
        for report in reports
    ]
    return {
        "exchanges": exchanges,
        "open_errors": sum(len(report.open_errors) for report in reports),
        "open_findings": sum(len(report.open_findings) for report in reports),
        "passed": not any(report.open_errors for report in reports),
    }


def render_check(reports: Sequence[ReconciliationReport]) -> str:
    """The outcome of `recon check` as JSON, for scripts."""
    return dumps(check_data(reports))


def render_rules() -> str:
    """Every rule's id, usual severity (and the cases it says otherwise), statement and whether it checks each unit
    apart (`every_unit`) as a JSON array, in the order they run."""
    from domain.rulebook import RULES  # the rules' functions load the engine: only this rendering needs them

    return dumps(
        [
            {
                "id": rule.id,
                "severity": rule.severity.usual.value,
                "otherwise": [{"severity": severity.value, "when": when} for severity, when in rule.severity.otherwise],
                "statement": rule.statement,
                "every_unit": rule.every_unit,
            }
            for rule in RULES
        ]
    )
