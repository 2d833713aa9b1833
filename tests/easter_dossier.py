"""A version 2 dossier the reading room's tests read: origins relayed by outlets, a stage said as a range, a note,
a planned figure, bodies beside people, a stage without a headcount and a month-dated source."""

from __future__ import annotations

SLUG = "easter-swap"
EASTER = """\
format: recon-dossier/2
exchange:
  id: easter-swap
  title: Easter swap
  parties: [Ukraine, Russia]
  terms: {each side: 500}
  agreed_on: 2025-04-18
  source: tass
sources:
  censor:
    name: Censor.NET
    tier: established_media
    origin: Ukraine / Coordination Headquarters
    published: "2025-04"
  tass:
    name: TASS
    tier: established_media
    origin: Russia / Defence Ministry
    published: 2025-04-19
  interfax:
    name: Interfax
    tier: established_media
    origin: Russia / Defence Ministry
    published: 2025-04-19
claims:
  - stage: 1
    direction: to Ukraine
    source: censor
    figures: {total: 246}
    notes:
      - {value: 62, meaning: "the exchange's ordinal number"}
  - {stage: 1, direction: to Ukraine, source: tass, figures: {total: 246}}
  - {stage: 1, direction: to Ukraine, source: interfax, figures: {total: 246}}
  - {stage: 1, direction: to Russia, source: censor, planned: {total: 250}, figures: {total: 246}}
  - {stage: 2, direction: to Ukraine, source: censor, figures: {total: {low: 200, high: 250}}}
  - {stage: 2, direction: to Ukraine, source: tass, unit: bodies, figures: {total: 909}}
  - {stage: 3, direction: to Ukraine, source: censor, took_place_on: 2025-04-25}
"""
