"""Histories with every kind of exchange event, for tests that export, verify and import them."""

from __future__ import annotations

from datetime import date

from domain.application import Reconciler
from tests.builders import AGGREGATOR, PRAVDA, SLUG, agreement, claim, figures, stage_one


def history(app: Reconciler) -> None:
    """Seven events of every kind: agreed, three claims, an acknowledgement, a correction and a retraction."""
    app.agree_exchange(agreement())
    app.record_claim(SLUG, stage_one())
    rounded = app.record_claim(SLUG, claim(1, figures(391), source=AGGREGATOR))
    (finding,) = app.report(SLUG).findings
    app.acknowledge_finding(SLUG, finding.id, reviewer="desk editor", note="aggregator rounding")
    app.correct_claim(SLUG, rounded, figures(390), reason="the outlet corrected its figure", by="desk editor")
    relayed = app.record_claim(SLUG, claim(2, figures(307), source=PRAVDA, took_place_on=date(2025, 5, 24)))
    app.retract_claim(SLUG, relayed, reason="relayed a draft", by="desk editor")
