"""The reading room's pure parts: the progress chart's geometry, the list's search and sort, the form's fields."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from adapters.http.pages.listing import Row, chosen
from adapters.http.pages.morning import morning_list
from adapters.http.pages.recording import _field
from adapters.http.pages.render import web_address
from adapters.persistence.store import open_reconciler
from adapters.readside.findings import FindingsQuery
from adapters.reports.chart import WIDTH, disputed_totals, progress_chart, ranged_totals
from domain.acceptance import Status
from domain.findings import Severity
from domain.report_values import DirectionFigures, FigureLine, ProgressLine, StageReport
from tests.builders import AGGREGATOR, SLUG, agreement, claim, figures


def _line(target: int | None, totals: dict[int, int | None]) -> ProgressLine:
    accepted = sum(total or 0 for total in totals.values())
    remaining = None if target is None else max(target - accepted, 0)
    over = 0 if target is None else max(accepted - target, 0)
    return ProgressLine(
        party="Ukraine",
        target_kind="exactly" if target else "unspecified",
        target=target,
        accepted=accepted,
        remaining=remaining,
        over=over,
        stage_totals=totals,
    )


def test_three_stages_that_reach_the_target_fill_the_bar_and_leave_nothing_remaining() -> None:
    chart = progress_chart(_line(1000, {1: 390, 2: 307, 3: 303}))
    assert [s.label for s in chart.segments] == ["Stage 1", "Stage 2", "Stage 3"]
    assert sum(s.width for s in chart.segments) == pytest.approx(WIDTH)
    assert chart.rest_width == 0
    assert chart.target_x == pytest.approx(WIDTH)
    assert chart.summary == "Ukraine has received 1,000 of 1,000 agreed; the target is reached."


def test_a_first_stage_leaves_the_rest_of_the_target_drawn_as_remaining() -> None:
    chart = progress_chart(_line(1000, {1: 390}))
    assert chart.segments[0].width == pytest.approx(WIDTH * 0.39)
    assert chart.rest_x == pytest.approx(WIDTH * 0.39)
    assert chart.rest_width == pytest.approx(WIDTH * 0.61)
    assert chart.summary.endswith("610 remain.")


def test_going_over_the_target_rescales_the_bar_and_draws_the_overshoot_from_the_target() -> None:
    chart = progress_chart(_line(1000, {1: 600, 2: 650}))
    assert chart.target_x == pytest.approx(WIDTH * 1000 / 1250)
    assert chart.over_x == chart.target_x
    assert chart.over_width == pytest.approx(WIDTH * 250 / 1250)
    assert chart.summary.endswith("250 over the target.")


def test_a_stage_whose_total_is_disputed_draws_no_segment() -> None:
    chart = progress_chart(_line(None, {1: 390, 2: None}))
    assert [s.label for s in chart.segments] == ["Stage 1"]
    assert chart.target_x is None
    assert chart.summary == "Ukraine has received 390; no number was agreed."


def _row(title: str, verdict: str, errors: int, day: int) -> Row:
    return Row(
        slug=title.lower().replace(" ", "-"),
        title=title,
        parties=("A", "B"),
        terms={},
        verdict=verdict,
        errors=errors,
        warnings=0,
        progress=[],
        changed=datetime(2025, 5, day, tzinfo=UTC),
        version=1,
    )


ROWS = [
    _row("Istanbul", "errors open", 2, 3),
    _row("Abu Dhabi", "reconciles", 0, 9),
    _row("Doha", "findings open", 0, 1),
]


def test_the_list_is_searched_by_name_in_any_case() -> None:
    assert [row.title for row in chosen(ROWS, "DHABI", "", "title", False)] == ["Abu Dhabi"]


def test_the_list_is_filtered_by_verdict_and_sorted_by_any_column() -> None:
    assert [row.title for row in chosen(ROWS, "", "reconciles", "title", False)] == ["Abu Dhabi"]
    assert next(row.title for row in chosen(ROWS, "", "", "errors", True)) == "Istanbul"
    assert [row.title for row in chosen(ROWS, "", "", "changed", True)] == ["Abu Dhabi", "Istanbul", "Doha"]
    assert [row.title for row in chosen(ROWS, "", "", "verdict", False)] == ["Abu Dhabi", "Doha", "Istanbul"]


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("claims[0].figures.total", "figures"),
        ("claims[0].figures.breakdowns.service", "figures"),
        ("claims[0].source.name", "source_name"),
        ("claims[0].source.tier", "tier"),
        ("claims[0].source.published", "published"),
        ("claims[0].stage", "stage"),
        ("claims[0].direction", "direction"),
        ("claims[0].took_place_on", "took_place_on"),
    ],
)
def test_a_dossier_complaint_is_shown_beside_the_form_field_it_is_about(path: str, field: str) -> None:
    assert _field(path) == field


@pytest.mark.parametrize(
    ("address", "link"),
    [
        ("https://tass.com/politics/1962645", "https://tass.com/politics/1962645"),
        ("http://example.org/a", "http://example.org/a"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,hi", None),
        (None, None),
    ],
)
def test_only_a_web_address_becomes_a_link(address: str | None, link: str | None) -> None:
    assert web_address(address) == link


def _stage(
    stage: int, direction: str, accepted: int | None, low: int | None = None, high: int | None = None
) -> StageReport:
    status: Status = "agreed" if accepted is not None else "disputed"
    line = FigureLine(figure="total", accepted=accepted, status=status, reason="", low=low, high=high, sources=[])
    return StageReport(stage=stage, date=None, directions=[DirectionFigures(direction=direction, figures=[line])])


def test_a_disputed_stage_total_is_drawn_as_the_range_its_sources_give() -> None:
    stages = [_stage(1, "to Ukraine", 390), _stage(2, "to Ukraine", None, 300, 310), _stage(2, "to Russia", 307)]
    disputed = disputed_totals(stages, "Ukraine")
    assert disputed == {2: (300, 310)}
    assert disputed_totals(stages, "Russia") == {}
    chart = progress_chart(_line(1000, {1: 390, 2: None}), disputed)
    drawn = chart.segments[-1]
    assert (drawn.label, drawn.value, drawn.high) == ("Stage 2 (disputed)", 300, 310)
    assert drawn.x == pytest.approx(chart.segments[0].width)
    assert drawn.range_width == pytest.approx(WIDTH * 10 / 1000)
    assert chart.summary.endswith("Stage 2 is disputed: sources give 300 to 310.")


def test_the_morning_list_gives_errors_first_across_exchanges() -> None:
    reconciler = open_reconciler("memory:")
    try:
        # The first exchange agreed has only a warning, the second an error: errors still come first.
        reconciler.agree_exchange(agreement("first"))
        reconciler.record_claim("first", claim(1, figures(390)))
        reconciler.record_claim("first", claim(1, figures(391), source=AGGREGATOR))
        reconciler.agree_exchange(agreement())
        reconciler.record_claim(SLUG, claim(1, figures(390, service=(270, 121))))
        lines = morning_list(reconciler, FindingsQuery(open_only=True)).lines
        warnings_only = morning_list(reconciler, FindingsQuery(True, None, Severity.WARNING, None)).lines
    finally:
        reconciler.close()
    severities = [line.finding.severity for line in lines]
    assert Severity.ERROR in severities
    assert Severity.WARNING in severities
    assert severities == sorted(severities, key=list(Severity).index)
    assert {line.finding.severity for line in warnings_only} == {Severity.WARNING}
    assert lines[0].exchange == SLUG
    assert {line.exchange for line in warnings_only} == {"first"}


def _ranged(stage: int, low: int, high: int | None) -> StageReport:
    line = FigureLine(
        figure="total", accepted=None, status="agreed", reason="", low=low, high=high, sources=[], ranged=True
    )
    return StageReport(stage=stage, date=None, directions=[DirectionFigures(direction="to Ukraine", figures=[line])])


def test_a_stage_said_as_a_range_is_drawn_solid_to_its_low_and_a_band_to_its_high() -> None:
    stages = [_stage(1, "to Ukraine", 390), _ranged(2, 200, 250)]
    assert disputed_totals(stages, "Ukraine") == {}
    chart = progress_chart(_line(1000, {1: 390, 2: None}), {}, ranged_totals(stages, "Ukraine"))
    drawn = chart.segments[-1]
    assert (drawn.label, drawn.ranged, drawn.said) == ("Stage 2 (a range)", True, "200 to 250")
    assert drawn.width == pytest.approx(WIDTH * 200 / 1000)
    assert drawn.range_width == pytest.approx(WIDTH * 50 / 1000)
    assert chart.summary.endswith("Stage 2 was said as a range: 200 to 250.")


def test_a_range_without_a_top_is_drawn_with_a_short_band_and_said_as_or_more() -> None:
    stages = [_ranged(1, 1001, None)]
    chart = progress_chart(_line(1000, {1: None}), {}, ranged_totals(stages, "Ukraine"))
    drawn = chart.segments[0]
    assert drawn.said == "1,001 or more"
    assert drawn.range_width > 0
    assert chart.summary.endswith("Stage 1 was said as a range: 1,001 or more.")


def test_a_target_said_as_a_range_is_marked_at_both_ends_and_what_remains_is_said_as_a_range() -> None:
    line = _line(1100, {1: 980}).model_copy(update={"target_kind": "range", "target_high": 1300, "remaining_high": 320})
    chart = progress_chart(line)
    assert chart.target_x == pytest.approx(WIDTH * 1100 / 1300)
    assert chart.target_high_x == pytest.approx(WIDTH)
    assert chart.rest_width == pytest.approx(WIDTH * 120 / 1300)
    assert chart.rest_band_width == pytest.approx(WIDTH * 200 / 1300)
    assert chart.summary == "Ukraine has received 980 of 1,100 to 1,300 agreed; 120 to 320 remain."
