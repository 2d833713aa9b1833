"""Directions: who received the people of a figure, one party, each side alike, or both sides added together."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import model_validator

from domain.limits import Name
from domain.values import Value

_DIRECTION_TEXT = re.compile(r"^\s*(?:to\s+(?P<party>.+?)|(?P<each>each[ _-]side)|(?P<both>combined))\s*$", re.I)


class Direction(Value):
    """Who received the people: one party, each side alike, or both sides added together."""

    kind: Literal["to", "each_side", "combined"]
    party: Name | None = None

    @model_validator(mode="after")
    def _party_only_for_to(self) -> Direction:
        if (self.kind == "to") != (self.party is not None):
            raise ValueError("a direction names a party exactly when it is 'to <party>'")
        return self

    @classmethod
    def to(cls, party: str) -> Direction:
        """People received by `party`."""
        return _direction_to(party)

    @classmethod
    def parse(cls, text: str) -> Direction:
        """Read 'to Ukraine', 'each side' or 'combined'."""
        return _parse_direction(text)

    @property
    def label(self) -> str:
        """'to Ukraine', 'each side' or 'combined'."""
        return f"to {self.party}" if self.kind == "to" else self.kind.replace("_", " ")


# Directions are immutable and a dossier repeats a handful of them thousands of times: build each once.
@lru_cache(maxsize=256)
def _direction_to(party: str) -> Direction:
    return Direction(kind="to", party=party)


@lru_cache(maxsize=256)
def _parse_direction(text: str) -> Direction:
    match = _DIRECTION_TEXT.match(text)
    if match is None:
        raise ValueError(f"unknown direction {text!r}: write 'to <party>', 'each side' or 'combined'")
    if match["party"]:
        return _direction_to(match["party"])
    return Direction(kind="each_side" if match["each"] else "combined")
