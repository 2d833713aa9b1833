"""The data of a YAML node tree made only of mappings with text keys, lists, text and the usual scalars, read in one
walk instead of through PyYAML's general constructor, which keeps anchors, merges and deferred objects in mind at
every node and took about as long as parsing the file. Whatever this walk does not take (an alias, a merge key, a
key written twice or not as text, another tag, a value its constructor refuses) it leaves to that constructor, which
builds the same data or says what is wrong: the walk itself never refuses anything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from yaml.nodes import Node, ScalarNode

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_INT = "tag:yaml.org,2002:int"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
SCALAR_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("int", "null", "bool", "float", "timestamp"))
"""Scalars other than text, built by the loader's own constructor for their tag."""

Scalar = Callable[[ScalarNode], Any]


class _NotPlainError(Exception):
    """Raised at the first node the walk leaves to the general constructor."""


def plain_data(root: Node, scalar: Scalar, *, aliases: bool = True) -> tuple[bool, Any]:
    """(True, the data) for a plain tree; (False, None) when the general constructor must read it. `scalar` builds a
    non-text scalar as the loader would, without keeping anything in the loader's memory. `aliases=False` says the
    text has no `*`, so no node can be met twice (an alias) and the walk need not remember the nodes it met."""
    try:
        return True, _Walk(scalar, aliases).data(root)
    except (_NotPlainError, RecursionError):
        return False, None


class _Walk:
    def __init__(self, scalar: Scalar, aliases: bool) -> None:
        self._scalar = scalar
        self._aliases = aliases
        self._seen: set[int] = set()

    def data(self, node: Node) -> Any:
        if self._aliases:
            self._meet(node)
        tag = node.tag
        if tag == _STR:
            return node.value
        if tag == _MAP:
            return self._mapping(node)
        if tag == _SEQ:
            return [self.data(item) for item in node.value]
        if tag in SCALAR_TAGS and isinstance(node, ScalarNode):
            quick = _quick_scalar(tag, node.value)
            if quick is not None:
                return quick
            try:
                return self._scalar(node)
            except Exception:  # too many digits, a date that does not exist: the constructor says which
                raise _NotPlainError from None
        raise _NotPlainError

    def _meet(self, node: Node) -> None:
        if id(node) in self._seen:
            raise _NotPlainError  # an alias: the constructor refuses it by its line
        self._seen.add(id(node))

    def _mapping(self, node: Node) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for key, value in node.value:
            if key.tag != _STR or not isinstance(key, ScalarNode):
                raise _NotPlainError  # a merge key, or a key that is not text
            if self._aliases:
                self._meet(key)
            found[key.value] = self.data(value)
        if len(found) != len(node.value):
            raise _NotPlainError  # a key written twice
        return found


def _quick_scalar(tag: str, value: str) -> int | date | None:
    """A whole number written in plain decimals, or a day: the most common scalars of a dossier, read without the
    constructor's general rules for every other spelling (octal, sexagesimal, underscores, signs, times of day),
    which took about a quarter of the walk; None for anything else, which the constructor reads."""
    if tag == _INT:
        plain = value.isascii() and value.isdigit() and len(value) < 19
        return int(value) if plain and (value[0] != "0" or len(value) == 1) else None  # 017 is octal in YAML 1.1
    if tag == _TIMESTAMP and len(value) == len("2025-05-23"):  # the tag says it is digits: YYYY-MM-DD
        try:
            return date.fromisoformat(value)
        except ValueError:  # a day that does not exist: the constructor says so at its line
            return None
    return None
