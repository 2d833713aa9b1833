"""Histories with every kind of exchange event: a fixed one to export, verify and import, and random ones that
reach one result two ways (incrementally and from scratch, event by event and in batches)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from domain.application import Reconciler
from domain.exchange import Exchange, TermsStatement
from domain.figures import MEDIA, Breakdown, Figures, Origin, Source, Subset, Target, Tier
from domain.rulebook import reconcile_exchange
from domain.timeline import Event
from tests.builders import (
    AGGREGATOR,
    MINISTRY,
    PRAVDA,
    RUSSIA,
    SLUG,
    TASS,
    UKRAINE,
    agreement,
    claim,
    figures,
    stage_one,
)


def history(app: Reconciler) -> None:
    """Seven events of every kind: agreed, three claims, an acknowledgement, a correction and a retraction."""
    app.agree_exchange(agreement())
    app.record_claim(SLUG, stage_one())
    rounded = claim(1, figures(391), source=AGGREGATOR)
    app.record_claim(SLUG, rounded)
    (finding,) = app.report(SLUG).findings
    app.acknowledge_finding(SLUG, finding.id, reviewer="desk editor", note="aggregator rounding")
    app.correct_claim(SLUG, rounded.claim_id, figures(390), reason="the outlet corrected its figure", by="desk editor")
    relayed = claim(2, figures(307), source=PRAVDA, took_place_on=date(2025, 5, 24))
    app.record_claim(SLUG, relayed)
    app.retract_claim(SLUG, relayed.claim_id, reason="relayed a draft", by="desk editor")


SOURCES = (MINISTRY, PRAVDA, TASS, AGGREGATOR, Source(name="Censor.NET", tier=Tier.ESTABLISHED_MEDIA))
DIRECTIONS = (f"to {UKRAINE}", f"to {RUSSIA}", "each side", "combined")
STAGES = (None, 1, 1, 2, 2, 3, 5)
MANY_STAGES = (None, *range(1, 151))
"""Enough stages for running totals far along an exchange (their sums are kept in a tree that grows)."""


def random_figures(rng: random.Random) -> Figures:
    # 393 and 403 are 390 with 3 or 13 wounded besides, 303 is 300 with 3: totals in all and their exchange proper.
    total = rng.choice([None, 300, 303, 307, 390, 391, 393, 403])
    breakdowns = []
    if rng.random() < 0.5:
        parts = {"military": rng.choice([270, 300, 307])}
        if rng.random() < 0.7:  # else left out, which a complete breakdown makes 0
            parts["civilian"] = rng.choice([0, 3, 120])
        breakdowns.append(Breakdown(dimension="service", parts=parts, complete=rng.random() < 0.7))
    if rng.random() < 0.3:
        breakdowns.append(Breakdown(dimension="branch", within="military", parts={"navy": rng.choice([10, 400])}))
    subsets: tuple[Subset, ...] = ()
    if rng.random() < 0.3:
        subsets = (Subset(name="mariupol_defenders", count=rng.choice([27, 70, 500])),)
    if rng.random() < 0.3:
        relation = rng.choice(["in_addition", "in_addition", "among"])
        subsets += (Subset(name="wounded", count=rng.choice([3, 13]), relation=relation),)
    cumulative = rng.choice([None, None, 697, 1000])
    if total is None and not breakdowns and not subsets and cumulative is None:
        total = 390
    return Figures(total=total, breakdowns=tuple(breakdowns), subsets=subsets, cumulative=cumulative)


def random_history(
    rng: random.Random, length: int, stages: tuple[int | None, ...] = STAGES, slug: str = SLUG
) -> list[Event]:
    """An exchange's events: claims of every kind, some corrected, retracted, completed or acknowledged."""
    targets = rng.choice([None, {UKRAINE: Target(kind="at_least", count=500)}])
    # The bodies beside the people draw from a generator of their own, so the histories of people stay as they were.
    bodies = random.Random(hash(rng.getstate()[1]))
    origins = random.Random(hash(rng.getstate()[1]) + 1)  # and origins learned later one of their own
    remains = random.Random(hash(rng.getstate()[1]) + 2)  # and what sources say of the remains' completion
    exchange = Exchange.agree(agreement(slug, targets=targets))
    for _ in range(length):
        roll = rng.random()
        states = [s for s in exchange.claims.values() if s.active]
        if roll < 0.1 and states:
            exchange.correct(rng.choice(states).claim_id, random_figures(rng), reason="recount", by="desk")
        elif roll < 0.15 and states:
            exchange.retract(rng.choice(states).claim_id, reason="withdrawn", by="desk")
        elif roll < 0.18:
            exchange.declare_complete(rng.choice(SOURCES))
        elif roll < 0.22:
            checks = [c for c in reconcile_exchange(exchange) if not c.passed]
            if checks:
                chosen = rng.choice(checks)
                exchange.acknowledge(chosen.finding_id, chosen.fingerprint, reviewer="desk", note="seen")
        else:
            stage = rng.choice(stages)
            day = date(2025, 5, 22) + timedelta(days=rng.randint(0, 4))
            recorded = claim(
                stage,
                random_figures(rng),
                source=rng.choice(SOURCES),
                to=rng.choice(DIRECTIONS),
                took_place_on=day if stage and rng.random() < 0.5 else None,
            )
            # Bodies beside the people: the rules check them apart, incrementally as from scratch.
            exchange.record(recorded.model_copy(update={"unit": "bodies"}) if bodies.random() < 0.25 else recorded)
            if bodies.random() < 0.05:
                exchange.state_terms(bodies_terms(bodies))
            if origins.random() < 0.08:
                learn_an_origin(origins, exchange)
            if remains.random() < 0.04:
                say_of_the_remains(remains, exchange)
    return list(exchange.collect_events())  # type: ignore[arg-type]


ORIGINS = (
    Origin(party=UKRAINE, body="Coordination Headquarters"),
    Origin(party=RUSSIA, body="Defence Ministry"),
    Origin(party=MEDIA, body="TASS"),
)


def learn_an_origin(rng: random.Random, exchange: Exchange) -> None:
    """The desk learns whose word a source on file carried: attributed as such, or by recording one of its claims
    again naming the origin. Later claims from the same source, recorded without it, stay without it."""
    unnamed = [state.claim for state in exchange.claims.values() if state.claim.source.origin is None]
    if not unnamed:
        return
    chosen, origin = rng.choice(unnamed), rng.choice(ORIGINS)
    if rng.random() < 0.5:
        exchange.attribute_origin(chosen.source, origin, by="desk", reason="the outlet named its source")
    else:
        exchange.record(chosen.model_copy(update={"source": chosen.source.model_copy(update={"origin": origin})}))


def say_of_the_remains(rng: random.Random, exchange: Exchange) -> None:
    """A source declares the handover of the remains complete, or says it goes on: the bodies' completion and its
    agreement are then checked apart from the people's, incrementally as from scratch."""
    source = rng.choice(SOURCES)
    if rng.random() < 0.7:
        exchange.declare_complete(source, unit="bodies")
    else:
        exchange.deny_completion(source, continuing=True, unit="bodies")


def bodies_terms(rng: random.Random) -> TermsStatement:
    """A source's statement of the bodies' terms: a target to Ukraine alone, or the same to each side."""
    target = Target(kind=rng.choice(["exactly", "at_least"]), count=rng.choice([390, 700, 1000]))
    parties = [UKRAINE] if rng.random() < 0.5 else [UKRAINE, RUSSIA]
    form = "per_direction" if len(parties) == 1 else "each_side"
    return TermsStatement(source=rng.choice(SOURCES), form=form, unit="bodies", targets=dict.fromkeys(parties, target))
