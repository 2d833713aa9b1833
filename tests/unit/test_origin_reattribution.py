"""Origins changed after the fact: a source on file is re-attributed another origin, and what is recorded again from
it, naming the old origin or the new, is recognised as what is on file."""

from __future__ import annotations

import pytest

from adapters.http.pages.claims import claim_story
from adapters.persistence.store import open_reconciler
from domain.errors import InvalidInputError, StaleVersionError
from domain.exchange import Exchange, OriginReattributed
from domain.figures import Origin, Source
from domain.terms import TermsStatement
from tests.builders import SLUG, TASS, agreement, claim, figures

DEFENCE_MINISTRY = Origin(party="Russia", body="Defence Ministry")
HEADQUARTERS = Origin(party="Ukraine", body="Coordination Headquarters")
TASS_FOR_MINISTRY = TASS.model_copy(update={"origin": DEFENCE_MINISTRY})
TASS_FOR_HEADQUARTERS = TASS.model_copy(update={"origin": HEADQUARTERS})


def terms_by(source: Source) -> TermsStatement:
    return TermsStatement.model_validate(
        {"source": source, "form": "each_side", "targets": {"Ukraine": {"kind": "exactly", "count": 1000}}}
    )


def exchange_from_tass() -> Exchange:
    """The agreement, a claim, a completion and a statement of the terms, all from TASS carrying the ministry."""
    exchange = Exchange.agree(agreement().model_copy(update={"source": TASS_FOR_MINISTRY}))
    exchange.record(claim(1, figures(390), source=TASS_FOR_MINISTRY))
    exchange.declare_complete(TASS_FOR_MINISTRY)
    exchange.state_terms(terms_by(TASS_FOR_MINISTRY))
    exchange.attribute_origin(TASS_FOR_MINISTRY, HEADQUARTERS, by="ana", reason="TASS quoted the headquarters")
    return exchange


def test_everything_from_the_source_carries_the_new_origin_and_the_claim_keeps_its_id() -> None:
    exchange = exchange_from_tass()
    assert isinstance(exchange.collect_events()[-1], OriginReattributed)
    assert exchange.agreement.source == TASS_FOR_HEADQUARTERS
    assert [state.claim.source for state in exchange.claims.values()] == [TASS_FOR_HEADQUARTERS]
    assert list(exchange.claims) == [claim(1, figures(390), source=TASS_FOR_MINISTRY).claim_id]
    assert [completion.source for completion in exchange.completions] == [TASS_FOR_HEADQUARTERS]
    assert [stated.statement.source for stated in exchange.terms_statements] == [TASS_FOR_HEADQUARTERS]


@pytest.mark.parametrize("source", [TASS_FOR_MINISTRY, TASS_FOR_HEADQUARTERS], ids=["old origin", "new origin"])
def test_recording_the_same_statements_again_naming_either_origin_changes_nothing(source: Source) -> None:
    exchange = exchange_from_tass()
    exchange.collect_events()
    assert exchange.agreed_as(agreement().model_copy(update={"source": source}))
    on_file = exchange.on_file(claim(1, figures(390), source=source))
    assert exchange.record(claim(1, figures(390), source=source)) == on_file is not None
    exchange.declare_complete(source)
    exchange.state_terms(terms_by(source))
    assert exchange.collect_events() == []


def test_a_re_attribution_without_a_reason_is_refused() -> None:
    exchange = Exchange.agree(agreement())
    exchange.record(claim(1, figures(390), source=TASS_FOR_MINISTRY))
    with pytest.raises(InvalidInputError, match="changing its origin needs who changes it and why") as refused:
        exchange.attribute_origin(TASS_FOR_MINISTRY, HEADQUARTERS, by="ana", reason=" ")
    assert refused.value.field == "reason"


def test_a_store_replays_the_re_attribution_and_the_claims_page_follows_each_origin_change() -> None:
    reconciler = open_reconciler("memory:")
    reconciler.agree_exchange(agreement())
    claim_id = reconciler.record_claim(SLUG, claim(1, figures(390), source=TASS_FOR_MINISTRY)).claim_id
    assert claim_id is not None
    reconciler.attribute_origin(SLUG, claim_id, HEADQUARTERS, "TASS quoted the headquarters", "ana")
    reconciler.attribute_origin(SLUG, claim_id, DEFENCE_MINISTRY, "the ministry said it itself", "olek")
    assert reconciler.exchange(SLUG).claims[claim_id].claim.source == TASS_FOR_MINISTRY
    story = claim_story(reconciler, SLUG, claim_id)
    assert [(change.version, change.kind, change.by, change.reason) for change in story.changes] == [
        (
            3,
            "re-attributed from Russia / Defence Ministry to Ukraine / Coordination Headquarters",
            "ana",
            "TASS quoted the headquarters",
        ),
        (
            4,
            "re-attributed from Ukraine / Coordination Headquarters to Russia / Defence Ministry",
            "olek",
            "the ministry said it itself",
        ),
    ]


def test_a_change_decided_on_an_earlier_version_is_refused_and_nothing_is_written() -> None:
    reconciler = open_reconciler("memory:")
    reconciler.agree_exchange(agreement())
    claim_id = reconciler.record_claim(SLUG, claim(1, figures(390), source=TASS_FOR_MINISTRY)).claim_id
    assert claim_id is not None
    with pytest.raises(StaleVersionError, match="is at version 2, not 1") as refused:
        reconciler.attribute_origin(SLUG, claim_id, HEADQUARTERS, "quoted", "ana", expected_version=1)
    assert refused.value.field == "If-Match"
    assert reconciler.exchange(SLUG).version == 2
    assert reconciler.attribute_origin(SLUG, claim_id, HEADQUARTERS, "quoted", "ana", expected_version=2).changed
