"""The newsroom phrases the features use, each read into a domain value: sources, directions, stages, counts."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from pytest_bdd import parsers

from domain.figures import Direction, Source, Target, Terms, Tier

TIERS = {tier.value.replace("_", " "): tier for tier in Tier}
_SOURCE = re.compile(r"(?P<name>[^()]+?) \((?P<tier>[a-z ]+?)(?:, citing (?P<relays>[^()]+))?\)")
_TARGET = re.compile(r"(?P<kind>exactly|at least) (?P<count>[\d,]+)|(?P<none>no numeric target)")
_TERM = re.compile(rf"(?P<target>{_TARGET.pattern}) to (?P<whom>each side|.+)")
Value = TypeVar("Value")


class Phrase(Generic[Value]):
    """A kind of step parameter: the words it matches (without capturing groups) and the value they become."""

    def __init__(self, pattern: str, read: Callable[[str], Value]) -> None:
        self.pattern = pattern
        self._read = read

    def __call__(self, text: str) -> Value:
        return self._read(text)


def source_of(text: str) -> Source:
    """'TASS (established media, citing Russia's Defence Ministry)' as a Source; a leading 'the' is not its name."""
    match = _SOURCE.fullmatch(text)
    if match is None or match["tier"] not in TIERS:
        raise ValueError(f"write a source as 'Name (official|established media|aggregator)', not {text!r}")
    name = match["name"].removeprefix("the ")
    return Source(name=name, tier=TIERS[match["tier"]], relays=match["relays"])


def direction_of(text: str) -> Direction:
    """'to Ukraine', 'each side' or 'combined' as a Direction."""
    return Direction.parse(text)


def stage_of(text: str) -> int | None:
    """'stage 2' as 2; 'the whole exchange' as None."""
    return None if text == "the whole exchange" else int(text.removeprefix("stage "))


def count_of(text: str) -> int:
    """'1,000' or '390' as a whole number."""
    return int(text.replace(",", ""))


PHRASES: dict[str, Phrase[Any]] = {
    "Source": Phrase(r"[^()]+? \([a-z ]+?(?:, citing [^()]+)?\)", source_of),
    "Direction": Phrase(r"to [^:,]+?|each side|combined", direction_of),
    "Stage": Phrase(r"stage \d+|the whole exchange", stage_of),
    "Count": Phrase(r"\d{1,3}(?:,\d{3})+|\d+", count_of),
}


def phrase(text: str) -> parsers.parse:
    """A step pattern that understands {source:Source}, {direction:Direction}, {stage:Stage} and {n:Count}."""
    return parsers.parse(text, extra_types=PHRASES)


def target_of(text: str) -> Target:
    """'exactly 1,000', 'at least 50' or 'no numeric target' as a Target."""
    match = _TARGET.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"write a target as 'exactly N', 'at least N' or 'no numeric target', not {text!r}")
    if match["none"]:
        return Target(kind="unspecified")
    return Target(kind="exactly" if match["kind"] == "exactly" else "at_least", count=count_of(match["count"]))


def terms_of(text: str, parties: tuple[str, str]) -> Terms:
    """'exactly 1,000 to each side', 'at least 50 to Ukraine and no numeric target to Russia', or 'all for all'."""
    if text.strip() == "all for all":
        return Terms(targets={party: Target(kind="unspecified") for party in parties})
    targets: dict[str, Target] = {}
    for term in re.split(r",\s+|\s+and\s+", text.strip()):
        match = _TERM.fullmatch(term)
        if match is None:
            raise ValueError(f"write each term as '<target> to <party>' or '<target> to each side', not {term!r}")
        whom = parties if match["whom"] == "each side" else (match["whom"],)
        targets.update({party: target_of(match["target"]) for party in whom})
    return Terms(targets=targets)


def slug_of(title: str) -> str:
    """The exchange's slug from its title: '1,000 for 1,000' becomes '1000-for-1000'."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower().replace(",", "")).strip("-")
