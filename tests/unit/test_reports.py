"""The renderings of a reconciliation report, on an exchange recorded in memory."""

from __future__ import annotations

import json as stdlib_json
from datetime import date

import pytest

from adapters.persistence.store import open_reconciler
from adapters.reports import formats, json, markdown, overview, text
from adapters.reports.formats import Format
from domain.application import Reconciler
from domain.exchange import Agreement, Claim
from domain.figures import Breakdown, Direction, Figures, Source, Target, Terms, Tier
from domain.report_values import ReconciliationReport
from domain.rulebook import RULES

SLUG = "1000-for-1000"
PRESIDENT = Source(name="President of Ukraine", tier=Tier.OFFICIAL, published=date(2025, 5, 23))
MINISTRY = Source(name="Russian Ministry of Defence", tier=Tier.OFFICIAL)
NEWSPAPER = Source(name="Kyiv | Independent", tier=Tier.ESTABLISHED_MEDIA, relays="Coordination HQ")


def _claim(stage: int, direction: str, source: Source, figures: Figures) -> Claim:
    return Claim(
        stage=stage,
        direction=Direction.parse(direction),
        source=source,
        figures=figures,
        took_place_on=date(2025, 5, 22 + stage),
    )


@pytest.fixture
def reconciler() -> Reconciler:
    """The first stages of the Istanbul exchange, with one figure that sources state differently."""
    app = open_reconciler("memory:")
    exactly = Target(kind="exactly", count=1000)
    app.agree_exchange(
        Agreement(
            slug=SLUG,
            title="1,000 for 1,000",
            parties=("Ukraine", "Russia"),
            terms=Terms(targets={"Ukraine": exactly, "Russia": exactly}),
            agreed_on=date(2025, 5, 16),
            venue="Istanbul",
            source=PRESIDENT,
        )
    )
    service = Breakdown(dimension="service", parts={"military": 270, "civilian": 120})
    sex = Breakdown(dimension="sex", parts={"men": 387, "women": 3})
    app.record_claim(SLUG, _claim(1, "to Ukraine", PRESIDENT, Figures(total=390, breakdowns=(service, sex))))
    app.record_claim(SLUG, _claim(1, "to Russia", MINISTRY, Figures(total=390)))
    app.record_claim(SLUG, _claim(2, "each side", NEWSPAPER, Figures(total=307)))
    app.record_claim(SLUG, _claim(3, "each side", NEWSPAPER, Figures(total=303)))
    app.record_claim(SLUG, _claim(3, "to Ukraine", MINISTRY, Figures(total=304)))
    return app


@pytest.fixture
def report(reconciler: Reconciler) -> ReconciliationReport:
    """The report once a reviewer has acknowledged the target being exceeded."""
    reconciler.acknowledge_finding(SLUG, "target-progress/all/to Ukraine/total", "Olena", "awaiting the lists")
    return reconciler.report(SLUG)


def test_the_text_header_states_title_parties_terms_agreement_and_verdict(report: ReconciliationReport) -> None:
    header = text.render_report(report).split("Stage 1")[0]
    assert "1,000 for 1,000 (1000-for-1000)" in header
    assert "Ukraine and Russia" in header
    assert "to Ukraine 1,000; to Russia 1,000 (people)" in header
    assert "2025-05-16 in Istanbul, as announced by President of Ukraine" in header
    assert "Verdict   findings open" in header


def test_the_text_stage_table_gives_each_figure_its_accepted_value_status_and_sources(
    report: ReconciliationReport,
) -> None:
    rendered = text.render_report(report)
    stage_1 = rendered.split("Stage 1 (2025-05-23)")[1].split("Stage 2")[0]
    rows = [line.split() for line in stage_1.splitlines()]
    for figure, value in [("total", 390), ("service:military", 270), ("service:civilian", 120), ("sex:men", 387)]:
        assert [figure, str(value), "agreed", "v2:", str(value)] in [row[-5:] for row in rows]
    assert ["v2", "President", "of", "Ukraine", "not", "stated", "official"] in rows
    stage_3 = rendered.split("Stage 3 (2025-05-25)")[1].split("Progress")[0]
    assert "to Ukraine   total         304   resolved" in stage_3
    assert "sources differ; accepted the official value" in " ".join(stage_3.split())
    claim = [
        "v5",
        "Kyiv",
        "|",
        "Independent",
        "(citing",
        "Coordination",
        "HQ)",
        "not",
        "stated",
        "established",
        "media",
    ]
    assert claim in [line.split() for line in stage_3.splitlines()]


def test_the_text_progress_table_shows_target_accepted_remaining_and_over(report: ReconciliationReport) -> None:
    progress = text.render_report(report).split("Progress against the agreed targets")[1].split("Findings")[0]
    headers = ["Received", "by", "Target", "Accepted", "Remaining", "Over", "Stage", "1", "Stage", "2", "Stage", "3"]
    assert progress.split("\n")[1].split() == headers
    rows = {line.split()[0]: line.split()[1:] for line in progress.splitlines() if line.startswith(("Ukr", "Rus"))}
    assert rows == {
        "Ukraine": ["1,000", "1,001", "0", "1", "390", "307", "304"],
        "Russia": ["1,000", "1,000", "0", "0", "390", "307", "303"],
    }


def test_a_text_finding_reads_like_a_balance_check_with_its_evidence(report: ReconciliationReport) -> None:
    findings = text.render_report(report).split("Findings: ")[1]
    assert "1. ERROR target-progress on to Ukraine, total [acknowledged]" in findings
    assert "Expected    <= 1,000" in findings
    assert "Found       1,001" in findings
    assert "Difference  +1" in findings
    assert "acknowledged by Olena at version 7: awaiting the lists (still holds)" in findings
    evidence = [line.split() for line in findings.splitlines() if "Russian Ministry of Defence" in line]
    assert ["Russian", "Ministry", "of", "Defence", "official", "v6", "total", "304"] in evidence
    assert "WARNING source-agreement on stage 3, to Ukraine, total [open]" in findings


def test_the_text_report_counts_and_lists_the_checks_that_passed(report: ReconciliationReport) -> None:
    passed = text.render_report(report).split("checks passed")[1]
    assert "6 checks passed: breakdown-sum 2" in text.render_report(report)
    assert "military 270 + civilian 120 = 390" in passed
    assert "men 387 + women 3 = 390" in passed


def test_text_is_plain_fixed_width_and_the_same_every_time(report: ReconciliationReport) -> None:
    first, second = text.render_report(report), text.render_report(report)
    assert first == second
    assert "\x1b[" not in first
    assert max(len(line) for line in first.splitlines()) <= text.WIDTH
    assert all(line == line.rstrip() for line in first.splitlines())


def test_markdown_states_the_same_figures_in_tables(report: ReconciliationReport) -> None:
    rendered = markdown.render_report(report)
    assert rendered.startswith("# 1,000 for 1,000 (1000-for-1000)\n")
    assert "## Stage 1 (2025-05-23)" in rendered
    assert "| Direction | Figure | Accepted | Status | Sources |\n| --- | --- | ---: | --- | --- |" in rendered
    assert "| to Ukraine | `total` | 390 | agreed | v2: 390 |" in rendered
    assert "| v2 | President of Ukraine | not stated | official |" in rendered
    assert (
        "| to Ukraine | `total` | 304 | resolved: sources differ; accepted the official value | v5: 303, v6: 304 |"
        in (rendered)
    )
    assert "| Ukraine | 1,000 | 1,001 | 0 | 1 | 390 | 307 | 304 |" in rendered
    assert "### 1. ERROR `target-progress` on to Ukraine, total (acknowledged)" in rendered
    assert "- **Difference:** +1" in rendered


def test_markdown_escapes_pipes_inside_cells(report: ReconciliationReport) -> None:
    rows = [line for line in markdown.render_report(report).splitlines() if line.startswith("| ")]
    cited = [row for row in rows if "Kyiv" in row]
    assert cited
    assert all("Kyiv \\| Independent (citing Coordination HQ)" in row for row in cited)


def test_json_is_the_report_with_sorted_keys_and_open_counts(report: ReconciliationReport) -> None:
    rendered = json.render_report(report)
    data = stdlib_json.loads(rendered)
    assert data == {**report.model_dump(mode="json"), "open_findings": 2, "open_errors": 0}
    assert rendered == stdlib_json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert rendered == json.render_report(report)


def test_the_listing_shows_every_exchange_in_each_format(reconciler: Reconciler) -> None:
    listings = reconciler.exchanges()
    plain = formats.as_text(formats.listing(listings, Format.TEXT))
    assert "1000-for-1000  1,000 for 1,000  Ukraine and Russia       5  errors open" in plain
    assert "| 1000-for-1000 | 1,000 for 1,000 | Ukraine and Russia | 5 | errors open | 3 | 6 |" in str(
        formats.listing(listings, Format.MARKDOWN)
    )
    assert stdlib_json.loads(str(formats.listing(listings, Format.JSON)))[0]["open_findings"] == 3


def test_an_empty_listing_says_how_to_record_an_exchange() -> None:
    assert "recon import FILE" in formats.as_text(overview.listing_view([]))


def test_the_check_lists_open_findings_per_exchange(reconciler: Reconciler) -> None:
    reports = [reconciler.report(SLUG)]
    plain = formats.as_text(formats.check(reports, Format.TEXT))
    assert plain.startswith("1000-for-1000: errors open, 3 open findings (1 error)\n")
    assert "1,001 received against a target of 1,000: 1 over" in plain
    assert "## 1000-for-1000: errors open" in str(formats.check(reports, Format.MARKDOWN))
    data = stdlib_json.loads(str(formats.check(reports, Format.JSON)))
    assert (data["passed"], data["open_errors"], data["open_findings"]) == (False, 1, 3)
    assert [finding["rule"] for finding in data["exchanges"][0]["open_findings"]] == [
        "target-progress",
        "reciprocity",
        "source-agreement",
    ]


@pytest.mark.parametrize("form", list(Format))
def test_the_rulebook_names_every_rule_in_each_format(form: Format) -> None:
    rendered = formats.as_text(formats.rules(form))
    for rule in RULES:
        assert rule.id in rendered
        assert rule.statement.split()[0] in rendered


def test_a_report_built_without_validating_again_is_the_report_validation_gives(reconciler: Reconciler) -> None:
    report = reconciler.report(SLUG)
    assert report.findings
    assert report.passed
    assert report.stages
    validated = ReconciliationReport.model_validate(report.model_dump())
    assert validated == report
    assert validated.model_dump_json() == report.model_dump_json()
    assert report.findings[0].model_fields_set == set(type(report.findings[0]).model_fields)
