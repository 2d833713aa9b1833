"""The morning list a page at a time: errors open the first page, counts cover the whole list."""

from __future__ import annotations

import pytest

from adapters.http.pages.morning import MorningLine, morning_list, page_of
from adapters.persistence.store import open_reconciler
from adapters.readside.findings import FindingsQuery
from domain.findings import Severity
from tests.builders import AGGREGATOR, SLUG, agreement, claim, figures


@pytest.fixture(scope="module")
def lines() -> list[MorningLine]:
    """One exchange with a warning, another with an error and a warning: three open findings."""
    reconciler = open_reconciler("memory:")
    try:
        reconciler.agree_exchange(agreement("first"))
        reconciler.record_claim("first", claim(1, figures(390)))
        reconciler.record_claim("first", claim(1, figures(391), source=AGGREGATOR))
        reconciler.agree_exchange(agreement())
        reconciler.record_claim(SLUG, claim(1, figures(390, service=(270, 121))))
        return morning_list(reconciler, FindingsQuery(open_only=True)).lines
    finally:
        reconciler.close()


def test_the_first_page_opens_with_the_errors_and_counts_every_page(lines: list[MorningLine]) -> None:
    first = page_of(lines, 1, size=1)
    assert first.pages == len(lines) > 1
    assert [line.finding.severity for line in first.lines] == [Severity.ERROR]
    assert first.total == len(lines)
    assert sum(first.counts.values()) == len(lines)
    assert first.counts["error"] == sum(1 for line in lines if line.finding.severity == Severity.ERROR)


def test_a_later_page_goes_on_where_the_one_before_stopped(lines: list[MorningLine]) -> None:
    second = page_of(lines, 2, size=1)
    assert second.lines == lines[1:2]
    assert second.first == 2


def test_a_page_beyond_the_last_is_refused_naming_how_many_there_are(lines: list[MorningLine]) -> None:
    with pytest.raises(ValueError, match=f"has {len(lines)} pages, not 9"):
        page_of(lines, 9, size=1)


def test_an_empty_list_is_one_empty_page() -> None:
    empty = page_of([], 1)
    assert (empty.pages, empty.total, empty.lines) == (1, 0, [])
