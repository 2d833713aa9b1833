"""What placing a claim says it changed: a column's values and its stages with no value are told apart, so that a
check that read only one of them is not checked again for a change to the other."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

from domain.acceptance import TOTAL
from domain.exchange import ClaimState
from domain.figures import Figures
from domain.ledger import Changes, Ledger
from tests.builders import RUSSIA, UKRAINE, agreement, claim, figures

TO_UKRAINE = f"to {UKRAINE}"
VALUES = ("column", TO_UKRAINE, TOTAL)
MISSING = ("missing", TO_UKRAINE, TOTAL)


def _ledger() -> Ledger:
    ledger = Ledger((UKRAINE, RUSSIA), agreement().terms)
    ledger.column(TO_UKRAINE, TOTAL)  # asked for, so kept up to date from now on
    return ledger


def _place(ledger: Ledger, stage: int, shown: Figures, version: int, day: date | None = None) -> Changes:
    said = claim(stage, shown, took_place_on=day)
    return ledger.place(None, ClaimState(claim_id=uuid4(), claim=said, version=version, recorded_version=version))


def _no_total() -> Figures:
    return figures(cumulative=396)


def test_a_stage_given_a_value_changes_the_column_values_and_not_its_missing_stages() -> None:
    ledger = _ledger()
    changes = _place(ledger, 1, figures(390), 2)
    assert VALUES in changes.keys
    assert MISSING not in changes.keys
    assert ledger.column(TO_UKRAINE, TOTAL).values == {1: 390}


def test_a_stage_with_no_value_for_the_figure_changes_its_missing_stages_and_not_its_values() -> None:
    ledger = _ledger()
    _place(ledger, 1, figures(390), 2)
    changes = _place(ledger, 2, _no_total(), 3)
    assert MISSING in changes.keys
    assert VALUES not in changes.keys
    assert not changes.columns
    assert ledger.column(TO_UKRAINE, TOTAL).missing == {2}


def test_a_missing_stage_given_its_value_changes_both() -> None:
    ledger = _ledger()
    _place(ledger, 1, _no_total(), 2)
    changes = _place(ledger, 1, figures(6), 3)
    assert {VALUES, MISSING} <= changes.keys
    column = ledger.column(TO_UKRAINE, TOTAL)
    assert (column.values, column.missing) == ({1: 6}, set())


def test_a_later_day_for_a_dated_stage_leaves_its_date_and_an_earlier_one_moves_it() -> None:
    ledger = _ledger()
    _place(ledger, 1, figures(390), 2, date(2025, 5, 23))
    later = _place(ledger, 1, figures(390), 3, date(2025, 5, 24))
    assert ("dated", 1) in later.keys
    assert ("dates",) not in later.keys
    earlier = _place(ledger, 1, figures(390), 4, date(2025, 5, 22))
    assert ("dates",) in earlier.keys
    assert ledger.stage_date(1) == date(2025, 5, 22)
