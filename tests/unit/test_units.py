"""Bodies beside people: a finding's identity names the unit only outside the exchange's own, so acknowledgements
given before the rules ran per unit still find their findings, and one given to a bodies finding holds apart."""

from __future__ import annotations

from adapters.persistence.store import open_reconciler
from domain.exchange import ClaimRecorded, Exchange
from domain.findings import Check, Severity, Subject
from domain.report import build_report, report_of
from domain.timeline import Event, Reconciliation
from tests.builders import AGGREGATOR, SLUG, TASS, agreement, claim, figures

PEOPLE = "source-agreement/1/to Ukraine/total"
BODIES = "source-agreement/1/to Ukraine/total/bodies"


def _check(unit: str | None) -> Check:
    subject = Subject(stage=1, direction="to Ukraine", figure="total", unit=unit)
    return Check(
        rule="source-agreement",
        severity=Severity.WARNING,
        passed=False,
        subject=subject,
        message="",
        expected="",
        found="",
    )


def test_a_finding_of_the_exchanges_own_unit_keeps_the_id_it_always_had() -> None:
    assert _check(None).finding_id == PEOPLE
    assert _check("bodies").finding_id == BODIES
    assert _check(None).fingerprint != _check("bodies").fingerprint


def test_a_finding_about_bodies_is_acknowledged_apart_and_reopens_when_its_figures_change() -> None:
    app = open_reconciler("memory:")
    app.agree_exchange(agreement())
    app.record_claim(SLUG, claim(1, figures(390)))
    app.record_claim(SLUG, claim(1, figures(391), source=AGGREGATOR))
    app.record_claim(SLUG, claim(1, figures(1000)).model_copy(update={"unit": "bodies"}))
    rounded = claim(1, figures(1003), source=TASS).model_copy(update={"unit": "bodies"})
    app.record_claim(SLUG, rounded)
    assert {line.id for line in app.report(SLUG).open_findings} >= {PEOPLE, BODIES}
    app.acknowledge_finding(SLUG, PEOPLE, reviewer="desk", note="aggregator rounding")
    app.acknowledge_finding(SLUG, BODIES, reviewer="desk", note="Moscow counts three more")
    shown = {line.id: line for line in app.report(SLUG).findings}
    assert not shown[PEOPLE].open
    assert not shown[BODIES].open
    assert shown[BODIES].unit == "bodies"
    assert shown[PEOPLE].unit is None
    app.correct_claim(SLUG, rounded.claim_id, figures(1005), reason="recount", by="desk")
    shown = {line.id: line for line in app.report(SLUG).findings}
    assert shown[BODIES].open
    assert not shown[PEOPLE].open


def test_a_unit_only_declared_complete_is_followed_as_a_fresh_reconciliation_finds_it() -> None:
    """The declaration alone names the unit: the reconciliation kept event by event notes its completion check
    exactly as reconciling the whole history afresh does, and a later claim in that unit turns the note into a
    check of its figures."""
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390)))
    exchange.declare_complete(AGGREGATOR, unit="bodies")
    events: list[Event] = list(exchange.collect_events())  # type: ignore[arg-type]
    kept = Reconciliation(passing=True)
    for event in events:
        kept.apply(event)
    afresh = build_report(exchange)
    noted = {line.id for line in afresh.pending}
    assert noted == {"completion/all/to Ukraine/total/bodies", "completion/all/to Russia/total/bodies"}
    assert kept.exchange is not None
    assert kept.ledger is not None
    assert report_of(kept.exchange, kept.ledger, kept.checks()) == afresh
    exchange.record(claim(1, figures(500)).model_copy(update={"unit": "bodies"}))
    [later] = exchange.collect_events()
    assert isinstance(later, ClaimRecorded)
    kept.apply(later)
    assert not {line.id for line in report_of(kept.exchange, kept.ledger, kept.checks()).pending} & noted
    assert report_of(kept.exchange, kept.ledger, kept.checks()) == build_report(exchange)
