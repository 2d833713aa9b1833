"""Terms said as a range in the report's progress: its lowest value is what remains to reach, its highest what
can be gone over, and both are in the report's document."""

from __future__ import annotations

from adapters.dossier.loader import read_dossier
from adapters.persistence.store import open_reconciler

DOSSIER = """\
format: recon-dossier/2
exchange:
  id: about-100
  title: About 100 each
  parties: [Ukraine, Russia]
  terms: {each side: {about: 100}}
  source: agency
sources:
  agency: {name: Agency, tier: official, published: 2025-08-01}
claims:
  - {stage: 1, direction: to Ukraine, source: agency, figures: {total: 110}}
  - {stage: 1, direction: to Russia, source: agency, figures: {total: 90}}
"""


def test_progress_against_a_range_keeps_both_ends() -> None:
    reconciler = open_reconciler("memory:")
    reconciler.record_plans([read_dossier(DOSSIER, "about.yaml")])
    lines = {line.party: line for line in reconciler.report("about-100").progress}
    reconciler.close()
    ukraine, russia = lines["Ukraine"], lines["Russia"]
    assert (ukraine.target_kind, ukraine.target, ukraine.target_high) == ("range", 95, 105)
    assert (ukraine.remaining, ukraine.over) == (0, 5)
    assert (russia.remaining, russia.over) == (5, 0)
