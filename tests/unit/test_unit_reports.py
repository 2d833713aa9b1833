"""A unit other than the exchange's own (bodies beside the people) as the printed reports show it."""

from __future__ import annotations

from adapters.dossier.loader import read_dossier
from adapters.persistence.store import open_reconciler
from adapters.reports import text
from domain.report_values import ReconciliationReport

STAGES = 9


def _report() -> ReconciliationReport:
    """Nine handovers of remains, each stated as 1,000 by one side and 1,003 by the other, against 9,000."""
    claims = "".join(
        f"  - {{stage: {stage}, direction: to Ukraine, source: {source}, unit: bodies, figures: {{total: {total}}}}}\n"
        for stage in range(1, STAGES + 1)
        for source, total in (("kyiv", 1000), ("moscow", 1003))
    )
    plan = read_dossier(
        "format: recon-dossier/2\n"
        "exchange: {id: many-handovers, title: Many handovers, parties: [Ukraine, Russia], terms: all for all,"
        " source: kyiv}\n"
        "sources:\n"
        "  kyiv: {name: Kyiv Desk, tier: official, origin: Ukraine / Coordination Headquarters}\n"
        "  moscow: {name: Moscow Desk, tier: official, origin: Russia / Defence Ministry}\n"
        "terms:\n"
        "  - {source: kyiv, form: per_direction, unit: bodies, per_direction: {to Ukraine: 9000}}\n"
        f"claims:\n{claims}"
    )
    reconciler = open_reconciler("memory:")
    reconciler.record_plans([plan])
    return reconciler.report(plan.agreement.slug)


def test_a_units_progress_too_wide_for_the_page_gives_its_stage_totals_a_table_of_their_own() -> None:
    printed = text.render_report(_report())
    progress = printed.split("Progress in bodies against the terms stated for them", 1)[1].split("Findings:", 1)[0]
    assert "9,000\u20139,027" in progress
    assert "0\u201327" in progress
    for stage in range(1, STAGES + 1):
        assert f"  {stage}       1,000\u20131,003" in progress, progress
