"""The domain's choices as the command line offers them, named here so that building the commands loads no domain.

Each mirrors a domain enumeration value for value (a test holds them equal); a command turns the choice into the
domain's own value when it runs.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from domain.terms import Unit


class TierChoice(StrEnum):
    """How far a source is trusted, as `domain.figures.Tier` names it."""

    OFFICIAL = "official"
    ESTABLISHED_MEDIA = "established_media"
    AGGREGATOR = "aggregator"


def unit_named(unit: str | None) -> Unit | None:
    """The unit `--unit` names (None when not given), refused unless recon counts it: people or bodies."""
    from domain.errors import InvalidInputError

    if unit is None:
        return None
    named = unit.strip().lower()
    if named == "people":
        return "people"
    if named == "bodies":
        return "bodies"
    raise InvalidInputError(f"unknown unit {unit!r}: choose people or bodies", "--unit")
