"""Reads JSON into plain data with Python's reader, refusing repeated keys and numbers too long to read; the YAML
node tree of the same text (JSON is YAML) says at which line."""

from __future__ import annotations

import json
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode

from adapters.dossier.errors import EntryError
from adapters.dossier.node_paths import NodeError, located, walk
from adapters.dossier.yaml_reader import (
    MAX_DIGITS,
    refuse_duplicate_keys,
    too_long,
    too_long_message,
    yaml_document,
)


class _RepeatedKeyError(Exception):
    """Raised while decoding JSON when a mapping repeats a key; the YAML node tree then says where."""


class _LongNumberError(Exception):
    """Raised while decoding JSON at a number with too many digits; the YAML node tree then says where."""

    def __init__(self, number: str) -> None:
        super().__init__(number)
        self.number = number


def json_data(text: str) -> Any:
    """The data of a JSON text; refuses bad syntax, a key written twice and a number with too many digits."""
    try:
        return _decoded(text)
    except _RepeatedKeyError:
        _refuse_duplicate_json_keys(json_node_tree(text))
        raise EntryError((), "a key is written twice in one mapping") from None
    except _LongNumberError as error:
        raise _long_json_number(json_node_tree(text), error.number) from None


def json_node_tree(text: str) -> Node | None:
    """The YAML node tree of a JSON text, for the lines of its entries; None if YAML cannot read it."""
    root, _ = yaml_document(_tabs_to_spaces(text), construct=False)
    return root


def _bounded_int(number: str) -> int:
    # Signs and underscores only shorten what is counted, so a number no longer than the limit needs no count.
    if len(number) > MAX_DIGITS and too_long(number):
        raise _LongNumberError(number)
    return int(number)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        raise _RepeatedKeyError
    return mapping


def _decoded(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_int=_bounded_int)
    except json.JSONDecodeError as error:
        raise EntryError((), f"this is not valid JSON: {error.msg} (column {error.colno})", error.lineno) from None
    except RecursionError:
        # Python's decoder recurses once per level; a dossier needs a handful of levels, never hundreds.
        raise EntryError((), "this JSON nests lists or mappings too deeply; a dossier needs a few levels") from None


def _long_json_number(root: Node | None, number: str) -> EntryError:
    """The error at the first scalar that holds the long number, or without a line if the tree cannot be had."""
    for _, node in walk(root, entries=False):
        if isinstance(node, ScalarNode) and node.value == number:
            return located(root, NodeError(node, too_long_message(number)))
    return EntryError((), too_long_message(number))


def _tabs_to_spaces(text: str) -> str:
    """A tab is whitespace to JSON but may not indent YAML; outside strings (where JSON forbids raw tabs)
    a space stands in for it without moving anything to another line."""
    return text.replace("\t", " ")


def _refuse_duplicate_json_keys(root: Node | None) -> None:
    """JSON is not constructed by the YAML loader, so its mappings are checked here."""
    try:
        for _, node in walk(root, entries=False):
            if isinstance(node, MappingNode):
                refuse_duplicate_keys(node)
    except NodeError as error:
        raise located(root, error) from None
