"""Steps about who said it: each figure's origins and outlets, and how undated statements were dated."""

from __future__ import annotations

from pytest_bdd import then, when

from domain.errors import ReconError
from domain.figures import Direction, Origin
from tests.acceptance.steps.casefile import Casefile
from tests.acceptance.steps.vocabulary import phrase


@when(
    phrase(
        "the desk re-attributes {source}'s statement on {stage:Stage} {direction:Direction} to "
        '"{origin}" because "{reason}"'
    )
)
def reattributed(
    casefile: Casefile, source: str, stage: int | None, direction: Direction, origin: str, reason: str
) -> None:
    """The desk changes the origin of what is on file from the source of that statement; a refusal is kept."""
    casefile.version_before = casefile.version()
    claim_id = casefile.claim_id(source, stage, direction)
    try:
        casefile.reconciler.attribute_origin(casefile.slug, claim_id, Origin.model_validate(origin), reason, "desk")
    except ReconError as error:
        casefile.refusal = error
    else:
        casefile.reconcile()


@then(phrase("the report says who said the figures of {stage:Stage} {direction:Direction}:"))
def who_said_it(casefile: Casefile, stage: int | None, direction: Direction, datatable: list[list[str]]) -> None:
    """Each figure named in the table, stated as a desk notes it: value, origins, corroboration and outlets."""
    report = casefile.report
    found = next(s for s in report.stages if s.stage == stage)
    lines = next(d for d in found.directions if d.direction == direction.label).figures
    said = {
        line.figure: line.corroboration.sentence(f"{line.accepted:,}" if line.accepted is not None else "disputed")
        for line in lines
        if line.corroboration is not None
    }
    expected = {row[0]: row[1] for row in datatable[1:]}
    assert {figure: said.get(figure) for figure in expected} == expected


@then("the report says how it dated the statements that give no day:")
def dated_by_rule(casefile: Casefile, datatable: list[list[str]]) -> None:
    """The report's notes on statements dated by rule, in the order of the record."""
    assert casefile.report.dated == [row[0] for row in datatable[1:]]
