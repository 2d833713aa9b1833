"""Reads YAML with PyYAML's safe loader into plain data and its node tree, refusing repeated keys, aliases, numbers
too long to read and dates that do not exist, each at its line."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from adapters.dossier.errors import EntryError
from adapters.dossier.node_paths import MERGE_TAG, NodeError, located
from adapters.dossier.plain_yaml import plain_data

_INT_TAG = "tag:yaml.org,2002:int"
MAX_DIGITS = 100
"""The most digits a number in a dossier may have: far beyond any count, and far below the length at which Python
refuses to read a number at all (thousands of digits), so such a number is named instead of crashing the reader."""

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml: the same safe loader, in pure Python
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _Loader(_SafeLoader):
    """PyYAML's safe loader (its libyaml build when available) refusing repeated keys, aliases and impossible dates."""

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        # An alias is a node met a second time. Refused, because a few nested aliases can stand for billions
        # of entries, and a dossier names its repeated sources under `sources` instead.
        if node in self.constructed_objects:
            raise NodeError(node, "anchors and aliases (&name, *name) are not read; repeat sources by their key")
        return super().construct_object(node, deep)

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        refuse_duplicate_keys(node)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        return mapping

    def construct_yaml_int(self, node: ScalarNode) -> int:
        if too_long(node.value):
            raise NodeError(node, too_long_message(node.value))
        number: int = super().construct_yaml_int(node)
        return number

    def construct_yaml_timestamp(self, node: ScalarNode) -> date | datetime:
        try:
            moment: date | datetime = super().construct_yaml_timestamp(node)
        except ValueError as error:
            raise NodeError(node, f"{node.value} is not a real date: {error}") from None
        return moment


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
_Loader.add_constructor(_INT_TAG, _Loader.construct_yaml_int)


def too_long(number: str) -> bool:
    """Whether a number is written with more digits than a dossier may use."""
    return len(number.lstrip("+-").replace("_", "")) > MAX_DIGITS


def too_long_message(number: str) -> str:
    """The complaint about a number written with too many digits."""
    digits = len(number.lstrip("+-").replace("_", ""))
    return f"this number has {digits:,} digits; a number in a dossier has at most {MAX_DIGITS}"


def refuse_duplicate_keys(node: MappingNode) -> None:
    """Refuse a mapping that writes a key twice, at the second one."""
    first_lines: dict[str, int] = {}
    for key_node, _ in node.value:
        if isinstance(key_node, ScalarNode) and key_node.tag != MERGE_TAG:
            if key_node.value in first_lines:
                first = first_lines[key_node.value]
                raise NodeError(key_node, f"this key is written twice in one mapping (first on line {first})")
            first_lines[key_node.value] = key_node.start_mark.line + 1


def yaml_document(text: str, *, construct: bool) -> tuple[Node | None, Any]:
    """The node tree and, if asked, the data; for JSON the tree only gives lines, so a failure leaves none."""
    loader = _Loader(text)
    root: Node | None = None
    try:
        root = loader.get_single_node()
        if not construct or root is None:
            return root, None
        constructed = loader.yaml_constructors
        plain, data = plain_data(root, lambda node: constructed[node.tag](loader, node), aliases="*" in text)
        return root, data if plain else loader.construct_document(root)
    except NodeError as error:
        raise located(root, error) from None
    except (yaml.MarkedYAMLError, yaml.reader.ReaderError) as error:
        if not construct:
            return None, None
        raise _syntax_error(error, text) from None
    finally:
        loader.dispose()


def _syntax_error(error: yaml.MarkedYAMLError | yaml.reader.ReaderError, text: str) -> EntryError:
    if isinstance(error, yaml.reader.ReaderError):
        line = text.count("\n", 0, error.position) + 1
        code = error.character if isinstance(error.character, int) else ord(error.character)
        return EntryError((), f"this is not valid YAML: the character U+{code:04X} is not allowed in YAML", line)
    mark = error.problem_mark or error.context_mark
    problem = error.problem or error.context or "unreadable"
    column = f" (column {mark.column + 1})" if mark is not None else ""
    return EntryError((), f"this is not valid YAML: {problem}{column}", mark.line + 1 if mark is not None else None)
