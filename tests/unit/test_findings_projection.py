"""The findings projection in memory: each event's findings written with its position, as the report states them."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from uuid import UUID

import pytest
from eventsourcing.persistence import IntegrityError, Tracking

from adapters.findings.projection import FindingsProjection, History, HistoryUnavailableError
from adapters.findings.rows import ExchangeFinding, FindingsQuery
from adapters.findings.runner import catch_up, open_findings
from adapters.findings.view import POPOFindingsView, ViewChange
from adapters.persistence.mapper import OrjsonTranscoder, TolerantMapper
from adapters.persistence.store import open_reconciler
from domain.application import ExchangePlan, Reconciler
from domain.exchange import Claim, exchange_id
from domain.findings import Severity
from domain.report import FindingLine
from tests.builders import MINISTRY, PRAVDA, SLUG, TASS, agreement, claim, figures, stage_one
from tests.histories import random_history

EXTRA_CIVILIAN = "breakdown-sum/1/to Ukraine/service"


@pytest.fixture
def app() -> Iterator[Reconciler]:
    reconciler = open_reconciler("memory:")
    yield reconciler
    reconciler.close()


def feed(projection: FindingsProjection, app: Reconciler, after: int = 0, upto: int | None = None) -> int:
    """Give the projection every notification after `after` (up to `upto`); the last position given."""
    position = after
    for notification in app.recorder.select_notifications(start=after + 1, limit=10_000, stop=upto):
        projection.process_event(app.mapper.to_domain_event(notification), Tracking(app.name, notification.id))
        position = notification.id
    return position


def history(app: Reconciler) -> History:
    return lambda exchange, version: app.events.get(exchange, lte=version - 1)


def lines(items: list[ExchangeFinding]) -> list[FindingLine]:
    return sorted((item.finding for item in items), key=lambda line: line.id)


def reported(app: Reconciler, slug: str = SLUG) -> list[FindingLine]:
    return sorted(app.report(slug).findings, key=lambda line: line.id)


def record_extra_civilian(app: Reconciler, slug: str = SLUG) -> None:
    """Stage 1 to Ukraine: 390 in total, but 270 military and 121 civilians."""
    app.record_plans([ExchangePlan(agreement=agreement(slug), claims=(extra_civilian(),))])


def extra_civilian() -> Claim:
    return claim(1, figures(390, service=(270, 121)), source=PRAVDA)


def test_a_breakdown_that_does_not_add_up_is_written_as_the_report_states_it(app: Reconciler) -> None:
    record_extra_civilian(app)
    view = POPOFindingsView()
    position = feed(FindingsProjection(view), app)
    found = view.findings(FindingsQuery())
    assert [(item.exchange, item.finding.id, item.open) for item in found] == [(SLUG, EXTRA_CIVILIAN, True)]
    assert lines(found) == reported(app)
    assert (found[0].raised_version, found[0].updated_version) == (2, 2)
    assert view.max_tracking_id(app.name) == position == 2
    assert [entry.slug for entry in view.exchanges()] == [SLUG]


def test_a_correction_that_makes_the_breakdown_add_up_clears_the_finding(app: Reconciler) -> None:
    record_extra_civilian(app)
    view = POPOFindingsView()
    projection = FindingsProjection(view)
    feed(projection, app)
    recorded = extra_civilian().claim_id
    app.correct_claim(SLUG, recorded, figures(390, service=(270, 120)), "typo", "Taras Melnyk")
    feed(projection, app, after=2)
    assert view.findings(FindingsQuery()) == []
    assert projection.tally.cleared == 1


def test_an_acknowledged_finding_stays_listed_but_not_open_and_reopens_when_its_figures_change(
    app: Reconciler,
) -> None:
    record_extra_civilian(app)
    view = POPOFindingsView()
    projection = FindingsProjection(view)
    app.acknowledge_finding(SLUG, EXTRA_CIVILIAN, "Olena Kovalenko", "correction requested")
    position = feed(projection, app)
    [acknowledged] = view.findings(FindingsQuery())
    assert not acknowledged.open
    assert acknowledged.finding.acknowledgement is not None
    assert acknowledged.finding.acknowledgement.reviewer == "Olena Kovalenko"
    assert view.findings(FindingsQuery(open_only=True)) == []
    app.record_claim(SLUG, claim(1, figures(392), source=MINISTRY))
    feed(projection, app, after=position)
    [reopened] = view.findings(FindingsQuery(open_only=True, rule="breakdown-sum"))
    assert reopened.finding.acknowledgement is not None
    assert not reopened.finding.acknowledgement.current
    assert (reopened.raised_version, reopened.updated_version) == (2, 4)
    assert lines(view.findings(FindingsQuery())) == reported(app)


def test_an_announcement_about_another_stage_leaves_the_finding_as_it_was(app: Reconciler) -> None:
    record_extra_civilian(app)
    view = POPOFindingsView()
    projection = FindingsProjection(view)
    feed(projection, app)
    before = view.findings(FindingsQuery())
    app.record_claim(SLUG, claim(2, figures(307)))
    feed(projection, app, after=2)
    assert view.findings(FindingsQuery()) == before
    assert view.max_tracking_id(app.name) == 3


def test_a_projection_started_mid_log_reads_the_earlier_events_of_each_exchange_it_meets(app: Reconciler) -> None:
    record_extra_civilian(app)
    app.record_claim(SLUG, claim(1, figures(391), source=TASS, to="to Russia"))
    whole = POPOFindingsView()
    feed(FindingsProjection(whole), app)
    view = POPOFindingsView()
    feed(FindingsProjection(view), app, upto=2)
    resumed = FindingsProjection(view, history=history(app))
    feed(resumed, app, after=2)
    assert view.findings(FindingsQuery()) == whole.findings(FindingsQuery())
    assert resumed.tally.replayed == 2


def test_while_the_log_holds_more_changes_are_written_a_batch_at_a_time_with_the_last_position(
    app: Reconciler, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("adapters.findings.projection.BATCH", 4)
    for slug in ("a", "b", "c"):
        record_extra_civilian(app, slug)
    one_by_one = POPOFindingsView()
    feed(FindingsProjection(one_by_one), app)
    batched = POPOFindingsView()
    projection = FindingsProjection(batched, head=lambda: app.recorder.max_notification_id() or 0)
    feed(projection, app, upto=5)
    assert batched.max_tracking_id(app.name) == 4
    assert [entry.slug for entry in batched.exchanges()] == ["a", "b"]
    feed(projection, app, after=5)
    assert batched.max_tracking_id(app.name) == one_by_one.max_tracking_id(app.name) == 6
    assert batched.findings(FindingsQuery()) == one_by_one.findings(FindingsQuery())


def test_without_history_an_exchange_first_met_mid_log_is_refused(app: Reconciler) -> None:
    record_extra_civilian(app)
    app.record_claim(SLUG, claim(2, figures(307)))
    with pytest.raises(HistoryUnavailableError, match="first seen at version 3"):
        feed(FindingsProjection(POPOFindingsView()), app, after=2)


def test_a_position_already_tracked_is_refused_and_changes_nothing() -> None:
    view = POPOFindingsView()
    exchange = exchange_id(SLUG)
    view.record([ViewChange(exchange)], Tracking("Reconciler", 5))
    with pytest.raises(IntegrityError):
        view.record([ViewChange(exchange, cleared=("anything",))], Tracking("Reconciler", 5))
    assert view.max_tracking_id("Reconciler") == 5


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (FindingsQuery(), ["a", "b", "b"]),
        (FindingsQuery(open_only=True), ["a", "b"]),
        (FindingsQuery(rule="reciprocity"), ["b"]),
        (FindingsQuery(severity=Severity.ERROR), ["a", "b"]),
        (FindingsQuery(exchange="b"), ["b", "b"]),
        (FindingsQuery(exchange=str(exchange_id("a"))), ["a"]),
        (FindingsQuery(open_only=True, exchange="b", severity=Severity.WARNING), ["b"]),
    ],
)
def test_each_filter_narrows_the_list(app: Reconciler, query: FindingsQuery, expected: list[str]) -> None:
    record_extra_civilian(app, "a")
    record_extra_civilian(app, "b")
    app.record_claim("b", claim(1, figures(389), source=TASS, to="to Russia"))
    app.acknowledge_finding("b", EXTRA_CIVILIAN, "Olena Kovalenko", "asked")
    view = POPOFindingsView()
    feed(FindingsProjection(view), app)
    assert [item.exchange for item in view.findings(query)] == expected


def test_errors_come_before_warnings_within_an_exchange(app: Reconciler) -> None:
    app.record_plans(
        [
            ExchangePlan(
                agreement=agreement(),
                claims=(claim(1, figures(389), source=TASS, to="to Russia"), claim(1, figures(390, service=(1, 1)))),
            )
        ]
    )
    view = POPOFindingsView()
    feed(FindingsProjection(view), app)
    assert [item.finding.severity for item in view.findings(FindingsQuery())] == [Severity.ERROR, Severity.WARNING]


def test_a_rebuild_forgets_every_row_and_the_position(app: Reconciler) -> None:
    app.record_plans([ExchangePlan(agreement=agreement(), claims=(stage_one(),))])
    view = POPOFindingsView()
    feed(FindingsProjection(view), app)
    view.reset(app.name)
    assert (view.max_tracking_id(app.name), view.exchanges(), view.findings(FindingsQuery())) == (None, [], [])


def test_exchange_ids_in_the_view_are_the_aggregates_ids(app: Reconciler) -> None:
    record_extra_civilian(app)
    view = POPOFindingsView()
    feed(FindingsProjection(view), app)
    assert view.findings(FindingsQuery())[0].exchange_id == exchange_id(SLUG) == UUID(str(exchange_id(SLUG)))


def test_the_librarys_runner_follows_an_in_memory_log_into_an_in_memory_view() -> None:
    with open_findings("memory:") as runner:
        record_extra_civilian(runner.app)
        assert catch_up(runner) == runner.position == 2
        assert lines(runner.view.findings(FindingsQuery())) == reported(runner.app)


@pytest.mark.parametrize("seed", range(8))
def test_a_batch_written_at_once_leaves_the_view_as_writing_each_event_on_its_own_does(seed: int) -> None:
    # Two exchanges' random histories (corrections, retractions, completions, acknowledgements), interleaved.
    rng = random.Random(seed)
    first = random_history(rng, length=60)
    second = random_history(rng, length=60, slug="second-exchange")
    events = sorted([*first, *second], key=lambda event: (event.originator_version, rng.random()))
    one_by_one, batched = POPOFindingsView(), POPOFindingsView()
    alone, together = FindingsProjection(one_by_one), FindingsProjection(batched, head=lambda: len(events))
    for position, event in enumerate(events, start=1):
        alone.process_event(event, Tracking("Reconciler", position))
        together.process_event(event, Tracking("Reconciler", position))
        if batched.max_tracking_id("Reconciler") == position:  # every 100 events, and at the last
            assert batched.findings(FindingsQuery()) == one_by_one.findings(FindingsQuery())
    assert together.tally.written < alone.tally.written
    assert one_by_one.findings(FindingsQuery()), "the histories raise findings"


def test_an_exchange_whose_event_cannot_be_loaded_is_left_out_and_the_others_carry_on(app: Reconciler) -> None:
    record_extra_civilian(app, "other")
    record_extra_civilian(app)
    damaged, mapper = exchange_id("other"), TolerantMapper(transcoder=OrjsonTranscoder())
    view = POPOFindingsView()
    projection = FindingsProjection(view)
    for notification in app.recorder.select_notifications(start=1, limit=100):
        if (notification.originator_id, notification.originator_version) == (damaged, 2):
            notification = dataclasses.replace(notification, state=b'{"claim_id": ')
        projection.process_event(mapper.to_domain_event(notification), Tracking(app.name, notification.id))
    assert {item.exchange for item in view.findings(FindingsQuery())} == {SLUG}
    assert [(entry.slug, entry.version) for entry in view.unreadable()] == [("other", 2)]
    assert {entry.slug for entry in view.exchanges()} == {SLUG, "other"}
