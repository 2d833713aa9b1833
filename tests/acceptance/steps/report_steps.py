"""Steps that read the reconciliation report: checks that passed, findings, their evidence, figures and progress."""

from __future__ import annotations

from typing import Any

from pytest_bdd import then

from adapters.reports.cells import progress_row, stage_notes
from domain.figures import Direction, Target
from tests.acceptance.steps.casefile import Casefile
from tests.acceptance.steps.tables import CheckRow, EvidenceRow, FigureRow, FindingRow, NoteRow, PartyRow, rows_of
from tests.acceptance.steps.vocabulary import phrase


@then("the report lists no findings")
def no_findings(casefile: Casefile) -> None:
    """Nothing to explain: every check passed."""
    assert [line.id for line in casefile.report.findings] == []
    assert casefile.report.verdict == "reconciles"


@then(phrase('the verdict is "{verdict}"'))
def verdict_is(casefile: Casefile, verdict: str) -> None:
    """'nothing recorded yet', 'reconciles', 'findings open' or 'errors open'."""
    assert casefile.report.verdict == verdict, [(line.id, line.open) for line in casefile.report.findings]


@then("these checks pass:")
def checks_pass(casefile: Casefile, datatable: list[list[str]]) -> None:
    """Each check is among those that passed (with its message, when given) and is no finding."""
    passed = casefile.passed()
    findings = {line.id for line in casefile.report.findings}
    for row in rows_of(datatable, CheckRow):
        assert row.check in passed, f"{row.check} did not pass; passed: {sorted(passed)}; findings: {sorted(findings)}"
        assert row.check not in findings
        if row.message is not None:
            assert passed[row.check].message == row.message


@then(phrase('every "{rule}" check passes'))
def rule_passes(casefile: Casefile, rule: str) -> None:
    """The rule checked something and found nothing wrong."""
    assert [line.id for line in casefile.report.findings if line.rule == rule] == []
    assert any(line.rule == rule for line in casefile.report.passed), f"the {rule} rule checked nothing"


@then(phrase('the "{rule}" rule does not apply'))
def rule_silent(casefile: Casefile, rule: str) -> None:
    """The rule neither passed nor failed anything: there was nothing for it to check."""
    assert [line.id for line in casefile.report.findings if line.rule == rule] == []
    assert [line.message for line in casefile.report.passed if line.rule == rule] == []


@then(phrase('the "{rule}" rule finds:'))
def rule_finds(casefile: Casefile, rule: str, datatable: list[list[str]]) -> None:
    """Exactly these findings of the rule, each with the columns the scenario states."""
    rows = rows_of(datatable, FindingRow)
    listed = {line.id: line for line in casefile.report.findings if line.rule == rule}
    assert sorted(listed) == sorted(row.finding for row in rows)
    for row in rows:
        expected = row.compared()
        actual: dict[str, Any] = {key: getattr(listed[row.finding], key) for key in expected}
        assert actual == expected


@then(phrase('the finding "{finding_id}" reads "{message}"'))
def finding_reads(casefile: Casefile, finding_id: str, message: str) -> None:
    """The finding's message, word for word."""
    assert casefile.finding(finding_id).message == message


@then(phrase('the finding "{finding_id}" rests on:'))
def finding_evidence(casefile: Casefile, finding_id: str, datatable: list[list[str]]) -> None:
    """Exactly these claims (source, event version and, when given, figure and value) lie behind the finding: its own,
    and those listed under the stage figures it cites, followed inside the report."""
    rows = rows_of(datatable, EvidenceRow)
    columns = {key for row in rows for key in row.model_fields_set}
    evidence = casefile.report.rests_on(casefile.finding(finding_id))
    found = {tuple((key, getattr(item, key)) for key in sorted(columns)) for item in evidence}
    assert found == {row.compared() for row in rows}


@then(phrase('the finding "{finding_id}" gives as its own evidence:'))
def finding_own_evidence(casefile: Casefile, finding_id: str, datatable: list[list[str]]) -> None:
    """Exactly these claims are listed in the finding itself, apart from the stage figures it cites by reference."""
    rows = rows_of(datatable, EvidenceRow)
    columns = {key for row in rows for key in row.model_fields_set}
    evidence = casefile.finding(finding_id).evidence
    assert [tuple((key, getattr(item, key)) for key in sorted(columns)) for item in evidence] == [
        row.compared() for row in rows
    ]


@then(phrase('the finding "{finding_id}" cites {stages} by reference'))
def finding_cites_stages(casefile: Casefile, finding_id: str, stages: str) -> None:
    """The stage figures the finding names by reference, each of which the report's stage tables hold."""
    finding = casefile.finding(finding_id)
    assert "; ".join(reference.label for reference in finding.stages_cited) == stages
    for reference in finding.stages_cited:
        found = [stage for stage, _ in casefile.report.figures_cited(reference)]
        assert found == list(reference.numbers()), f"the stage tables hold {reference.figure} of {found} only"


@then(phrase("the figures of {stage:Stage} {direction:Direction} are:"))
def figures_are(casefile: Casefile, stage: int | None, direction: Direction, datatable: list[list[str]]) -> None:
    """The accepted value and status of each figure named, as the report shows them."""
    [report] = [item for item in casefile.report.stages if item.stage == stage]
    [lines] = [item.figures for item in report.directions if item.direction == direction.label]
    shown = {line.figure: FigureRow(figure=line.figure, accepted=line.accepted, status=line.status) for line in lines}
    for row in rows_of(datatable, FigureRow):
        assert shown.get(row.figure) == row


@then(
    phrase(
        "the figure {figure} of {stage:Stage} {direction:Direction} is disputed between {low:Count} and {high:Count}"
    )
)
def figure_disputed(
    casefile: Casefile, figure: str, stage: int | None, direction: Direction, low: int, high: int
) -> None:
    """No value accepted, and the range the sources span."""
    [report] = [item for item in casefile.report.stages if item.stage == stage]
    [lines] = [item.figures for item in report.directions if item.direction == direction.label]
    [line] = [line for line in lines if line.figure == figure]
    assert (line.accepted, line.status, line.low, line.high) == (None, "disputed", low, high)


@then(phrase("{stage:Stage} keeps these notes beside its claims:"))
def notes_kept(casefile: Casefile, stage: int | None, datatable: list[list[str]]) -> None:
    """Exactly these notes, in the order their claims were recorded, as the report's renderings show them."""
    [report] = [item for item in casefile.report.stages if item.stage == stage]
    shown = [
        NoteRow(source=source, number=number, meaning=meaning) for _, source, number, meaning in stage_notes(report)
    ]
    assert shown == rows_of(datatable, NoteRow)


@then("the progress towards the terms is:")
def progress_is(casefile: Casefile, datatable: list[list[str]]) -> None:
    """Each party's receipts against its target, exactly as listed."""
    shown = [
        PartyRow(
            party=line.party,
            received=line.accepted,
            in_addition=line.in_addition,
            target=Target.model_validate({"kind": line.target_kind, "count": line.target}).label,
            to_go=line.remaining,
            over=line.over,
        )
        for line in casefile.report.progress
    ]
    assert shown == rows_of(datatable, PartyRow)


@then(phrase("the report counts {unit}"))
def report_unit(casefile: Casefile, unit: str) -> None:
    """What the exchange's figures count: people or bodies."""
    assert casefile.report.exchange.unit == unit


@then(phrase('the finding "{finding_id}" cites {source} at version {version:d}'))
def finding_cites(casefile: Casefile, finding_id: str, source: str, version: int) -> None:
    """Among the claims behind the finding is the one this source made, as recorded at this version: its own, or one
    under a stage figure it cites."""
    cited = sorted({(item.source, item.version) for item in casefile.report.rests_on(casefile.finding(finding_id))})
    assert (source, version) in cited, f"the finding cites {cited}"


@then(phrase("the progress table shows {party} received {received} of the target, over by {over}"))
def progress_row_shows_over(casefile: Casefile, party: str, received: str, over: str) -> None:
    """The 'Accepted' and 'Over' cells of the party's row, as text and Markdown print them."""
    report = casefile.report
    line = next(line for line in report.progress if line.party == party)
    row = progress_row(line, report.progress, report.exchange.terms)
    assert (row[2], row[4]) == (received, over)


@then(phrase("the progress table shows {party} received {received} of the target, with {remaining} to go"))
def progress_row_shows(casefile: Casefile, party: str, received: str, remaining: str) -> None:
    """The 'Accepted' and 'Remaining' cells of the party's row, as text and Markdown print them."""
    report = casefile.report
    line = next(line for line in report.progress if line.party == party)
    assert progress_row(line, report.progress, report.exchange.terms)[2:4] == [received, remaining]


@then(
    phrase(
        "the report's progress to {party} has {low:Count} to go to the target's lowest value "
        "and {high:Count} to its highest"
    )
)
def remaining_to_range(casefile: Casefile, party: str, low: int, high: int) -> None:
    """What remains of a target said as a range, as the JSON report gives it: to its lowest and to its highest."""
    line = next(line for line in casefile.report.progress if line.party == party)
    assert (line.remaining, line.remaining_high) == (low, high)
