"""Steps for what was promised: a desk's dossier read as written, statements of the terms, completion denied."""

from __future__ import annotations

from pytest_bdd import given, then

from adapters.dossier.loader import read_dossier
from adapters.reports import cells
from tests.acceptance.steps.casefile import Casefile
from tests.acceptance.steps.vocabulary import phrase


@given("the desk imports this dossier:")
def desk_dossier(casefile: Casefile, docstring: str) -> None:
    """A dossier in the desk's own words, read by the real loader and recorded as an import records it."""
    plan = read_dossier(docstring)
    casefile.reconciler.record_plans([plan])
    casefile.slug = plan.agreement.slug
    casefile.dossier = docstring


@given(phrase("the desk imports the completion {said}"))
def desk_completion(casefile: Casefile, said: str) -> None:
    """The last dossier again, with its sources' declarations or denials of completion (`[kyiv, {source: ...}]`):
    imported again, only the completion is new."""
    assert casefile.dossier is not None, "import a dossier first"
    desk_dossier(casefile, f"{casefile.dossier.rstrip()}\ncompletion: {said}\n")


@then(phrase("the report shows stage {stage:d} {direction} with no headcount"))
def stage_without_headcount(casefile: Casefile, stage: int, direction: str) -> None:
    """The stage is in the report, its direction listed, and none of its figures is shown (not even as zero)."""
    [report] = [item for item in casefile.report.stages if item.stage == stage]
    [lines] = [item.figures for item in report.directions if item.direction == direction]
    assert lines == []


@then(phrase('the exchange has {count:d} "{rule}" findings'))
def findings_of_rule(casefile: Casefile, count: int, rule: str) -> None:
    """How many findings one rule raised."""
    assert len([line for line in casefile.report.findings if line.rule == rule]) == count


@then(phrase('the report notes without a headcount "{line}"'))
def noted_without_headcount(casefile: Casefile, line: str) -> None:
    """The report's header lists the stage among those recorded without a headcount."""
    assert line in casefile.report.exchange.without_headcount, casefile.report.exchange.without_headcount


@then(phrase('the report shows "{line}" as kept apart'))
def shown_not_counted(casefile: Casefile, line: str) -> None:
    """The report lists a planned figure, or one of another unit, among what it shows and does not count."""
    assert line in casefile.report.exchange.set_aside, casefile.report.exchange.set_aside


@then(phrase('the report states the terms as "{line}"'))
def terms_stated(casefile: Casefile, line: str) -> None:
    """One statement of the terms, as the report's header lists it."""
    assert line in casefile.report.exchange.terms_stated, casefile.report.exchange.terms_stated


@then(phrase('the report\'s terms read "{text}"'))
def terms_read(casefile: Casefile, text: str) -> None:
    """The terms as the report's header gives them."""
    assert cells.terms(casefile.report.exchange) == text


@then(phrase('the report shows progress "{line}"'))
def unit_progress(casefile: Casefile, line: str) -> None:
    """Progress in a unit other than the exchange's own, as the report's header gives it."""
    assert line in casefile.report.exchange.unit_progress, casefile.report.exchange.unit_progress
