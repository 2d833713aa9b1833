"""Steps that read a unit other than the exchange's own (the bodies beside the people) in the report."""

from __future__ import annotations

import json

from pytest_bdd import then

from adapters.reports import cells, markdown, text
from adapters.reports import json as json_report
from domain.report_values import UnitReport
from tests.acceptance.steps.casefile import Casefile
from tests.acceptance.steps.vocabulary import phrase


def _unit(casefile: Casefile, unit: str) -> UnitReport:
    [found] = [item for item in casefile.report.units if item.unit == unit]
    return found


@then(phrase('the report\'s {unit} stage {stage:d} shows the total {direction} as "{shown}"'))
def unit_stage_total(casefile: Casefile, unit: str, stage: int, direction: str, shown: str) -> None:
    """The accepted total of one direction in the unit's own stage table, as text and Markdown print it."""
    [report] = [item for item in _unit(casefile, unit).stages if item.stage == stage]
    [figures] = [item.figures for item in report.directions if item.direction == direction]
    [total] = [line for line in figures if line.figure == "total"]
    assert cells.accepted(total) == shown


@then(
    phrase(
        "the report's {unit} progress table shows {party} received "
        '"{received}" of "{target}", with "{remaining}" to go'
    )
)
def unit_progress_row(casefile: Casefile, unit: str, party: str, received: str, target: str, remaining: str) -> None:
    """The 'Target', 'Accepted' and 'Remaining' cells of the party's row in the unit's progress table."""
    found = _unit(casefile, unit)
    [line] = [item for item in found.progress if item.party == party]
    assert cells.progress_row(line, found.progress, found.terms)[1:4] == [target, received, remaining]


@then(phrase('the text and Markdown reports show "{stage}" and "{progress}"'))
def unit_sections_printed(casefile: Casefile, stage: str, progress: str) -> None:
    """Both printed reports carry the unit's stage tables and progress table under headings of their own."""
    for printed in (text.render_report(casefile.report), markdown.render_report(casefile.report)):
        assert stage in printed
        assert progress in printed


@then(phrase("the JSON report lists the {unit} stages {first:d} and {second:d} and their progress to {one} and {two}"))
def unit_in_json(casefile: Casefile, unit: str, first: int, second: int, one: str, two: str) -> None:
    """The JSON report carries each unit with its stages and progress, as the report holds them."""
    [found] = [item for item in json.loads(json_report.render_report(casefile.report))["units"] if item["unit"] == unit]
    assert [stage["stage"] for stage in found["stages"]] == [first, second]
    assert [line["party"] for line in found["progress"]] == [one, two]
