"""The YAML style of a written dossier: block style, list items indented under their key, short collections on
one line, multi-line text as a literal block."""

from __future__ import annotations

from typing import Any

import yaml


class Inline(list[Any]):
    """A short list written on one line: [Ukraine, Russia]."""


class InlineMapping(dict[str, Any]):
    """A short mapping written on one line: {military: 270, civilian: 120}."""


class Dumper(yaml.SafeDumper):
    """Block style with list items indented under their key, short collections on one line."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


Dumper.add_representer(str, _represent_text)
Dumper.add_representer(Inline, lambda dumper, data: dumper.represent_sequence("tag:yaml.org,2002:seq", data, True))
Dumper.add_representer(
    InlineMapping, lambda dumper, data: dumper.represent_mapping("tag:yaml.org,2002:map", data, True)
)
