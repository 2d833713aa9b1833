"""Stable machine-readable JSON: sorted keys, two-space indent, the same bytes for the same history."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:  # a stored document is written out without loading the models
    from domain.listing import ExchangeListing
    from domain.report_values import ReconciliationReport


_LAYOUT = orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS


def dumps(data: Any) -> str:
    """Sorted keys, indent 2, UTF-8 text kept as is, one trailing newline: the bytes `json.dumps(data,
    sort_keys=True, indent=2, ensure_ascii=False)` writes, written by orjson, because the standard library indents
    in pure Python (nearly a second for a 10,000-claim report, against a tenth)."""
    return orjson.dumps(data, option=_LAYOUT).decode() + "\n"


def report_data(report: ReconciliationReport) -> dict[str, Any]:
    """The report's fields, plus how many findings and errors are open."""
    data = report.model_dump(mode="json")
    data["open_findings"] = len(report.open_findings)
    data["open_errors"] = len(report.open_errors)
    return data


def render_report(report: ReconciliationReport) -> str:
    """The whole report as JSON."""
    return dumps(report_data(report))


def render_stored_report(document: bytes) -> str:
    """The report as `render_report` writes it, from the JSON the read models hold (the report's own serialisation,
    validated when it was written): its open findings counted as `ReconciliationReport.open_findings` counts them.
    Raises ValueError (or KeyError, TypeError) when the document is not such a report."""
    data = json.loads(document)
    opened = [finding for finding in data["findings"] if _open(finding)]
    data["open_findings"] = len(opened)
    data["open_errors"] = sum(1 for finding in opened if finding["severity"] == "error")
    return dumps(data)


def _open(finding: dict[str, Any]) -> bool:
    acknowledgement = finding["acknowledgement"]
    return acknowledgement is None or not acknowledgement["current"]


def render_stored_listing(lines: Sequence[bytes]) -> str:
    """Every exchange as `render_listing` writes them, from the list lines the read models hold."""
    return dumps([json.loads(line) for line in lines])


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
