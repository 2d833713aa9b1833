"""The domain's choices as the command line offers them, named here so that building the commands loads no domain.

Each mirrors a domain enumeration value for value (a test holds them equal); a command turns the choice into the
domain's own value when it runs.
"""

from __future__ import annotations

from enum import StrEnum


class TierChoice(StrEnum):
    """How far a source is trusted, as `domain.figures.Tier` names it."""

    OFFICIAL = "official"
    ESTABLISHED_MEDIA = "established_media"
    AGGREGATOR = "aggregator"
