"""Origins learned later: attributed to what is on file from a source, never recorded as a second statement."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

import pytest

from adapters.audit.bundle import export_bundle
from adapters.audit.restore import import_bundle
from adapters.audit.verify import verify_bundle
from adapters.http.pages.claims import claim_story
from adapters.persistence.store import open_reconciler
from domain.errors import ClaimNotFoundError, ConflictError, InvalidInputError
from domain.exchange import Exchange, OriginAttributed
from domain.figures import Origin, Source
from domain.history import AsOf, as_of
from domain.timeline import Event
from tests.builders import AGGREGATOR, PRAVDA, SLUG, TASS, agreement, claim, figures, stage_one

HEADQUARTERS = Origin(party="Ukraine", body="Coordination Headquarters")
DEFENCE_MINISTRY = Origin(party="Russia", body="Defence Ministry")


def naming(source: Source, origin: Origin) -> Source:
    return source.model_copy(update={"origin": origin})


def test_a_claim_recorded_again_naming_its_origin_keeps_its_id_and_carries_the_origin() -> None:
    exchange = Exchange.agree(agreement())
    first = exchange.record(claim(1, figures(390), source=PRAVDA))
    again = exchange.record(claim(1, figures(390), source=naming(PRAVDA, HEADQUARTERS)))
    assert again == first
    assert list(exchange.claims) == [first]
    assert exchange.claims[first].claim.source.origin == HEADQUARTERS
    assert exchange.claims[first].version == 3
    assert [type(event).__name__ for event in exchange.collect_events()][-1] == "OriginAttributed"


def test_the_agreement_and_a_completion_from_the_source_are_attributed_with_its_claims() -> None:
    exchange = Exchange.agree(agreement())  # announced by TASS
    exchange.declare_complete(TASS)
    exchange.record(claim(1, figures(390), source=TASS))
    exchange.declare_complete(naming(TASS, DEFENCE_MINISTRY))
    assert exchange.agreement.source.origin == DEFENCE_MINISTRY
    assert [completion.source.origin for completion in exchange.completions] == [DEFENCE_MINISTRY]
    assert {state.claim.source.origin for state in exchange.claims.values()} == {DEFENCE_MINISTRY}
    assert exchange.agreed_as(agreement().model_copy(update={"source": naming(TASS, DEFENCE_MINISTRY)}))


def test_a_claim_attributed_one_origin_and_recorded_naming_another_is_a_conflict_and_nothing_is_written() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), source=PRAVDA))
    exchange.attribute_origin(PRAVDA, HEADQUARTERS, by="ana", reason="the article names the headquarters")
    exchange.collect_events()
    other = Origin(party="Ukraine", body="President Zelensky")
    with pytest.raises(ConflictError, match="attributed to Ukraine / Coordination Headquarters, not Ukraine / Pres"):
        exchange.record(claim(1, figures(390), source=naming(PRAVDA, other)))
    assert exchange.collect_events() == []


def test_attributing_a_source_nothing_came_from_its_own_origin_again_or_another_without_a_reason_is_refused() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(stage_one())
    with pytest.raises(ClaimNotFoundError, match=r"nothing from Sakh\.online is on file"):
        exchange.attribute_origin(AGGREGATOR, DEFENCE_MINISTRY)
    named = naming(PRAVDA, HEADQUARTERS)
    exchange.record(claim(2, figures(307), source=named))
    with pytest.raises(InvalidInputError, match="already carries the word of Ukraine / Coordination Headquarters"):
        exchange.attribute_origin(named, HEADQUARTERS)
    with pytest.raises(InvalidInputError, match="changing its origin needs who changes it and why"):
        exchange.attribute_origin(named, DEFENCE_MINISTRY, by="ana")
    with pytest.raises(InvalidInputError, match="Qatar is not a party or mediator"):
        exchange.attribute_origin(stage_one().source, Origin(party="Qatar", body="Foreign Ministry"))


def test_a_view_as_announced_before_the_attribution_was_made_reads_the_source_without_its_origin() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), source=PRAVDA))
    exchange.attribute_origin(PRAVDA, HEADQUARTERS, by="ana", reason="the article names the headquarters")
    events = cast(list[Event], exchange.collect_events())
    (attribution,) = [event for event in events if isinstance(event, OriginAttributed)]
    before = as_of(events, AsOf(announced_before=attribution.timestamp))
    after = as_of(events, AsOf(announced_before=datetime(2100, 1, 1, tzinfo=UTC)))
    assert [state.claim.source.origin for state in before.claims.values()] == [None]
    assert [state.claim.source.origin for state in after.claims.values()] == [HEADQUARTERS]


def test_a_claims_page_story_lists_the_origin_attributed_to_its_source() -> None:
    reconciler = open_reconciler("memory:")
    reconciler.agree_exchange(agreement())
    recorded = reconciler.record_claim(SLUG, claim(1, figures(390), source=PRAVDA)).claim_id
    assert recorded is not None
    reconciler.record_claim(SLUG, claim(2, figures(307), source=naming(PRAVDA, HEADQUARTERS)))
    reconciler.record_claim(SLUG, claim(1, figures(390), source=naming(PRAVDA, HEADQUARTERS)))
    story = claim_story(reconciler, SLUG, recorded)
    assert [(change.version, change.kind, change.by, change.reason) for change in story.changes] == [
        (4, "attributed to Ukraine / Coordination Headquarters", "import", "recorded again naming its origin")
    ]


def test_an_attribution_travels_in_an_audit_bundle_and_the_imported_exchange_reports_the_same() -> None:
    source = open_reconciler("memory:")
    source.agree_exchange(agreement())
    source.record_claim(SLUG, claim(1, figures(390), source=PRAVDA))
    source.record_claim(SLUG, claim(1, figures(390), source=naming(PRAVDA, HEADQUARTERS)))
    target = open_reconciler("memory:")
    bundle = verify_bundle(export_bundle(source, SLUG).to_bytes(), "attributed.bundle")
    import_bundle(target, bundle, "attributed.bundle")
    assert [type(event).__name__ for event in target.history(SLUG)][-1] == "OriginAttributed"
    assert target.report(SLUG) == source.report(SLUG)
