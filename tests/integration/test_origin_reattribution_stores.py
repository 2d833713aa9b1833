"""An origin changed after the fact, stored in a real SQLite file and a real PostgreSQL database and read back by a
new application: the figure's corroboration follows the new origin, and an earlier point reads as it did."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.persistence.store import open_reconciler
from domain.application import ExchangePlan, Reconciler
from domain.exchange import OriginReattributed
from domain.figures import Direction, Origin
from domain.history import AsOf
from domain.report_values import ReconciliationReport
from tests.builders import PRAVDA, SLUG, TASS, agreement, claim, figures
from tests.integration.test_stores import url_of

pytestmark = pytest.mark.integration

HEADQUARTERS = Origin(party="Ukraine", body="Coordination Headquarters")
DEFENCE_MINISTRY = Origin(party="Russia", body="Defence Ministry")
PLAN = ExchangePlan(
    agreement=agreement(),
    claims=(
        claim(1, figures(390), source=PRAVDA.model_copy(update={"origin": HEADQUARTERS})),
        claim(1, figures(390), source=TASS.model_copy(update={"origin": DEFENCE_MINISTRY})),
    ),
)


@pytest.fixture(params=["sqlite", "postgres"])
def durable_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return url_of(request.param, request, tmp_path)


def kind_of_stage_1_total(report: ReconciliationReport) -> str | None:
    lines = next(d for d in report.stages[0].directions if d.direction == Direction.parse("to Ukraine").label).figures
    corroboration = next(line for line in lines if line.figure == "total").corroboration
    return None if corroboration is None else corroboration.kind


def reattributed(url: str) -> Reconciler:
    """A store holding the two outlets, TASS then re-attributed the headquarters' word, opened again afresh."""
    first = open_reconciler(url)
    first.record_plans([PLAN])
    assert kind_of_stage_1_total(first.report(SLUG)) == "confirmed_by_both_parties"
    tass = PLAN.claims[1].claim_id
    first.attribute_origin(SLUG, tass, HEADQUARTERS, "TASS quoted the headquarters", "ana", expected_version=3)
    first.close()
    return open_reconciler(url)


def test_the_re_attribution_reads_back_and_the_figure_rests_on_one_origin(durable_url: str) -> None:
    again = reattributed(durable_url)
    try:
        (event,) = [e for e in again.history(SLUG) if isinstance(e, OriginReattributed)]
        assert (event.source.origin, event.origin, event.attributed_by, event.reason) == (
            DEFENCE_MINISTRY,
            HEADQUARTERS,
            "ana",
            "TASS quoted the headquarters",
        )
        assert kind_of_stage_1_total(again.report(SLUG)) == "single_origin"
        assert kind_of_stage_1_total(again.report(SLUG, AsOf(version=3))) == "confirmed_by_both_parties"
        assert [outcome.claims_recorded for outcome in again.record_plans([PLAN])] == [0]
        assert again.exchange(SLUG).version == 4
    finally:
        again.close()
