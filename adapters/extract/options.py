"""What `recon extract` can be asked, apart from the extractor, so that naming it does not load the language data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: naming the command's options loads no domain
    from domain.figures import Moment, Tier

DEFAULT_MAX_BYTES = 1_000_000
"""The largest statement read by default: far beyond any announcement, well short of a stray binary file."""


class ExtractFormat(StrEnum):
    """How `recon extract` prints what it read."""

    YAML = "yaml"
    JSON = "json"
    TEXT = "text"
    MARKDOWN = "markdown"


@dataclass(frozen=True)
class Recording:
    """What the reviewer says about the statement that its text does not: which exchange, stage, and source."""

    exchange: str | None = None
    stage: int | None = None
    source: str | None = None
    tier: Tier | None = None
    url: str | None = None
    published: Moment | None = None
