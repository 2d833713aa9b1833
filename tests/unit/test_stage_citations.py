"""A finding about the stages' sum cites the stage figures by reference: the report grows with the claims, not with
the square of the stages, and a reader still follows every finding to its claims inside the same document."""

from __future__ import annotations

import json as stdlib_json

from adapters.reports import json, markdown, text
from domain.citations import StagesCited, cited_stages
from domain.exchange import Exchange
from domain.report import build_report
from domain.report_values import FindingLine, ReconciliationReport
from tests.builders import MINISTRY, TASS, agreement, claim, figures


def _running_totals_off(stages: int) -> ReconciliationReport:
    """Every stage's total said by two outlets, and a running total that is one over from the first stage on."""
    exchange = Exchange.agree(agreement(each_side=None))
    for stage in range(1, stages + 1):
        exchange.record(claim(stage, figures(10)))
        exchange.record(claim(stage, figures(10, cumulative=stage * 10 + 1), source=TASS))
    return build_report(exchange)


def _cumulative(report: ReconciliationReport) -> list[FindingLine]:
    return [finding for finding in report.findings if finding.rule == "cumulative-sum"]


def test_a_running_total_that_is_off_lists_its_own_claims_and_names_the_stages_before_it() -> None:
    report = _running_totals_off(12)
    findings = _cumulative(report)
    assert [finding.stage for finding in findings] == list(range(1, 13))
    for finding in findings:
        assert {(item.source, item.figure) for item in finding.evidence} == {(TASS.label, "cumulative")}
        assert finding.stages_cited == [StagesCited("to Ukraine", "total", ((1, finding.stage or 0),))]


def test_the_findings_cite_each_claim_a_bounded_number_of_times_however_many_stages() -> None:
    # Before, the running total of stage k copied the claims of stages 1 to k: 30 stages cited 930 claims.
    for stages in (10, 30):
        report = _running_totals_off(stages)
        cited = sum(len(finding.evidence) for finding in report.findings)
        assert cited <= 2 * 2 * stages, f"{cited} claims cited by the findings of {stages} stages"


def test_every_stage_a_finding_cites_is_in_the_same_json_document_with_its_claims() -> None:
    report = _running_totals_off(5)
    data = stdlib_json.loads(json.render_report(report))
    tables = {
        (stage["stage"], direction["direction"], figure["figure"]): figure
        for stage in data["stages"]
        for direction in stage["directions"]
        for figure in direction["figures"]
    }
    [last] = [finding for finding in data["findings"] if finding["id"] == "cumulative-sum/5/to Ukraine/cumulative"]
    assert last["stages_cited"] == [{"direction": "to Ukraine", "figure": "total", "stages": [[1, 5]]}]
    for reference in last["stages_cited"]:
        for first, final in reference["stages"]:
            for stage in range(first, final + 1):
                figure = tables[stage, reference["direction"], reference["figure"]]
                assert figure["accepted"] == 10
                assert {source["source"] for source in figure["sources"]} == {MINISTRY.label, TASS.label}
                assert figure["corroboration"] is not None
    assert len(report.rests_on(report.findings[-1])) == 1 + 2 * 5, "its own claim, then each stage's two claims"


def test_a_stored_report_reads_back_with_its_references() -> None:
    report = _running_totals_off(3)
    again = ReconciliationReport.model_validate_json(report.model_dump_json())
    assert again == report
    assert again.findings[-1].stages_cited == [StagesCited("to Ukraine", "total", ((1, 3),))]


def test_text_and_markdown_name_the_stages_cited_and_where_their_claims_are() -> None:
    report = _running_totals_off(3)
    said = "stages 1 to 3, to Ukraine, total (each stage's claims are listed under its figure in the stage tables)"
    assert said in " ".join(text.render_report(report, width=400).split())
    assert said in markdown.render_report(report)


def test_a_reference_joins_the_stages_into_runs() -> None:
    gapped = StagesCited.of("to Russia", "total", [5, 1, 2, 3, 7, 6, 9])
    assert gapped == StagesCited("to Russia", "total", ((1, 3), (5, 7), (9, 9)))
    assert gapped.label == "stages 1 to 3, 5 to 7 and 9, to Russia, total"
    assert list(gapped.numbers()) == [1, 2, 3, 5, 6, 7, 9]
    assert StagesCited.of("to Russia", "total", [4]) == StagesCited("to Russia", "total", ((4, 4),))
    assert StagesCited.of("to Russia", "total", [3, 2, 3, 4]) == StagesCited("to Russia", "total", ((2, 4),))
    assert StagesCited("to Russia", "total", ((4, 4),)).label == "stage 4, to Russia, total"
    assert StagesCited.of("to Russia", "total", []) is None
    joined = cited_stages(
        (StagesCited("to Ukraine", "total", ((1, 2),)),), (StagesCited("to Ukraine", "total", ((3, 3),)),)
    )
    assert joined == (StagesCited("to Ukraine", "total", ((1, 3),)),)
