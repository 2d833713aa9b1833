"""A dossier's YAML read in one walk gives PyYAML's own data, and leaves every unusual tree to PyYAML."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from adapters.dossier.document import parse_document
from adapters.dossier.errors import EntryError
from adapters.dossier.plain_yaml import plain_data

PLAIN = """
format: recon-dossier/2
exchange: {id: x, parties: [Ukraine, Russia], terms: {each side: 1000}, agreed_on: 2025-05-16}
sources:
  tass: {name: TASS, tier: established_media, published: 2025-05-23, url: "https://tass.com/1"}
claims:
  - stage: 1
    direction: to Ukraine
    note: ~
    planned: false
    share: 0.5
    announced_at: 2025-05-23T20:00:00+03:00
    figures: {total: 390, breakdowns: {service: {military: 270, civilian: 120}}}
  - {stage: 2, direction: 'to Russia', figures: {total: 0x10, cumulative: 1_000}, note: "07"}
"""


def _read(text: str) -> tuple[bool, Any]:
    loader = yaml.SafeLoader("")
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    assert root is not None
    return plain_data(root, lambda node: loader.yaml_constructors[node.tag](loader, node))


def test_a_plain_dossier_reads_as_pyyaml_reads_it_value_for_value_and_type_for_type() -> None:
    plain, data = _read(PLAIN)

    assert plain
    assert repr(data) == repr(yaml.safe_load(PLAIN))


@pytest.mark.parametrize(
    "text",
    [
        "a: &one {x: 1}\nb: *one\n",
        "a: {<<: {x: 1}, y: 2}\n",
        "a: 1\na: 2\n",
        "1: one\n",
        "a: !!set {x, y}\n",
        "a: !!binary aGVsbG8=\n",
        "a: 2025-02-30\n",
    ],
    ids=["alias", "merge key", "key twice", "number as key", "set", "binary", "impossible date"],
)
def test_an_unusual_tree_is_left_to_pyyaml(text: str) -> None:
    assert _read(text) == (False, None)


def test_a_tree_left_to_pyyaml_still_reads_as_it_always_did() -> None:
    document = parse_document("claims: {<<: {stage: 1}, direction: to Ukraine}\n", ".yaml")

    assert document.data == {"claims": {"stage": 1, "direction": "to Ukraine"}}


AWKWARD = [
    *("0", "7", "390", "-5", "+5", "017", "08", "0o17", "0x1F", "0b101", "1_000", "1:20", "190:20:30"),
    *("123456789012345678", "1234567890123456789", "99999999999999999999", "1.5", "1e3", ".inf", "٣"),
    *("2025-05-23", "2025-5-3", "2025-05-23 10:00:00", "2025-05-23T10:00:00+03:00", "2025-05-23T10:00:00Z"),
    *("'2025-05-23'", '"390"', "yes", "No", "on", "OFF", "y", "~", "null", "", "'017'", "Київ", "=", "<<"),
]


@pytest.mark.parametrize("scalar", AWKWARD)
def test_an_awkward_scalar_reads_as_pyyaml_reads_it(scalar: str) -> None:
    text = f"value: {scalar}\nlisted: [{scalar or '~'}]\n"
    try:
        expected = repr(yaml.safe_load(text))
    except yaml.YAMLError:
        with pytest.raises(EntryError):
            parse_document(text, ".yaml")
        return
    assert repr(parse_document(text, ".yaml").data) == expected


@pytest.mark.parametrize("day", ["2025-02-30", "0000-01-01"])
def test_a_day_that_does_not_exist_is_refused_at_its_line(day: str) -> None:
    with pytest.raises(EntryError) as refused:
        parse_document(f"format: recon-dossier/2\nagreed_on: {day}\n", ".yaml")
    assert (refused.value.path, refused.value.line) == (("agreed_on",), 2)
    assert "is not a real date" in refused.value.message
