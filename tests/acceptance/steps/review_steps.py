"""Steps of the team's review: corrections, retractions, acknowledgements, and input the desk refuses."""

from __future__ import annotations

from pytest_bdd import given, when

from domain.errors import ReconError
from domain.figures import Direction
from tests.acceptance.steps.casefile import Casefile, claim_of
from tests.acceptance.steps.tables import AnnouncementRow, rows_of
from tests.acceptance.steps.vocabulary import phrase


def _correct(casefile: Casefile, by: str, reason: str, datatable: list[list[str]]) -> None:
    for row in rows_of(datatable, AnnouncementRow):
        claim = claim_of(row)
        claim_id = casefile.claim_id(claim.source.name, claim.stage, claim.direction)
        casefile.reconciler.correct_claim(casefile.slug, claim_id, claim.figures, reason=reason, by=by)


@when(phrase('{by} corrects the announcement because "{reason}":'))
def corrected(casefile: Casefile, by: str, reason: str, datatable: list[list[str]]) -> None:
    """Replace the figures of the announcement the row names by its source, stage and direction."""
    _correct(casefile, by, reason, datatable)


@when(phrase('{by} tries to correct the announcement because "{reason}":'))
def correction_attempted(casefile: Casefile, by: str, reason: str, datatable: list[list[str]]) -> None:
    """A correction that may be refused; the refusal is kept for the steps that follow."""
    casefile.version_before = casefile.version()
    try:
        _correct(casefile, by, reason, datatable)
    except ReconError as error:
        casefile.refusal = error


@when(phrase('{by} retracts the announcement by {source} for {stage:Stage} {direction:Direction} because "{reason}"'))
def retracted(casefile: Casefile, by: str, source: str, stage: int | None, direction: Direction, reason: str) -> None:
    """Withdraw an announcement recorded earlier."""
    casefile.reconciler.retract_claim(casefile.slug, casefile.claim_id(source, stage, direction), reason=reason, by=by)


@given(phrase('{reviewer} acknowledges the finding "{finding_id}" noting "{note}"'))
@when(phrase('{reviewer} acknowledges the finding "{finding_id}" noting "{note}"'))
def acknowledged(casefile: Casefile, reviewer: str, finding_id: str, note: str) -> None:
    """A reviewer accepts a finding as explained, for now."""
    casefile.reconciler.acknowledge_finding(casefile.slug, finding_id, reviewer, note)


@when(phrase('{reviewer} tries to acknowledge the finding "{finding_id}" noting "{note}"'))
def acknowledgement_attempted(casefile: Casefile, reviewer: str, finding_id: str, note: str) -> None:
    """An acknowledgement that may be refused."""
    casefile.version_before = casefile.version()
    try:
        casefile.reconciler.acknowledge_finding(casefile.slug, finding_id, reviewer, note)
    except ReconError as error:
        casefile.refusal = error


@when("the desk tries to record this announcement:")
def recording_attempted(casefile: Casefile, datatable: list[list[str]]) -> None:
    """Record one announcement about the exchange at hand, unless it is refused."""
    [row] = rows_of(datatable, AnnouncementRow)
    casefile.attempt(row)


@when(phrase('the desk tries to record this announcement about the "{slug}" exchange:'))
def recording_elsewhere_attempted(casefile: Casefile, slug: str, datatable: list[list[str]]) -> None:
    """Record one announcement about an exchange named by its slug, unless it is refused."""
    [row] = rows_of(datatable, AnnouncementRow)
    casefile.attempt(row, slug=slug)


@when("the desk tries to record these announcements together:")
def batch_attempted(casefile: Casefile, datatable: list[list[str]]) -> None:
    """Record several announcements as one import: all of them, or none."""
    casefile.attempt_together(rows_of(datatable, AnnouncementRow))
