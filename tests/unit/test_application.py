"""The Reconciler's commands and queries on the in-memory store."""

from __future__ import annotations

import pytest

from adapters.persistence.store import open_reconciler
from domain.application import Reconciler
from domain.errors import FindingNotFoundError
from tests.builders import AGGREGATOR, PRAVDA, SLUG, agreement, claim, figures, stage_one


@pytest.fixture
def app() -> Reconciler:
    reconciler = open_reconciler("memory:")
    reconciler.agree_exchange(agreement())
    reconciler.record_claim(SLUG, stage_one())
    return reconciler


def test_the_seed_stage_reconciles_with_610_to_go(app: Reconciler) -> None:
    report = app.report(SLUG)
    assert report.verdict == "reconciles"
    assert [(p.party, p.accepted, p.remaining) for p in report.progress] == [("Ukraine", 390, 610), ("Russia", 0, 1000)]


def test_an_acknowledged_finding_stays_listed_but_is_no_longer_open(app: Reconciler) -> None:
    app.record_claim(SLUG, claim(1, figures(391), source=AGGREGATOR))
    (finding,) = app.report(SLUG).findings
    app.acknowledge_finding(SLUG, finding.id, reviewer="desk editor", note="aggregator rounding; ministry figure kept")
    (acknowledged,) = app.report(SLUG).findings
    assert acknowledged.acknowledgement is not None
    assert acknowledged.acknowledgement.note == "aggregator rounding; ministry figure kept"
    assert not acknowledged.open
    assert app.report(SLUG).verdict == "reconciles"


def test_an_acknowledged_finding_reopens_when_the_figures_behind_it_change(app: Reconciler) -> None:
    aggregator_claim = claim(1, figures(391), source=AGGREGATOR)
    app.record_claim(SLUG, aggregator_claim)
    (finding,) = app.report(SLUG).findings
    app.acknowledge_finding(SLUG, finding.id, reviewer="desk editor", note="known rounding")
    app.correct_claim(
        SLUG, aggregator_claim.claim_id, figures(395), reason="outlet updated its story", by="desk editor"
    )
    (reopened,) = app.report(SLUG).findings
    assert reopened.acknowledgement is not None
    assert not reopened.acknowledgement.current
    assert reopened.open


def test_acknowledging_a_finding_that_does_not_exist_is_refused(app: Reconciler) -> None:
    version = app.exchange(SLUG).version
    with pytest.raises(FindingNotFoundError, match="no finding"):
        app.acknowledge_finding(SLUG, "breakdown-sum/9/to Ukraine/service", reviewer="r", note="n")
    assert app.exchange(SLUG).version == version


def test_a_retracted_claim_no_longer_counts(app: Reconciler) -> None:
    wrong = claim(2, figures(700))
    app.record_claim(SLUG, wrong)
    assert app.report(SLUG).verdict == "errors open"
    app.retract_claim(SLUG, wrong.claim_id, reason="stage 2 figure belonged to another exchange", by="researcher")
    report = app.report(SLUG)
    assert report.verdict == "reconciles"
    assert (report.exchange.claims, report.exchange.retracted) == (1, 1)


def test_an_acknowledged_finding_stays_acknowledged_when_another_source_repeats_the_same_figures(
    app: Reconciler,
) -> None:
    app.record_claim(SLUG, claim(1, figures(391), source=AGGREGATOR))
    (finding,) = app.report(SLUG).findings
    app.acknowledge_finding(SLUG, finding.id, reviewer="desk editor", note="known rounding")
    app.record_claim(SLUG, claim(1, figures(390), source=PRAVDA))
    (still,) = app.report(SLUG).findings
    assert not still.open


def test_agreeing_an_exchange_says_whether_it_was_new_and_at_which_version() -> None:
    reconciler = open_reconciler("memory:")
    first = reconciler.agree_exchange(agreement())
    again = reconciler.agree_exchange(agreement())
    assert (first.slug, first.version, first.changed) == (SLUG, 1, True)
    assert (again.version, again.changed) == (1, False)


def test_recording_a_claim_names_it_and_says_whether_it_was_new(app: Reconciler) -> None:
    repeated = app.record_claim(SLUG, stage_one())
    rounded = claim(1, figures(391), source=AGGREGATOR)
    recorded = app.record_claim(SLUG, rounded)
    assert (repeated.claim_id, repeated.version, repeated.changed) == (stage_one().claim_id, 2, False)
    assert (recorded.claim_id, recorded.version, recorded.changed) == (rounded.claim_id, 3, True)
