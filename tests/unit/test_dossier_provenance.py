"""A claim read from a statement keeps its provenance through a dossier: loaded, dumped and loaded again."""

from __future__ import annotations

import pytest

from adapters.dossier.errors import DossierError
from adapters.dossier.loader import dump_dossier, read_dossier
from domain.exchange import Provenance, Span

HASH = "9a" * 32
DOSSIER = f"""\
format: recon-dossier/1
exchange:
  id: 1000-for-1000
  title: "1,000 for 1,000"
  parties: [Ukraine, Russia]
  terms: {{each side: 1000}}
  source: ministry
sources:
  ministry: {{name: "Ukraine's Defence Ministry", tier: official}}
claims:
  - stage: 1
    direction: to Ukraine
    source: ministry
    figures:
      total: 390
      breakdowns:
        sex: {{men: 387, women: 3}}
    provenance:
      text_sha256: {HASH}
      spans:
        - {{figure: total, start: 24, end: 27, quote: "390"}}
        - {{figure: "sex:women", start: 60, end: 65, quote: three}}
"""


def test_a_claim_entry_carries_the_hash_of_its_statement_and_the_span_of_each_figure() -> None:
    claim = read_dossier(DOSSIER).claims[0]
    assert claim.provenance == Provenance(
        text_sha256=HASH,
        spans=(
            Span(figure="total", start=24, end=27, quote="390"),
            Span(figure="sex:women", start=60, end=65, quote="three"),
        ),
    )


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_provenance_survives_a_dump_and_a_reload(suffix: str) -> None:
    plan = read_dossier(DOSSIER)
    assert read_dossier(dump_dossier(plan, suffix), f"again{suffix}") == plan


def test_a_quote_over_a_line_break_with_quotes_and_colons_is_dumped_so_that_it_reads_back() -> None:
    plan = read_dossier(DOSSIER)
    span = Span(figure="total", start=0, end=20, quote='three\n"hundred": # x, {y}')
    claim = plan.claims[0].model_copy(update={"provenance": Provenance(text_sha256=HASH, spans=(span,))})
    changed = plan.model_copy(update={"claims": (claim,)})
    assert read_dossier(dump_dossier(changed)) == changed


def test_provenance_does_not_change_the_claims_id_so_a_reimport_finds_the_same_claim() -> None:
    claim = read_dossier(DOSSIER).claims[0]
    assert claim.model_copy(update={"provenance": None}).claim_id == claim.claim_id


@pytest.mark.parametrize(
    ("written", "instead", "message"),
    [
        (f"text_sha256: {HASH}", "text_sha256: abc", "provenance.text_sha256: 'abc' is not a usable id; write the SHA"),
        ("start: 24, end: 27", "start: 27, end: 24", "claims[0].provenance.spans[0]: a span ends after it starts"),
        ('quote: "390"', "qoute: x", "provenance.spans[0].qoute: unknown key 'qoute' (did you mean 'quote'?)"),
    ],
)
def test_a_malformed_provenance_is_refused_naming_the_entry(written: str, instead: str, message: str) -> None:
    with pytest.raises(DossierError) as refused:
        read_dossier(DOSSIER.replace(written, instead))
    assert message in str(refused.value)
