"""The labelled corpus of announcement-style texts, and how a reading of one is scored against its labels."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from adapters.extract.model import Extraction

CORPUS = Path(__file__).resolve().parent.parent / "extract_corpus"
KINDS = (
    "total",
    "military",
    "civilian",
    "men",
    "women",
    "branch",
    "subset",
    "cumulative",
    "stage",
    "terms",
    "direction",
    "date",
)
"""The kinds of figure scored, in the order they are printed."""

Fact = tuple[str, str, str, int | str]
"""(kind, direction or '', key, value): one figure as the corpus labels it and as the extractor proposes it."""


@dataclass(frozen=True)
class Labelled:
    """One text of the corpus with the figures a careful reader takes from it."""

    name: str
    about: str
    text: str
    expected: frozenset[Fact]


def kind_of(key: str) -> str:
    """The kind a figure's key is scored under: 'service:military' is 'military', 'branch:marines' is 'branch'."""
    special = {"service:military": "military", "service:civilian": "civilian", "sex:men": "men", "sex:women": "women"}
    if key in special:
        return special[key]
    return key.partition(":")[0] if ":" in key else key


def load_corpus(folder: Path = CORPUS) -> list[Labelled]:
    """Every labelled text of the corpus, by file name."""
    found = []
    for path in sorted(folder.glob("*.yaml")):
        entry = yaml.safe_load(path.read_text(encoding="utf-8"))
        found.append(Labelled(path.stem, entry["about"], entry["text"], frozenset(labelled_facts(entry["expected"]))))
    return found


def labelled_facts(expected: dict[str, Any]) -> Iterable[Fact]:
    """The facts a corpus entry's `expected` section lists."""
    if expected.get("stage") is not None:
        yield ("stage", "", "stage", int(expected["stage"]))
    if expected.get("terms") is not None:
        yield ("terms", "", "terms", expected["terms"])
    if expected.get("took_place_on") is not None:
        yield ("date", "", "took_place_on", _iso(expected["took_place_on"]))
    for direction, figures in (expected.get("claims") or {}).items():
        yield ("direction", direction, "direction", direction)
        for key, value in figures.items():
            yield (kind_of(key), direction, key, int(value))


def proposed_facts(extraction: Extraction) -> set[Fact]:
    """The facts an extraction proposes, in the corpus's terms."""
    found: set[Fact] = set()
    for claim in extraction.claims:
        direction = claim.direction or "unknown"
        found.add(("direction", direction, "direction", direction))
        found.update((kind_of(key), direction, key, value) for key, value in claim.figures.items())
        if claim.stage is not None:
            found.add(("stage", "", "stage", claim.stage))
        if claim.took_place_on is not None:
            found.add(("date", "", "took_place_on", claim.took_place_on.isoformat()))
    if extraction.terms is not None:
        value = extraction.terms.value
        found.add(("terms", "", "terms", value if isinstance(value, int | str) else str(value)))
    return found


def _iso(value: date | str) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)
