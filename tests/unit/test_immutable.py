"""Evidence is a value: equal pieces are one (a check citing a claim's figure twice cites it once), and a piece is
never changed after it is made (mypy refuses an assignment; `replace` makes another)."""

from __future__ import annotations

from dataclasses import replace
from uuid import uuid4

from domain.findings import Evidence
from domain.sources import Tier


def _evidence(value: int) -> Evidence:
    return Evidence("TASS", Tier.ESTABLISHED_MEDIA, CLAIM, 4, "total", value, origin="Russia / Defence Ministry")


CLAIM = uuid4()


def test_equal_pieces_of_evidence_are_one_key_and_one_citation() -> None:
    cited = dict.fromkeys([_evidence(390), _evidence(390), _evidence(380)])

    assert list(cited) == [_evidence(390), _evidence(380)]
    assert hash(_evidence(390)) == hash(_evidence(390))


def test_evidence_told_another_value_is_another_piece_and_the_first_is_unchanged() -> None:
    first = _evidence(390)

    second = replace(first, value=392)

    assert (first.value, second.value) == (390, 392)
    assert first != second
    assert second == _evidence(392)
