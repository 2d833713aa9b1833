"""Dossier version 2 keys for who said it and when: `origin`, `exchange.mediators`, month and year dates."""

from __future__ import annotations

from datetime import date

import pytest

from adapters.dossier.dump import dump_dossier
from adapters.dossier.loader import DossierError, read_dossier
from domain.figures import Origin

# The first day of "1,000 for 1,000" as tests/real_cases/may-2025-1000-for-1000.yaml transcribes it: the
# Coordination Headquarters' figure through Censor.NET (month-dated), Russia's Defence Ministry through Gaya One.
# https://censor.net/en/news/3553965/major-pow-exchange-on-may-23-who-ukraine-brought-back-from-russian-captivity
DOSSIER = """\
format: recon-dossier/2
exchange:
  id: may-2025-1000-for-1000
  title: 1,000 for 1,000
  parties: [Ukraine, Russia]
  mediators: [Türkiye]
  terms: {each side: 1000}
  agreed_on: 2025-05-16
  source: umerov
sources:
  umerov:
    name: MENAFN
    tier: established_media
    origin: Ukraine / Defence Minister Umerov
    published: 2025-05-18
  censor:
    name: Censor.NET
    tier: established_media
    origin: Ukraine / Coordination Headquarters
    published: "2025-05"
  gaya:
    name: Gaya One
    tier: aggregator
    origin: Russia / Defence Ministry
    published: "2025"
claims:
  - {stage: 1, direction: to Ukraine, source: censor, figures: {total: 390}}
  - {stage: 1, direction: each side, source: gaya, figures: {total: 390}}
"""


def test_origins_mediators_and_month_dates_are_read() -> None:
    plan = read_dossier(DOSSIER)
    assert plan.agreement.mediators == ("Türkiye",)
    censor = plan.claims[0].source
    assert censor.origin == Origin(party="Ukraine", body="Coordination Headquarters")
    assert (censor.published, censor.published_precision) == (date(2025, 5, 1), "month")
    assert plan.claims[1].source.published_precision == "year"


def test_the_dump_writes_them_back_as_written() -> None:
    plan = read_dossier(DOSSIER)
    text = dump_dossier(plan)
    assert "format: recon-dossier/2" in text
    assert "origin: Ukraine / Coordination Headquarters" in text
    assert "published: 2025-05\n" in text
    assert "mediators: [Türkiye]" in text
    assert read_dossier(text) == plan
    assert read_dossier(dump_dossier(plan, ".json"), "dossier.json") == plan


def test_an_origin_of_no_party_or_mediator_is_refused_with_its_line() -> None:
    wrong = DOSSIER.replace("origin: Russia / Defence Ministry", "origin: Qatar / Foreign Ministry")
    with pytest.raises(DossierError) as refused:
        read_dossier(wrong)
    assert refused.value.path == "sources.gaya.origin"
    assert refused.value.line == wrong.splitlines().index("    origin: Qatar / Foreign Ministry") + 1
    assert "Qatar is not a party or mediator of this exchange (Ukraine, Russia, Türkiye" in refused.value.message


def test_an_origin_without_a_body_is_refused_with_its_line() -> None:
    wrong = DOSSIER.replace("origin: Russia / Defence Ministry", "origin: Russia's Defence Ministry")
    with pytest.raises(DossierError, match="Party / body") as refused:
        read_dossier(wrong)
    assert refused.value.path.startswith("sources.gaya.origin")


def test_a_month_that_does_not_exist_is_refused() -> None:
    with pytest.raises(DossierError, match="no month 13"):
        read_dossier(DOSSIER.replace('"2025-05"', '"2025-13"'))
