"""Where an entry sits in a YAML node tree (JSON's too): each entry's path and the node that marks its line."""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from adapters.dossier.errors import EntryError, EntryPath

MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"


class NodeError(Exception):
    """Raised while reading the data, about one node; becomes an EntryError once the node's path is found."""

    def __init__(self, node: Node, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


def located(root: Node | None, error: NodeError) -> EntryError:
    """The error at the path of its node (a key, a list item or a value), where it first occurs in the file."""
    entries = walk(root)
    lines = {path: node.start_mark.line for path, node in entries}
    found = [path for path, node in (*entries, *walk(root, entries=False)) if node is error.node]
    path = min(found, key=lambda path: (lines.get(path, 0), len(path)), default=())
    return EntryError(path, error.message, error.node.start_mark.line + 1)


def walk(root: Node | None, *, entries: bool = True) -> list[tuple[EntryPath, Node]]:
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
        if isinstance(key_node, ScalarNode) and key_node.tag != MERGE_TAG
    ]


def _key(key_node: ScalarNode) -> int | str:
    """The key as the data holds it: text, or a whole number written as one."""
    if key_node.tag != _STR_TAG and key_node.value.lstrip("-").isdigit():
        return int(key_node.value)
    return str(key_node.value)
