"""A small, valid dossier for reading tests, and the helpers that edit it, read it and catch what it refuses."""

from __future__ import annotations

import pytest

from adapters.dossier.loader import DossierError, read_dossier
from domain.exchange import Claim
from domain.figures import Source, Tier

DOSSIER = """\
format: recon-dossier/1
exchange:
  id: test-swap
  title: Test swap
  parties: [Ukraine, Russia]
  terms:
    each side: 100
  source: tass
sources:
  tass: {name: TASS, tier: established_media, relays: Russia's Defence Ministry}
claims:
  - stage: 1
    direction: to Ukraine
    source: tass
    figures:
      total: 100
      breakdowns:
        service: {military: 60, civilian: 40}
  - direction: to Russia
    source: {name: Sakh.online, tier: aggregator}
    figures:
      total: 100
completion: [tass]
"""
"""A small, valid dossier; the refusal tests edit one line of it and name the line they expect."""

TASS = Source(name="TASS", tier=Tier.ESTABLISHED_MEDIA, relays="Russia's Defence Ministry")
SAKH = Source(name="Sakh.online", tier=Tier.AGGREGATOR)


def edited(old: str, new: str) -> str:
    """DOSSIER with one passage replaced."""
    assert old in DOSSIER, old
    return DOSSIER.replace(old, new, 1)


def refusal(text: str, name: str = "dossier.yaml") -> DossierError:
    """The error reading `text` raises."""
    with pytest.raises(DossierError) as refused:
        read_dossier(text, name)
    return refused.value


def only_claim(figures_yaml: str, direction: str = "to Ukraine", stage: str = "stage: 1") -> Claim:
    """The one claim of a dossier whose claim has these figures (YAML lines indented by six spaces)."""
    text = DOSSIER.split("claims:")[0] + (
        f"claims:\n  - {stage}\n    direction: {direction}\n    source: tass\n    figures:\n{figures_yaml}"
    )
    (claim,) = read_dossier(text).claims
    return claim
