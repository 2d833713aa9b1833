"""What the exchange page draws from a version 2 record: origins joined to their claims, a range not disputed."""

from __future__ import annotations

import pytest

from adapters.dossier.loader import read_dossier
from adapters.persistence.store import open_reconciler
from adapters.reports.origins import behind, said_briefly
from domain.corroboration import Corroboration, OriginLine
from domain.report_values import FigureLine, ReconciliationReport
from tests.easter_dossier import EASTER, SLUG


@pytest.fixture(scope="module")
def report() -> ReconciliationReport:
    reconciler = open_reconciler("memory:")
    try:
        reconciler.record_plans([read_dossier(EASTER)])
        return reconciler.report(SLUG)
    finally:
        reconciler.close()


def total(report: ReconciliationReport, stage: int, direction: str) -> FigureLine:
    found = next(s for s in report.stages if s.stage == stage)
    return next(d for d in found.directions if d.direction == direction).figures[0]


def test_a_total_said_as_a_range_by_one_origin_is_a_single_origin_not_a_dispute(
    report: ReconciliationReport,
) -> None:
    line = total(report, 2, "to Ukraine")
    assert line.ranged
    assert line.corroboration is not None
    assert line.corroboration.kind == "single_origin"


def test_each_origin_links_to_the_claim_that_first_carried_it_and_to_each_outlet_relaying_it(
    report: ReconciliationReport,
) -> None:
    line = total(report, 1, "to Ukraine")
    first, second = behind(line)
    assert (first.said_by, [e.source for e in first.outlets]) == ("Ukraine's Coordination Headquarters", ["Censor.NET"])
    assert (second.said_by, [e.source for e in second.outlets]) == ("Russia's Defence Ministry", ["TASS", "Interfax"])
    claims = {e.source: e.claim_id for e in line.sources}
    assert second.first.claim_id == claims["TASS"]
    assert [e.claim_id for e in second.outlets] == [claims["TASS"], claims["Interfax"]]


def test_past_the_outlets_named_the_rest_are_counted(report: ReconciliationReport) -> None:
    _, ministry = behind(total(report, 1, "to Ukraine"), named=1)
    assert ([e.source for e in ministry.outlets], ministry.more) == (["TASS"], 1)


def test_a_figure_many_outlets_gave_without_an_origin_names_two_and_counts_the_rest() -> None:
    outlets = [OriginLine(None, None, name, (name,)) for name in ("AFP", "BBC News", "Reuters", "TASS")]
    many = Corroboration(kind="origin_not_stated", origins=outlets, outlets=4)
    assert said_briefly(many) == "stated by AFP, BBC News and 2 more (origin not stated; 4 outlets)"
    few = Corroboration(kind="origin_not_stated", origins=outlets[:3], outlets=3)
    assert said_briefly(few) == few.said
