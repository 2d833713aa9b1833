"""A rule written in an afternoon: declared here, beside the others, with nothing said about what a change reaches.

The engine works out what to check again from what the rule read, so the timeline stays equal to a reconciliation
from scratch after every event.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator

import pytest

from domain.acceptance import TOTAL
from domain.buckets import BucketKey
from domain.exchange import Exchange
from domain.findings import Check, Severity, Subject
from domain.reconciliation.view import View
from domain.rulebook import RULES, Rule, SeverityPolicy
from domain.rules import buckets
from domain.timeline import Event, Reconciliation
from domain.units import reconcile_units
from tests.histories import MANY_STAGES, STAGES, random_history

WITHIN_TARGET = "within-target"


def within_target(view: View, scope: BucketKey, *, passing: bool = True) -> Iterator[Check]:
    """The stages up to this one bring a party no more than the agreement's target."""
    stage, direction = scope
    party = direction.removeprefix("to ")
    target = view.terms.targets.get(party)
    bucket = view.bucket(stage, direction)
    if stage is None or target is None or target.count is None or bucket is None or bucket.value(TOTAL) is None:
        return
    so_far = sum(view.column(direction, TOTAL).up_to(stage).values())
    passed = so_far <= target.count
    if passed and not passing:
        return
    yield Check(
        rule=WITHIN_TARGET,
        severity=Severity.ERROR,
        passed=passed,
        subject=Subject(stage=stage, direction=direction, figure=TOTAL),
        message=f"{so_far:,} received by stage {stage} against a target of {target.count:,}",
        expected=f"<= {target.count:,}",
        found=f"{so_far:,}",
        difference=so_far - target.count,
        evidence=bucket.figures[TOTAL].evidence if TOTAL in bucket.figures else (),
    )


EXTENDED = (
    *RULES,
    Rule(
        id=WITHIN_TARGET,
        statement="The stages up to each stage bring a party no more than the agreement's target.",
        severity=SeverityPolicy(Severity.ERROR),
        scopes=buckets,
        evaluate=within_target,
    ),
)


def failing(checks: Iterable[Check]) -> dict[str, tuple[object, ...]]:
    return {
        check.finding_id: (check.message, [(e.claim_id, e.figure, e.version) for e in check.evidence])
        for check in checks
        if check.finding
    }


def histories(count: int) -> Iterator[list[Event]]:
    for seed in range(count):
        rng = random.Random(7_000 + seed)
        yield random_history(rng, length=rng.randint(20, 120), stages=MANY_STAGES if seed % 3 == 0 else STAGES)


def fresh(exchange: Exchange | None) -> dict[str, tuple[object, ...]]:
    assert exchange is not None
    return failing(reconcile_units(exchange, EXTENDED))


@pytest.mark.parametrize("events", list(histories(24)))
def test_the_timeline_keeps_a_rule_declared_outside_the_engine_up_to_date(events: list[Event]) -> None:
    reconciliation = Reconciliation(rules=EXTENDED)
    for event in events:
        reconciliation.apply(event)
        assert failing(reconciliation.failing.values()) == fresh(reconciliation.exchange), event.originator_version


def test_the_new_rule_finds_something_in_these_histories() -> None:
    found = set()
    for events in histories(24):
        exchange: Exchange | None = None
        for event in events:
            exchange = event.mutate(exchange)
        found |= {finding_id.split("/")[0] for finding_id in fresh(exchange)}
    assert WITHIN_TARGET in found
