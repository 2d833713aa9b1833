"""Events stored in an older shape still load and reconcile: the upcaster brings them to the current class."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from eventsourcing.persistence import StoredEvent
from eventsourcing.utils import get_topic

from adapters.persistence.store import open_reconciler
from domain.exchange import ClaimRecorded, CompletionDenied, Exchange, ExchangeDeclaredComplete, exchange_id
from tests.builders import AGGREGATOR, SLUG, TASS, agreement, stage_one

pytestmark = pytest.mark.integration


def first_version_shape(event: ClaimRecorded) -> bytes:
    """A ClaimRecorded as version 1 stored it: no class version and no claim id."""
    state = json.loads(event.model_dump_json(exclude={"originator_id", "originator_version"}))
    del state["claim_id"]
    return json.dumps(state).encode()


def test_a_claim_recorded_in_its_first_shape_loads_with_its_id_and_reconciles(tmp_path: Path) -> None:
    app = open_reconciler(f"sqlite:///{tmp_path / 'recon.sqlite3'}")
    exchange = Exchange.agree(agreement())
    expected_id = exchange.record(stage_one())
    agreed, recorded = exchange.collect_events()
    assert isinstance(recorded, ClaimRecorded)
    old = StoredEvent(
        originator_id=recorded.originator_id,
        originator_version=recorded.originator_version,
        topic=get_topic(ClaimRecorded),
        state=first_version_shape(recorded),
    )
    app.recorder.insert_events([app.mapper.to_stored_event(agreed), old])
    assert b"class_version" not in old.state
    assert b"claim_id" not in old.state

    loaded = app.exchange(SLUG)
    assert list(loaded.claims) == [expected_id]
    report = app.report(SLUG)
    assert report.verdict == "reconciles"
    assert [(p.party, p.accepted) for p in report.progress] == [("Ukraine", 390), ("Russia", 0)]
    app.close()


def test_events_are_stored_with_their_class_version_so_later_shapes_can_be_told_apart(tmp_path: Path) -> None:
    app = open_reconciler(f"sqlite:///{tmp_path / 'recon.sqlite3'}")
    app.agree_exchange(agreement())
    app.record_claim(SLUG, stage_one())
    stored = app.recorder.select_events(exchange_id(SLUG))
    states = [json.loads(event.state) for event in stored]
    assert "class_version" not in states[0]
    assert states[1]["class_version"] == ClaimRecorded.class_version == 2
    app.close()


def without_unit(event: ExchangeDeclaredComplete | CompletionDenied) -> bytes:
    """A declaration or denial of completion as version 1 stored it: no class version and no unit."""
    state = json.loads(event.model_dump_json(exclude={"originator_id", "originator_version"}))
    del state["unit"]
    return json.dumps(state).encode()


def test_a_completion_and_a_denial_stored_before_units_were_named_speak_of_the_exchange_s_own_unit(
    tmp_path: Path,
) -> None:
    app = open_reconciler(f"sqlite:///{tmp_path / 'recon.sqlite3'}")
    exchange = Exchange.agree(agreement())
    exchange.declare_complete(AGGREGATOR)
    exchange.deny_completion(TASS, continuing=True)
    agreed, declared, denied = exchange.collect_events()
    assert isinstance(declared, ExchangeDeclaredComplete)
    assert isinstance(denied, CompletionDenied)
    old = [
        StoredEvent(
            originator_id=event.originator_id,
            originator_version=event.originator_version,
            topic=get_topic(type(event)),
            state=without_unit(event),
        )
        for event in (declared, denied)
    ]
    app.recorder.insert_events([app.mapper.to_stored_event(agreed), *old])
    assert all(b"class_version" not in event.state and b'"unit"' not in event.state for event in old)

    loaded = app.exchange(SLUG)
    assert [(item.source, item.unit) for item in loaded.completions] == [(AGGREGATOR, None)]
    assert [(item.source, item.unit) for item in loaded.denials] == [(TASS, None)]
    findings = [line.id for line in app.report(SLUG).findings if line.rule == "completion-agreement"]
    assert findings == ["completion-agreement/all/-/completion"]
    app.close()
