"""What a claim's figures cite, read once per claim: each figure's value with the claim's source, origin and version."""

from __future__ import annotations

from uuid import uuid4

from domain.buckets import claim_evidence, evidence_of
from domain.exchange import ClaimState
from domain.figures import Source, Tier
from domain.findings import Evidence
from tests.builders import MINISTRY, claim, figures

RELAY = Source(
    name="Ukrainska Pravda",
    tier=Tier.ESTABLISHED_MEDIA,
    relays="the Coordination Headquarters",
    origin="Ukraine / Coordination Headquarters",
)


def _state(source: Source) -> ClaimState:
    said = claim(2, figures(300, service=(280, 20), cumulative=690), source=source)
    return ClaimState(claim_id=uuid4(), claim=said, version=7, recorded_version=5)


def test_every_figure_of_a_relayed_claim_cites_the_outlet_the_origin_and_the_version_that_set_it() -> None:
    state = _state(RELAY)
    expected = {
        key: Evidence(
            source="Ukrainska Pravda (citing the Coordination Headquarters)",
            tier=Tier.ESTABLISHED_MEDIA,
            claim_id=state.claim_id,
            version=7,
            figure=key,
            value=value,
            origin="Ukraine / Coordination Headquarters",
            party="Ukraine",
        )
        for key, value in {"total": 300, "cumulative": 690, "service:military": 280, "service:civilian": 20}.items()
    }

    found = claim_evidence(state)

    assert found == expected
    assert list(found) == ["total", "cumulative", "service:military", "service:civilian"]


def test_a_claim_without_an_origin_cites_none_and_only_the_figures_asked_for() -> None:
    state = _state(MINISTRY)

    found = claim_evidence(state, {"service:civilian": 20})

    assert found == {"service:civilian": evidence_of(state, "service:civilian", 20)}
    assert (found["service:civilian"].origin, found["service:civilian"].party) == (None, None)
    assert found["service:civilian"].source == "Ukraine's Defence Ministry"
