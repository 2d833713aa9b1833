"""Reads a dossier's text into plain data, keeping the YAML node tree to find any entry's line (JSON too)."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cached_property
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from adapters.dossier.errors import EntryError, EntryPath
from adapters.dossier.plain_yaml import plain_data

YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json",)
_MERGE_TAG = "tag:yaml.org,2002:merge"
_INT_TAG = "tag:yaml.org,2002:int"
MAX_DIGITS = 100
"""The most digits a number in a dossier may have: far beyond any count, and far below the length at which Python
refuses to read a number at all (thousands of digits), so such a number is named instead of crashing the reader."""
_STR_TAG = "tag:yaml.org,2002:str"

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml: the same safe loader, in pure Python
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _NodeError(Exception):
    """Raised while constructing the data, about one node; becomes an EntryError once the node's path is found."""

    def __init__(self, node: Node, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


class _Loader(_SafeLoader):
    """PyYAML's safe loader (its libyaml build when available) refusing repeated keys, aliases and impossible dates."""

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        # An alias is a node met a second time. Refused, because a few nested aliases can stand for billions
        # of entries, and a dossier names its repeated sources under `sources` instead.
        if node in self.constructed_objects:
            raise _NodeError(node, "anchors and aliases (&name, *name) are not read; repeat sources by their key")
        return super().construct_object(node, deep)

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        _refuse_duplicate_keys(node)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        return mapping

    def construct_yaml_int(self, node: ScalarNode) -> int:
        if _too_long(node.value):
            raise _NodeError(node, _too_long_message(node.value))
        number: int = super().construct_yaml_int(node)
        return number

    def construct_yaml_timestamp(self, node: ScalarNode) -> date | datetime:
        try:
            moment: date | datetime = super().construct_yaml_timestamp(node)
        except ValueError as error:
            raise _NodeError(node, f"{node.value} is not a real date: {error}") from None
        return moment


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
_Loader.add_constructor(_INT_TAG, _Loader.construct_yaml_int)


def _too_long(number: str) -> bool:
    return len(number.lstrip("+-").replace("_", "")) > MAX_DIGITS


def _too_long_message(number: str) -> str:
    digits = len(number.lstrip("+-").replace("_", ""))
    return f"this number has {digits:,} digits; a number in a dossier has at most {MAX_DIGITS}"


def _refuse_duplicate_keys(node: MappingNode) -> None:
    first_lines: dict[str, int] = {}
    for key_node, _ in node.value:
        if isinstance(key_node, ScalarNode) and key_node.tag != _MERGE_TAG:
            if key_node.value in first_lines:
                first = first_lines[key_node.value]
                raise _NodeError(key_node, f"this key is written twice in one mapping (first on line {first})")
            first_lines[key_node.value] = key_node.start_mark.line + 1


class Document:
    """A dossier's content as plain data, and the line each entry starts on."""

    def __init__(self, data: Any, root: Node | None = None, json_text: str | None = None) -> None:
        self.data = data
        self._root = root
        self._json_text = json_text

    @property
    def root(self) -> Node | None:
        """The YAML node tree; for JSON it is composed only when a line number is needed."""
        if self._root is None and self._json_text is not None:
            self._root, _ = _yaml_document(_tabs_to_spaces(self._json_text), construct=False)
            self._json_text = None
        return self._root

    @cached_property
    def lines(self) -> dict[EntryPath, int]:
        """The line of every entry, by its path; worked out only when a message needs one."""
        return {path: node.start_mark.line + 1 for path, node in _walk(self.root)} if self.root else {}

    def line_of(self, path: EntryPath) -> int | None:
        """The line of the entry at `path`, or of its nearest enclosing entry the file has."""
        for length in range(len(path), -1, -1):
            line = self.lines.get(path[:length])
            if line is not None:
                return line
        return None


def parse_document(text: str, suffix: str) -> Document:
    """Parse a dossier's text, YAML or JSON by its suffix; refuses bad syntax and a key written twice."""
    if suffix in JSON_SUFFIXES:
        document = Document(None, json_text=text)
        try:
            document.data = _json_data(text)
        except _RepeatedKeyError:
            _refuse_duplicate_json_keys(document.root)
            raise EntryError((), "a key is written twice in one mapping") from None
        except _LongNumberError as error:
            raise _long_json_number(document.root, error.number) from None
        return document
    root, data = _yaml_document(text, construct=True)
    return Document(data, root)


class _RepeatedKeyError(Exception):
    """Raised while decoding JSON when a mapping repeats a key; the YAML node tree then says where."""


class _LongNumberError(Exception):
    """Raised while decoding JSON at a number with too many digits; the YAML node tree then says where."""

    def __init__(self, number: str) -> None:
        super().__init__(number)
        self.number = number


def _bounded_int(number: str) -> int:
    if _too_long(number):
        raise _LongNumberError(number)
    return int(number)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        raise _RepeatedKeyError
    return mapping


def _json_data(text: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_int=_bounded_int)
    except json.JSONDecodeError as error:
        raise EntryError((), f"this is not valid JSON: {error.msg} (column {error.colno})", error.lineno) from None
    except RecursionError:
        # Python's decoder recurses once per level; a dossier needs a handful of levels, never hundreds.
        raise EntryError((), "this JSON nests lists or mappings too deeply; a dossier needs a few levels") from None


def _long_json_number(root: Node | None, number: str) -> EntryError:
    """The error at the first scalar that holds the long number, or without a line if the tree cannot be had."""
    for _, node in _walk(root, entries=False):
        if isinstance(node, ScalarNode) and node.value == number:
            return _located(root, _NodeError(node, _too_long_message(number)))
    return EntryError((), _too_long_message(number))


def _tabs_to_spaces(text: str) -> str:
    """A tab is whitespace to JSON but may not indent YAML; outside strings (where JSON forbids raw tabs)
    a space stands in for it without moving anything to another line."""
    return text.replace("\t", " ")


def _yaml_document(text: str, *, construct: bool) -> tuple[Node | None, Any]:
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
    except _NodeError as error:
        raise _located(root, error) from None
    except (yaml.MarkedYAMLError, yaml.reader.ReaderError) as error:
        if not construct:
            return None, None
        raise _syntax_error(error, text) from None
    finally:
        loader.dispose()


def _refuse_duplicate_json_keys(root: Node | None) -> None:
    """JSON is not constructed by the YAML loader, so its mappings are checked here."""
    try:
        for _, node in _walk(root, entries=False):
            if isinstance(node, MappingNode):
                _refuse_duplicate_keys(node)
    except _NodeError as error:
        raise _located(root, error) from None


def _syntax_error(error: yaml.MarkedYAMLError | yaml.reader.ReaderError, text: str) -> EntryError:
    if isinstance(error, yaml.reader.ReaderError):
        line = text.count("\n", 0, error.position) + 1
        code = error.character if isinstance(error.character, int) else ord(error.character)
        return EntryError((), f"this is not valid YAML: the character U+{code:04X} is not allowed in YAML", line)
    mark = error.problem_mark or error.context_mark
    problem = error.problem or error.context or "unreadable"
    column = f" (column {mark.column + 1})" if mark is not None else ""
    return EntryError((), f"this is not valid YAML: {problem}{column}", mark.line + 1 if mark is not None else None)


def _located(root: Node | None, error: _NodeError) -> EntryError:
    """The error at the path of its node (a key, a list item or a value), where it first occurs in the file."""
    entries = _walk(root)
    lines = {path: node.start_mark.line for path, node in entries}
    found = [path for path, node in (*entries, *_walk(root, entries=False)) if node is error.node]
    path = min(found, key=lambda path: (lines.get(path, 0), len(path)), default=())
    return EntryError(path, error.message, error.node.start_mark.line + 1)


def _walk(root: Node | None, *, entries: bool = True) -> list[tuple[EntryPath, Node]]:
    """Each entry under `root` by path, with its key or list-item node (with entries=False, its value's node)."""
    found: list[tuple[EntryPath, Node]] = [((), root)] if root is not None else []
    pending = list(found)
    visited: set[int] = set()
    while pending:
        path, node = pending.pop()
        if id(node) in visited:
            continue
        visited.add(id(node))
        for segment, entry, child in _children(node):
            found.append(((*path, segment), entry if entries else child))
            pending.append(((*path, segment), child))
    return found


def _children(node: Node) -> list[tuple[int | str, Node, Node]]:
    """(segment, the node that marks its line, the node to descend into) for each entry of a list or mapping."""
    if isinstance(node, SequenceNode):
        return [(index, item, item) for index, item in enumerate(node.value)]
    if not isinstance(node, MappingNode):
        return []
    return [
        (_key(key_node), key_node, value_node)
        for key_node, value_node in node.value
        if isinstance(key_node, ScalarNode) and key_node.tag != _MERGE_TAG
    ]


def _key(key_node: ScalarNode) -> int | str:
    """The key as the data holds it: text, or a whole number written as one."""
    if key_node.tag != _STR_TAG and key_node.value.lstrip("-").isdigit():
        return int(key_node.value)
    return str(key_node.value)
