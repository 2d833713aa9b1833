"""What `recon extract` can be asked, apart from the extractor, so that naming it does not load the language data."""

from __future__ import annotations

from enum import StrEnum

DEFAULT_MAX_BYTES = 1_000_000
"""The largest statement read by default: far beyond any announcement, well short of a stray binary file."""


class ExtractFormat(StrEnum):
    """How `recon extract` prints what it read."""

    YAML = "yaml"
    JSON = "json"
    TEXT = "text"
    MARKDOWN = "markdown"
