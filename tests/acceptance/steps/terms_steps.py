"""Steps for what was promised: a desk's dossier read as written, statements of the terms, completion denied."""

from __future__ import annotations

from pytest_bdd import given, then

from adapters.dossier.loader import read_dossier
from tests.acceptance.steps.casefile import Casefile
from tests.acceptance.steps.vocabulary import phrase


@given("the desk imports this dossier:")
def desk_dossier(casefile: Casefile, docstring: str) -> None:
    """A dossier in the desk's own words, read by the real loader and recorded as an import records it."""
    plan = read_dossier(docstring)
    casefile.reconciler.record_plans([plan])
    casefile.slug = plan.agreement.slug


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
