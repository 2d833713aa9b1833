"""Steps that look back: the report as of a point, the timeline of events, and what changed between two points."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pytest_bdd import given, then, when

from adapters.reports.history import changes
from domain.errors import ReconError
from domain.exchange import Agreement, Claim, ClaimCorrected, ClaimRetracted, FindingAcknowledged
from domain.figures import Direction, Source
from domain.history import AsOf
from tests.acceptance.steps import history_readings as readings
from tests.acceptance.steps.casefile import Casefile, key_of
from tests.acceptance.steps.chronicle import Chronicle, phrase
from tests.acceptance.steps.tables import AnnouncementRow, rows_of
from tests.acceptance.steps.vocabulary import slug_of, terms_of


@pytest.fixture
def chronicle() -> Chronicle:
    """Nothing noted yet."""
    return Chronicle()


@given(phrase('{source:Source} reported that {first} and {second} agreed the "{title}" exchange on {day:Day}: {terms}'))
def agreed_on_a_day(
    casefile: Casefile, source: Source, first: str, second: str, title: str, day: date, terms: str
) -> None:
    """An exchange of people agreed on a known day, from which the exchange counts as announced."""
    casefile.slug = slug_of(title)
    agreement = Agreement(
        slug=casefile.slug,
        title=title,
        parties=(first, second),
        terms=terms_of(terms, (first, second)),
        agreed_on=day,
        source=source,
    )
    casefile.reconciler.agree_exchange(agreement)


@given("these announcements, with the day each source published them:")
def announcements_published(casefile: Casefile, datatable: list[list[str]]) -> None:
    """Record each row in the order given; its source published it on the 'published' day, when one is given."""
    at = datatable[0].index("published")
    days = [row[at].strip() for row in datatable[1:]]
    without = [[cell for number, cell in enumerate(row) if number != at] for row in datatable]
    for row, day in zip(rows_of(without, AnnouncementRow), days, strict=True):
        data = row.claim_data()
        if day:
            data["source"] = data["source"] | {"published": day}
        claim = Claim.model_validate(data)
        casefile.reconciler.record_claim(casefile.slug, claim)
        casefile.claims[key_of(claim.source.name, claim.stage, claim.direction)] = claim.claim_id


@given(phrase('the desk notes the time as "{name}"'))
def time_noted(chronicle: Chronicle, name: str) -> None:
    """The instant the desk finished a day's work: everything recorded so far was recorded before it."""
    chronicle.notes[name] = datetime.now(UTC)


@when(phrase("the team reads the report {point}"))
def report_read_as_of(casefile: Casefile, chronicle: Chronicle, point: str) -> None:
    """The report of the exchange as it stood at the point named."""
    casefile.latest = casefile.reconciler.report(casefile.slug, chronicle.point(point))


@when(phrase("the team asks for the report {point}"))
def report_asked_as_of(casefile: Casefile, chronicle: Chronicle, point: str) -> None:
    """A report that may be refused; the refusal is kept for the steps that follow."""
    casefile.version_before = casefile.version()
    try:
        casefile.latest = casefile.reconciler.report(casefile.slug, chronicle.point(point))
    except ReconError as error:
        casefile.refusal = error


@then(phrase('the report describes the exchange "{label}", at version {version:d}'))
def report_describes(casefile: Casefile, label: str, version: int) -> None:
    """The point the report says it describes, and the version of the last event it includes."""
    assert (casefile.report.as_of, casefile.report.exchange.version) == (label, version)


@then(phrase('the report describes the exchange as recorded before the time noted "{name}", at version {version:d}'))
def report_describes_noted(casefile: Casefile, chronicle: Chronicle, name: str, version: int) -> None:
    """A report as recorded before a noted time names that time to the minute."""
    label = f"as recorded before {readings.minute_of(chronicle.notes[name])}"
    assert (casefile.report.as_of, casefile.report.exchange.version) == (label, version)


@then(phrase("each side has received {received:Count} of the {target:Count} agreed, with {remaining:Count} to go"))
def each_side_received(casefile: Casefile, received: int, target: int, remaining: int) -> None:
    """Both parties' accepted receipts, target and what is still to come."""
    shown = [(line.party, line.accepted, line.target, line.remaining) for line in casefile.report.progress]
    parties = casefile.report.exchange.parties
    assert shown == [(party, received, target, remaining) for party in parties]


@then(phrase("the refusal says nothing was recorded before {instant} and when the agreement was recorded"))
def refusal_names_first_record(casefile: Casefile, instant: str) -> None:
    """The refusal gives the instant asked for and the first instant anything was recorded."""
    first = casefile.reconciler.history(casefile.slug)[0].timestamp
    assert casefile.refusal is not None, "the report was given"
    expected = f"nothing was recorded before {instant}: the exchange was first recorded at {readings.minute_of(first)}"
    assert casefile.refusal.message == expected


@when("the team reads the timeline")
def timeline_read(casefile: Casefile, chronicle: Chronicle) -> None:
    """Every event of the exchange with what it changed."""
    chronicle.read_timeline = casefile.reconciler.timeline(casefile.slug)


@then("the timeline lists these events in order:")
def timeline_lists(chronicle: Chronicle, datatable: list[list[str]]) -> None:
    """Each entry's version, event and what it records, exactly and in this order."""
    expected = [(int(version), event, what) for version, event, what in datatable[1:]]
    assert [(e.version, e.event, e.what) for e in chronicle.timeline.entries] == expected


@then("the progress after each event is:")
def progress_after_each(chronicle: Chronicle, datatable: list[list[str]]) -> None:
    """Each party's accepted receipts after every event, one row per version."""
    header, *rows = datatable
    parties = header[1:]
    expected = [
        (int(row[0]), {p: int(c.replace(",", "")) for p, c in zip(parties, row[1:], strict=True)}) for row in rows
    ]
    found = [
        (e.version, {s.party: s.accepted for s in e.progress if s.unit is None}) for e in chronicle.timeline.entries
    ]
    assert found == expected


@then(phrase('the timeline describes version {version:d} as "{what}"'))
def timeline_describes(chronicle: Chronicle, version: int, what: str) -> None:
    """The line that says what one event records."""
    assert chronicle.entry(version).what == what


@then(phrase("the timeline shows at version {version:d}:"))
def timeline_shows(chronicle: Chronicle, version: int, datatable: list[list[str]]) -> None:
    """The lines the timeline prints for one event, exactly and in order."""
    assert changes(chronicle.entry(version)) == [row[0] for row in datatable[1:]]


@then("no event raised or cleared a finding")
def no_finding_moved(chronicle: Chronicle) -> None:
    """Every event left the findings as they were."""
    moved = [(e.version, e.raised, e.changed, e.cleared, e.reopened) for e in chronicle.timeline.entries]
    assert [item for item in moved if any(item[1:])] == []


@then(phrase('the finding "{finding_id}" was raised at version {raised:d} and cleared at version {cleared:d}'))
def raised_and_cleared(chronicle: Chronicle, finding_id: str, raised: int, cleared: int) -> None:
    """The one event that raised the finding and the one that cleared it."""
    entries = chronicle.timeline.entries
    assert [e.version for e in entries if finding_id in {note.id for note in e.raised}] == [raised]
    assert [e.version for e in entries if finding_id in {note.id for note in e.cleared}] == [cleared]


@then(phrase('the finding "{finding_id}" was raised at version {raised:d}'))
def raised_at(chronicle: Chronicle, finding_id: str, raised: int) -> None:
    """The one event that raised the finding; nothing cleared it."""
    entries = chronicle.timeline.entries
    assert [e.version for e in entries if finding_id in {note.id for note in e.raised}] == [raised]
    assert [e.version for e in entries if finding_id in {note.id for note in e.cleared}] == []


@then(phrase("version {version:d} is the announcement by {source} for {stage:Stage} {direction:Direction}"))
def version_is_announcement(
    chronicle: Chronicle, version: int, source: str, stage: int | None, direction: Direction
) -> None:
    """The event recorded that source's announcement, named as the team knows it."""
    entry = chronicle.entry(version)
    where = "the whole exchange" if stage is None else f"stage {stage}"
    assert entry.event == "ClaimRecorded"
    assert entry.what.startswith(f"{source} on {where}, {direction.label}: "), entry.what


@then(
    phrase(
        "version {version:d} records that {by} {verb:Change} the announcement by {source} for {stage:Stage}"
        ' {direction:Direction} because "{reason}"'
    )
)
def version_records_change(
    casefile: Casefile,
    chronicle: Chronicle,
    version: int,
    by: str,
    verb: str,
    source: str,
    stage: int | None,
    direction: Direction,
    reason: str,
) -> None:
    """A correction or retraction of that announcement, with who made it and why, in the record and the timeline."""
    kinds: dict[str, type[ClaimCorrected | ClaimRetracted]] = {"corrected": ClaimCorrected, "retracted": ClaimRetracted}
    event = casefile.history()[version - 1]
    assert isinstance(event, kinds[verb]), type(event).__name__
    assert event.claim_id == casefile.claim_id(source, stage, direction)
    made_by = event.corrected_by if isinstance(event, ClaimCorrected) else event.retracted_by
    assert (made_by, event.reason) == (by, reason)
    entry = chronicle.entry(version)
    assert entry.event == type(event).__name__
    assert f"{verb} by {by} ({reason})" in entry.what, entry.what


@then(phrase('version {version:d} records that {reviewer} acknowledged the finding "{finding_id}" noting "{note}"'))
def version_records_acknowledgement(
    casefile: Casefile, chronicle: Chronicle, version: int, reviewer: str, finding_id: str, note: str
) -> None:
    """The acknowledgement, with the reviewer and the note, in the record and the timeline."""
    event = casefile.history()[version - 1]
    assert isinstance(event, FindingAcknowledged), type(event).__name__
    assert (event.reviewer, event.finding_id, event.note) == (reviewer, finding_id, note)
    entry = chronicle.entry(version)
    assert (entry.event, entry.what) == ("FindingAcknowledged", f"{reviewer} acknowledged {finding_id}: {note}")


@then(phrase('version {version:d} names the announcement "{name}"'))
def version_names_announcement(chronicle: Chronicle, version: int, name: str) -> None:
    """A reader of the timeline can tell which announcement the event changed without looking up an id."""
    what = chronicle.entry(version).what
    assert name in what, what


@when(phrase("the team compares version {start:d} with version {end:d}"))
def versions_compared(casefile: Casefile, chronicle: Chronicle, start: int, end: int) -> None:
    """What changed between two versions; a refusal is kept for the steps that follow."""
    try:
        chronicle.read_diff = casefile.reconciler.diff(casefile.slug, AsOf(version=start), AsOf(version=end))
    except ReconError as error:
        casefile.refusal = error


@when(phrase('the team compares the time noted "{start}" with the time noted "{end}"'))
def noted_times_compared(casefile: Casefile, chronicle: Chronicle, start: str, end: str) -> None:
    """What changed between what had been recorded by two noted times."""
    first, last = (AsOf(recorded_before=chronicle.notes[name]) for name in (start, end))
    chronicle.read_diff = casefile.reconciler.diff(casefile.slug, first, last)


@then(phrase('the comparison runs from "{start}" at version {first:d} to "{end}" at version {last:d}'))
def comparison_labelled(chronicle: Chronicle, start: str, first: int, end: str, last: int) -> None:
    """Both ends as the comparison names them, with their versions."""
    diff = chronicle.diff
    assert (diff.start, diff.start_version, diff.end, diff.end_version) == (start, first, end, last)


@then(phrase("the comparison runs from version {first:d} to version {last:d}"))
def comparison_versions(chronicle: Chronicle, first: int, last: int) -> None:
    """The versions of the two ends."""
    assert (chronicle.diff.start_version, chronicle.diff.end_version) == (first, last)


@then("the figures that changed are:")
def figures_changed(chronicle: Chronicle, datatable: list[list[str]]) -> None:
    """Each figure that differs, before and after, with the events that changed it, in the report's order."""
    found = [
        [readings.where(f), f.before.label, f.after.label, readings.versions(f.events)] for f in chronicle.diff.figures
    ]
    assert found == datatable[1:]


@then("the findings that changed are:")
def findings_changed(chronicle: Chronicle, datatable: list[list[str]]) -> None:
    """Each finding raised, cleared, changed, acknowledged or reopened, with the events responsible."""
    found = [[f.id, f.severity.value, f.change, readings.versions(f.events)] for f in chronicle.diff.findings]
    assert found == datatable[1:]


@then("no figure changed")
def no_figure_changed(chronicle: Chronicle) -> None:
    """Every figure reads the same at both ends."""
    assert chronicle.diff.figures == []


@then("no finding was raised, cleared or changed")
def no_finding_changed(chronicle: Chronicle) -> None:
    """Every finding stands the same at both ends."""
    assert chronicle.diff.findings == []
