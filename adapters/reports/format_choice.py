"""The formats a command can answer in, apart from the renderers, so a command line can name them cheaply."""

from __future__ import annotations

from enum import StrEnum


class Format(StrEnum):
    """How a command writes its answer."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
