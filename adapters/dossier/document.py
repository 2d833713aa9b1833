"""A dossier's text as plain data, keeping the YAML node tree (JSON's too) to find any entry's line."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from yaml.nodes import Node

from adapters.dossier.errors import EntryPath
from adapters.dossier.json_reader import json_data, json_node_tree
from adapters.dossier.node_paths import walk
from adapters.dossier.yaml_reader import yaml_document

YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json",)


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
            self._root = json_node_tree(self._json_text)
            self._json_text = None
        return self._root

    @cached_property
    def lines(self) -> dict[EntryPath, int]:
        """The line of every entry, by its path; worked out only when a message needs one."""
        return {path: node.start_mark.line + 1 for path, node in walk(self.root)} if self.root else {}

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
        return Document(json_data(text), json_text=text)
    root, data = yaml_document(text, construct=True)
    return Document(data, root)
