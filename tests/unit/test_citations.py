"""Evidence cited across many stages: compared stage by stage, it equals what comparing it put together gives."""

from __future__ import annotations

import random
from uuid import UUID

import pytest

from domain.figures import Tier
from domain.findings import CHUNK, Chunks, Cited, Evidence, StageCitations


def _item(number: int, version: int = 1) -> Evidence:
    return Evidence(
        source=f"source {number % 3}",
        tier=Tier.ESTABLISHED_MEDIA,
        claim_id=UUID(int=number),
        version=version,
        figure="total",
        value=number,
    )


def test_equal_stages_are_equal_evidence_even_when_held_in_different_chunks() -> None:
    first, second = StageCitations(), StageCitations()
    for citations in (first, second):
        citations.put(3, (_item(1), _item(2)))
        citations.put(CHUNK + 5, (_item(3),))
    second.put(3 * CHUNK, None)  # a chunk with nothing cited in it
    second.put(4, ())
    assert Cited((), first.snapshot()) == Cited((), second.snapshot())


def test_a_stage_citing_another_claim_or_version_differs() -> None:
    first, second = StageCitations(), StageCitations()
    first.put(2, (_item(1),))
    second.put(2, (_item(1, version=2),))
    assert Cited((), first.snapshot()) != Cited((), second.snapshot())
    second.put(2, (_item(1),))
    second.put(CHUNK + 1, (_item(7),))
    assert Cited((), first.snapshot()) != Cited((), second.snapshot())


def test_stages_after_the_last_one_cited_make_no_difference() -> None:
    first, second = StageCitations(), StageCitations()
    for citations in (first, second):
        citations.put(1, (_item(1),))
    second.put(2, (_item(2),))
    assert Cited((), first.snapshot(), through=1) == Cited((), second.snapshot(), through=1)
    assert Cited((), first.snapshot(), through=2) != Cited((), second.snapshot(), through=2)


@pytest.mark.parametrize("seed", range(40))
def test_comparing_stage_by_stage_agrees_with_comparing_the_evidence_put_together(seed: int) -> None:
    # As in the ledger, each claim is cited at its own stage only, at one version or another.
    rng = random.Random(seed)
    citations = StageCitations()
    stages = rng.sample(range(1, 3 * CHUNK), 12)
    claims = {stage: [_item(stage, version) for version in (1, 2)] for stage in stages}
    earlier: list[Chunks] = []
    for _ in range(200):
        stage = rng.choice(stages)
        given = tuple(rng.choice(versions) for versions in [claims[stage]] * rng.randint(1, 2))
        citations.put(stage, rng.choice([None, (), given]))
        through = rng.choice([None, rng.randint(1, 3 * CHUNK)])
        now = Cited((_item(99),), citations.snapshot(), through)
        for before in earlier[-5:]:
            then = Cited((_item(99),), before, through)
            assert (now == then) == (tuple(now) == tuple(then))
        earlier.append(citations.snapshot())
