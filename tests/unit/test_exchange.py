"""The Exchange aggregate: commands validate, events record, replay rebuilds the same state."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from domain.errors import ClaimNotFoundError, ConflictError, InvalidInputError
from domain.exchange import (
    ClaimCorrected,
    ClaimRecorded,
    ClaimRetracted,
    Exchange,
    ExchangeAgreed,
    ExchangeDeclaredComplete,
    exchange_id,
)
from domain.figures import Breakdown, Direction, Figures, Subset
from tests.builders import AGGREGATOR, MINISTRY, PRAVDA, SLUG, agreement, claim, figures, stage_one


def replayed(exchange: Exchange) -> Exchange:
    """Rebuild an exchange from the events it has collected so far."""
    events = exchange.collect_events()
    rebuilt: Exchange | None = None
    for event in events:
        rebuilt = event.mutate(rebuilt)
    assert rebuilt is not None
    return rebuilt


def test_an_exchange_takes_its_id_from_its_slug() -> None:
    exchange = Exchange.agree(agreement())
    assert exchange.id == exchange_id(SLUG)
    assert exchange.parties == ("Ukraine", "Russia")


def test_recording_a_claim_is_an_event_and_recording_it_again_changes_nothing() -> None:
    exchange = Exchange.agree(agreement())
    first = exchange.record(stage_one())
    second = exchange.record(stage_one())
    assert first == second
    assert [type(e) for e in exchange.collect_events()] == [ExchangeAgreed, ClaimRecorded]


def test_a_claim_to_a_party_outside_the_exchange_is_refused_naming_the_direction() -> None:
    exchange = Exchange.agree(agreement())
    with pytest.raises(InvalidInputError) as refused:
        exchange.record(claim(1, figures(390), to="to Belarus"))
    assert refused.value.field == "direction"
    assert "Belarus" in str(refused.value)
    assert exchange.version == 1


def test_a_negative_or_fractional_count_is_refused_by_the_figures_themselves() -> None:
    with pytest.raises(ValidationError, match="greater than or equal to 0"):
        Figures(total=-1)
    with pytest.raises(ValidationError, match="valid integer"):
        Figures.model_validate({"total": 2.5})


def test_a_claim_must_state_at_least_one_figure() -> None:
    with pytest.raises(ValidationError, match="at least one figure"):
        Figures()


def test_an_unknown_direction_is_refused_with_the_accepted_forms() -> None:
    with pytest.raises(ValueError, match="each side"):
        Direction.parse("sideways")


def test_a_correction_replaces_the_figures_and_keeps_the_claim_id() -> None:
    exchange = Exchange.agree(agreement())
    claim_id = exchange.record(claim(1, figures(391)))
    exchange.correct(claim_id, figures(390), reason="typo in the dossier", by="reviewer")
    state = exchange.claims[claim_id]
    assert state.claim.figures.total == 390
    assert (state.recorded_version, state.version) == (2, 3)
    assert type(exchange.collect_events()[-1]) is ClaimCorrected


def test_a_retracted_claim_stays_in_the_history_but_cannot_be_corrected() -> None:
    exchange = Exchange.agree(agreement())
    claim_id = exchange.record(claim(1, figures(391)))
    exchange.retract(claim_id, reason="the outlet withdrew the story", by="reviewer")
    assert not exchange.claims[claim_id].active
    with pytest.raises(ConflictError, match="retracted"):
        exchange.correct(claim_id, figures(390), reason="late fix", by="reviewer")
    assert type(exchange.collect_events()[-1]) is ClaimRetracted


def test_correcting_an_unknown_claim_names_the_claim() -> None:
    exchange = Exchange.agree(agreement())
    other = Exchange.agree(agreement("other"))
    unknown = other.record(stage_one())
    with pytest.raises(ClaimNotFoundError) as refused:
        exchange.correct(unknown, figures(1), reason="x", by="y")
    assert refused.value.field == "claim_id"


def test_each_source_declares_completion_once() -> None:
    exchange = Exchange.agree(agreement())
    exchange.declare_complete(AGGREGATOR)
    exchange.declare_complete(AGGREGATOR)
    assert [type(e) for e in exchange.collect_events()][1:] == [ExchangeDeclaredComplete]


def test_replaying_the_events_rebuilds_the_same_claims() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(stage_one())
    nested = Figures(
        total=307,
        breakdowns=(Breakdown(dimension="branch", within="military", complete=False, parts={"navy": 12}),),
        subsets=(Subset(name="mariupol_defenders", count=27),),
        cumulative=697,
    )
    exchange.record(claim(2, nested, source=PRAVDA))
    exchange.declare_complete(MINISTRY)
    claims, completions = dict(exchange.claims), list(exchange.completions)
    rebuilt = replayed(exchange)
    assert rebuilt.claims == claims
    assert rebuilt.completions == completions
    assert rebuilt.version == 4


def test_events_keep_when_they_were_announced_and_when_recorded() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), source=MINISTRY))
    recorded = exchange.collect_events()[-1]
    assert isinstance(recorded, ClaimRecorded)
    assert recorded.announced_at == MINISTRY.published
    assert recorded.recorded_at.tzinfo is not None


def test_a_correction_without_a_reason_is_refused_naming_the_field_and_records_nothing() -> None:
    exchange = Exchange.agree(agreement())
    claim_id = exchange.record(claim(1, figures(391)))
    with pytest.raises(InvalidInputError) as refused:
        exchange.correct(claim_id, figures(390), reason="  ", by="reviewer")
    assert refused.value.field == "reason"
    assert exchange.version == 2
    assert exchange.claims[claim_id].claim.figures.total == 391


def test_the_same_retraction_again_changes_nothing_and_another_one_is_a_conflict() -> None:
    exchange = Exchange.agree(agreement())
    claim_id = exchange.record(claim(1, figures(391)))
    exchange.retract(claim_id, reason="the outlet withdrew the story", by="reviewer")
    exchange.retract(claim_id, reason="the outlet withdrew the story ", by="reviewer")
    assert exchange.version == 3
    with pytest.raises(ConflictError, match="retracted"):
        exchange.retract(claim_id, reason="another reason", by="reviewer")
