"""Steps that read the report's "Cannot be checked yet" notes: checks waiting for a figure, never findings."""

from __future__ import annotations

from pytest_bdd import then

from adapters.reports.cells import progress_headers, progress_row
from adapters.reports.json import report_data
from adapters.reports.markdown import render_report as markdown
from adapters.reports.text import render_report as text
from tests.acceptance.steps.casefile import Casefile
from tests.acceptance.steps.vocabulary import phrase


@then(phrase('the report notes that "{check_id}" cannot be checked yet: "{reason}"'))
def noted(casefile: Casefile, check_id: str, reason: str) -> None:
    """The note is in its own section, in every rendering, with why; it is no finding and opens nothing."""
    report = casefile.report
    notes = {line.id: line for line in report.pending}
    assert check_id in notes, f"no note {check_id!r}; the report notes {sorted(notes)}"
    assert notes[check_id].reason == reason
    assert check_id not in {line.id for line in report.findings}
    assert check_id in {item["id"] for item in report_data(report)["pending"]}
    for rendered in (text(report, width=400), markdown(report)):
        section = rendered.partition("Cannot be checked yet")[2]
        assert reason in section, f"the section lacks {reason!r}"


@then(phrase('the note "{check_id}" cites {source} at version {version:d}'))
def note_cites(casefile: Casefile, check_id: str, source: str, version: int) -> None:
    """Among the claims behind the note is the one this source made, as recorded at this version: its own, or one
    under a stage figure it cites."""
    [note] = [line for line in casefile.report.pending if line.id == check_id]
    cited = sorted({(item.source, item.version) for item in casefile.report.rests_on(note)})
    assert (source, version) in cited, f"the note cites {cited}"


@then(phrase("the report notes nothing that cannot be checked yet"))
def nothing_noted(casefile: Casefile) -> None:
    """Every check could run: no section of notes."""
    assert [line.id for line in casefile.report.pending] == []
    assert "Cannot be checked yet" not in text(casefile.report)


@then(phrase('the "{rule}" rule raises no finding'))
def no_finding_of(casefile: Casefile, rule: str) -> None:
    """Nothing of the rule among the findings, open or not."""
    assert [line.id for line in casefile.report.findings if line.rule == rule] == []


@then(phrase('the progress table shows stage {stage:d} to {party} as "{shown}"'))
def progress_stage_shows(casefile: Casefile, stage: int, party: str, shown: str) -> None:
    """The party's cell for one stage, as text and Markdown print it: a range where the total is one."""
    report = casefile.report
    line = next(line for line in report.progress if line.party == party)
    column = progress_headers(report.progress).index(f"Stage {stage}")
    assert progress_row(line, report.progress, report.exchange.terms)[column] == shown
