"""Audit bundles in memory: the hash chain, the manifest, and verification naming the first tampered record."""

from __future__ import annotations

import hashlib
import json

import pytest

from adapters.audit.bundle import (
    GENESIS,
    RECORD_FIELDS,
    Bundle,
    BundleError,
    Record,
    canonical,
    digest,
    export_bundle,
    seal,
)
from adapters.audit.verify import verify_bundle
from adapters.persistence.store import open_reconciler
from domain.application import Reconciler
from domain.exchange import exchange_id
from tests.builders import SLUG, agreement, stage_one
from tests.histories import history
from tests.tampering import edited, lines_of, removed, repeated, swapped

FILE = "istanbul.bundle"


@pytest.fixture
def app() -> Reconciler:
    reconciler = open_reconciler("memory:")
    history(reconciler)
    return reconciler


@pytest.fixture
def bundle(app: Reconciler) -> Bundle:
    return export_bundle(app, SLUG)


@pytest.fixture
def data(bundle: Bundle) -> bytes:
    return bundle.to_bytes()


def refusal(data: bytes, head: str | None = None) -> BundleError:
    with pytest.raises(BundleError) as caught:
        verify_bundle(data, FILE, head)
    return caught.value


def test_canonical_json_sorts_keys_leaves_no_spaces_and_keeps_text_as_written() -> None:
    assert canonical({"b": 1, "a": ["é", "x\ny"]}) == '{"a":["é","x\\ny"],"b":1}'


def test_each_record_hashes_its_other_fields_as_canonical_json(bundle: Bundle) -> None:
    for line, record in zip(lines_of(bundle.to_bytes())[1:], bundle.records, strict=True):
        fields = json.loads(line)
        stated = fields.pop("sha256")
        assert stated == record.sha256 == hashlib.sha256(canonical(fields).encode()).hexdigest()
        assert line.decode() == canonical({**fields, "sha256": stated})


def test_the_first_record_follows_the_genesis_and_every_other_the_record_before(bundle: Bundle) -> None:
    previous = [record.previous for record in bundle.records]
    assert previous == [GENESIS, *(record.sha256 for record in bundle.records[:-1])]
    assert bundle.manifest.genesis == GENESIS == "0" * 64


def test_the_manifest_names_the_exchange_counts_the_records_and_gives_the_last_hash(bundle: Bundle) -> None:
    manifest = bundle.manifest
    assert (manifest.format, manifest.hash, manifest.slug) == ("recon-bundle/1", "sha256", SLUG)
    assert manifest.exchange_id == str(exchange_id(SLUG))
    assert manifest.records == len(bundle.records) == 7
    assert manifest.head == bundle.records[-1].sha256
    assert manifest.record_fields == RECORD_FIELDS
    assert manifest.tool.startswith("exchange-reconciler ")
    assert manifest.sha256 == manifest.computed()


def test_records_hold_every_stored_event_in_version_order_exactly_as_stored(app: Reconciler, bundle: Bundle) -> None:
    stored = app.recorder.select_events(exchange_id(SLUG))
    assert [record.stored_event() for record in bundle.records] == list(stored)
    assert [(r.position, r.originator_version) for r in bundle.records] == [(n, n) for n in range(1, 8)]
    assert bundle.records[3].topic == "domain.exchange:FindingAcknowledged"


def test_exporting_again_gives_the_same_bytes_and_a_uuid_finds_the_same_exchange(app: Reconciler, data: bytes) -> None:
    assert export_bundle(app, SLUG).to_bytes() == data
    assert export_bundle(app, exchange_id(SLUG)).to_bytes() == data


def test_an_intact_bundle_verifies_as_written(bundle: Bundle, data: bytes) -> None:
    assert verify_bundle(data, FILE) == bundle
    assert verify_bundle(data, FILE, bundle.manifest.head.upper()) == bundle


def test_an_altered_figure_names_its_line_position_and_both_hashes(data: bytes) -> None:
    error = refusal(edited(data, 3, '\\"total\\":390', '\\"total\\":391'))
    assert (error.file, error.line) == (FILE, 3)
    assert str(error).startswith(f"{FILE}:3: altered: position 2, version 2 hashes to ")
    assert "but its sha256 says" in error.message


def test_an_altered_record_given_a_new_hash_breaks_the_chain_at_the_next_record(bundle: Bundle) -> None:
    body = bundle.records[2].body()
    body["state"] = body["state"].replace('"total":391', '"total":392')
    forged = Record.model_validate({**body, "sha256": digest(body)})
    records = (*bundle.records[:2], forged, *bundle.records[3:])
    error = refusal(Bundle(bundle.manifest, records).to_bytes())
    assert error.line == 5
    assert error.message.startswith(
        f"altered: position 4, version 4 should follow {forged.sha256} (the sha256 of line 4)"
    )


def test_a_removed_record_is_missing_at_the_line_where_it_was(data: bytes) -> None:
    error = refusal(removed(data, 4))
    assert (error.line, error.message) == (
        4,
        "missing: expected position 3, found position 4; position 3 is not in the file",
    )


def test_two_records_trading_places_are_reordered(data: bytes) -> None:
    error = refusal(swapped(data, 4, 5))
    assert error.line == 4
    assert error.message == "reordered: expected position 3, found position 4; position 3 comes later, at line 5"


def test_a_record_written_twice_is_inserted(data: bytes) -> None:
    error = refusal(repeated(data, 4))
    assert (error.line, error.message) == (
        5,
        "inserted: expected position 4, found position 3 again (already at line 4)",
    )


def test_a_bundle_cut_after_a_record_is_missing_the_rest(data: bytes) -> None:
    error = refusal(data[: data.index(b"\n", data.index(b'"position":6')) + 1])
    assert error.line == 8
    assert error.message == "missing: expected the record at position 7 of 7, found the end of the file (truncated)"


def test_a_bundle_cut_inside_a_line_names_that_line(data: bytes) -> None:
    error = refusal(data[: data.index(b'"position":6') + 5])
    assert (error.line, error.message) == (
        7,
        "altered: expected the record at position 6, found a line cut short: the file ends without its newline",
    )


def test_a_record_after_the_last_is_inserted(bundle: Bundle, data: bytes) -> None:
    error = refusal(data + lines_of(data)[-1] + b"\n")
    assert (error.line, error.message) == (9, "inserted: the manifest lists 7 records, found a line after the last")


def test_a_record_of_another_exchange_chained_in_is_inserted(app: Reconciler) -> None:
    other = open_reconciler("memory:")
    other.agree_exchange(agreement("abu-dhabi-2025"))
    other.record_claim("abu-dhabi-2025", stage_one())
    events = [
        *app.recorder.select_events(exchange_id(SLUG))[:6],
        other.recorder.select_events(exchange_id("abu-dhabi-2025"))[1],
    ]
    events[6] = type(events[6])(events[6].originator_id, 7, events[6].topic, events[6].state)
    error = refusal(seal(exchange_id(SLUG), SLUG, events).to_bytes())
    assert error.line == 8
    assert error.message.startswith(
        f"inserted: position 7, version 7 belongs to exchange {exchange_id('abu-dhabi-2025')}"
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"records":7', '"records":6'),
        ('"tool":"exchange-reconciler', '"tool":"exchange-reconcilor'),
        ('"slug":"', '"slug": "'),
    ],
)
def test_any_change_to_the_manifest_is_found_on_line_1(data: bytes, old: str, new: str) -> None:
    assert refusal(edited(data, 1, old, new)).line == 1


def test_a_manifest_whose_id_is_not_that_of_its_slug_is_altered(app: Reconciler) -> None:
    events = app.recorder.select_events(exchange_id(SLUG))
    error = refusal(seal(exchange_id("elsewhere"), SLUG, events).to_bytes())
    assert error.line == 1
    assert error.message.startswith(f"altered: exchange {SLUG} has the id {exchange_id(SLUG)}")


def test_a_head_other_than_the_published_one_is_refused(data: bytes) -> None:
    error = refusal(data, "ab" * 32)
    assert (error.line, error.message.split(", not")[1]) == (1, f" the published {'ab' * 32}")


@pytest.mark.parametrize(
    ("data", "found"),
    [
        (b"", "the file is empty"),
        (b"\xff\n", "its first line is bytes that are not UTF-8 text (at column 1)"),
        (b"[1,2\n", "its first line is text that is not JSON (Expecting ',' delimiter at column 5)"),
        (b"a,b\n1,2\n", "its first line is text that is not JSON (Expecting value at column 1)"),
        (b"{}\n", 'its first line does not say "format":"recon-bundle/1"'),
        (b"\x00\x01", "its first line is text that is not JSON (Expecting value at column 1)"),
    ],
)
def test_what_never_was_a_bundle_is_called_not_a_bundle_at_line_1(data: bytes, found: str) -> None:
    error = refusal(data)
    assert error.line == 1
    assert error.message == f"not an audit bundle (recon-bundle/1): {found}; `recon export EXCHANGE -o FILE` writes one"


def test_a_manifest_cut_short_after_naming_the_bundle_format_is_altered(data: bytes) -> None:
    manifest = data.split(b"\n")[0]
    cut = manifest[: manifest.index(b'"format":"recon-bundle/1"') + 30]
    assert refusal(cut).message.endswith("found a line cut short: the file ends without its newline")


def test_a_manifest_naming_the_bundle_format_without_its_hash_is_altered(data: bytes) -> None:
    manifest = data.split(b"\n")[0]
    broken = manifest.replace(b',"sha256":', b',"sha":') + b"\n"
    assert refusal(broken).message.endswith("found fields that are not a manifest's: sha256: Field required")
