"""Who said it, worded as a desk writes it: the party's possessive before its body, in plain English."""

from __future__ import annotations

from uuid import uuid4

import pytest

from adapters.reports.markdown import render_report
from adapters.reports.text import render_report as render_text
from domain.findings import Evidence
from domain.sources import MEDIA, Origin, Tier, said_by
from tests.unit.test_casebook_measure import reports


@pytest.mark.parametrize(
    ("party", "body", "said"),
    [
        ("Ukraine", "Coordination Headquarters", "Ukraine's Coordination Headquarters"),
        ("Russia", "Defence Ministry", "Russia's Defence Ministry"),
        ("United Arab Emirates", "Foreign Ministry", "the United Arab Emirates' Foreign Ministry"),
        ("United States", "State Department", "the United States' State Department"),
        ("United Kingdom", "Foreign Office", "the United Kingdom's Foreign Office"),
        ("Belarus", "Foreign Ministry", "Belarus' Foreign Ministry"),
        (MEDIA, "TASS", "TASS"),
    ],
)
def test_a_party_is_named_in_its_possessive(party: str, body: str, said: str) -> None:
    assert said_by(party, body) == said


def test_an_origin_and_a_claims_evidence_word_it_alike() -> None:
    origin = Origin(party="United Arab Emirates", body="Foreign Ministry")
    evidence = Evidence(
        source="WAM",
        tier=Tier.OFFICIAL,
        claim_id=uuid4(),
        version=2,
        figure="total",
        value=246,
        origin=origin.label,
        party=origin.party,
    )
    assert origin.said_by == evidence.said_by == "the United Arab Emirates' Foreign Ministry"


def test_a_report_names_a_mediators_ministry_in_its_possessive() -> None:
    report = reports()["apr-2025-easter-246"]
    for rendering in (render_report(report), render_text(report)):
        assert "the United Arab Emirates' Foreign Ministry" in " ".join(rendering.split())  # text wraps cells
        assert "Emirates's" not in rendering
