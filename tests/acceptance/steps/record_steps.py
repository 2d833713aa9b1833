"""Steps that read the permanent record: what the history keeps, what was refused, what reviewers acknowledged."""

from __future__ import annotations

from pytest_bdd import then

from domain.errors import ConflictError, ExchangeNotFoundError, FindingNotFoundError, InvalidInputError, ReconError
from domain.exchange import ClaimCorrected, ClaimRecorded, ClaimRetracted
from domain.figures import Direction
from tests.acceptance.steps.casefile import Casefile
from tests.acceptance.steps.tables import FindingRow, rows_of
from tests.acceptance.steps.vocabulary import phrase

REFUSALS: dict[str, type[ReconError]] = {
    "malformed input": InvalidInputError,
    "an unknown exchange": ExchangeNotFoundError,
    "a conflict with the record": ConflictError,
    "an unknown finding": FindingNotFoundError,
}


@then(phrase("the exchange counts {active:d} announcement and {retracted:d} retracted, at version {version:d}"))
@then(phrase("the exchange counts {active:d} announcements and {retracted:d} retracted, at version {version:d}"))
def exchange_counts(casefile: Casefile, active: int, retracted: int, version: int) -> None:
    """How many announcements count, how many were withdrawn, and how many events the exchange has."""
    summary = casefile.report.exchange
    assert (summary.claims, summary.retracted, summary.version) == (active, retracted, version)


@then(
    phrase(
        "the history keeps the announcement by {source} for {stage:Stage} {direction:Direction}"
        " as first recorded, {total:Count} in total"
    )
)
def history_keeps_original(
    casefile: Casefile, source: str, stage: int | None, direction: Direction, total: int
) -> None:
    """The original figures stay in the record whatever happened to them later."""
    claim_id = casefile.claim_id(source, stage, direction)
    [recorded] = [e for e in casefile.history() if isinstance(e, ClaimRecorded) and e.claim_id == claim_id]
    assert recorded.claim.figures.total == total


@then(phrase('the history shows it corrected by {by} because "{reason}" at version {version:d}'))
def history_shows_correction(casefile: Casefile, by: str, reason: str, version: int) -> None:
    """The latest correction, with who made it, why, and the event's version."""
    corrections = [event for event in casefile.history() if isinstance(event, ClaimCorrected)]
    assert corrections, "nothing was corrected"
    latest = corrections[-1]
    assert (latest.corrected_by, latest.reason, latest.originator_version) == (by, reason, version)


@then(phrase('the history shows it retracted by {by} because "{reason}" at version {version:d}'))
def history_shows_retraction(casefile: Casefile, by: str, reason: str, version: int) -> None:
    """The latest retraction, with who made it, why, and the event's version."""
    retractions = [event for event in casefile.history() if isinstance(event, ClaimRetracted)]
    assert retractions, "nothing was retracted"
    latest = retractions[-1]
    assert (latest.retracted_by, latest.reason, latest.originator_version) == (by, reason, version)


@then(phrase('it is refused as {kind}, naming the field "{field}"'))
def refused(casefile: Casefile, kind: str, field: str) -> None:
    """The input was refused and said which field was wrong."""
    assert casefile.refusal is not None, "the input was accepted"
    assert type(casefile.refusal) is REFUSALS[kind], repr(casefile.refusal)
    assert casefile.refusal.field == field, str(casefile.refusal)


@then(phrase('the refusal says "{message}"'))
def refusal_says(casefile: Casefile, message: str) -> None:
    """The reason given, word for word."""
    assert casefile.refusal is not None
    assert casefile.refusal.message == message


@then("nothing was written")
def nothing_written(casefile: Casefile) -> None:
    """The exchange is at the version it had before, and no other exchange appeared."""
    assert casefile.version() == casefile.version_before
    assert list(casefile.reconciler.exchange_ids()) == [casefile.exchange().id]


@then(phrase('the finding "{finding_id}" is acknowledged by {reviewer} noting "{note}"'))
def finding_acknowledged(casefile: Casefile, finding_id: str, reviewer: str, note: str) -> None:
    """Still listed, no longer open, with the reviewer's note."""
    finding = casefile.finding(finding_id)
    assert finding.acknowledgement is not None, "nobody acknowledged it"
    assert (finding.acknowledgement.reviewer, finding.acknowledgement.note) == (reviewer, note)
    assert finding.acknowledgement.current
    assert not finding.open


@then(phrase('the finding "{finding_id}" is open again, {reviewer}\'s note "{note}" kept'))
def finding_reopened(casefile: Casefile, finding_id: str, reviewer: str, note: str) -> None:
    """The figures behind it changed since the reviewer looked: it needs another look."""
    finding = casefile.finding(finding_id)
    assert finding.acknowledgement is not None, "nobody acknowledged it"
    assert (finding.acknowledgement.reviewer, finding.acknowledgement.note) == (reviewer, note)
    assert not finding.acknowledgement.current
    assert finding.open


@then("the open findings are:")
def open_findings(casefile: Casefile, datatable: list[list[str]]) -> None:
    """Exactly these findings still need a reviewer."""
    assert sorted(line.id for line in casefile.report.open_findings) == sorted(
        row.finding for row in rows_of(datatable, FindingRow)
    )


@then("no finding is open")
def none_open(casefile: Casefile) -> None:
    """Every finding listed has been acknowledged as it stands."""
    assert [line.id for line in casefile.report.open_findings] == []
    assert casefile.report.findings, "there was nothing to acknowledge"
