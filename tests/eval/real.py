"""The real-statements corpus and the team's own texts as one kind of scored text, and how each is turned into facts."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from adapters.extract.model import Bound, Extraction
from adapters.extract.numbers import ordinal_value
from adapters.extract.reading import EARLIER_EXCHANGE, ORDINAL_OF_EXCHANGE, OVER_THE_WAR
from adapters.extract.slavic_numbers import ordinal_in_words
from adapters.extract.version2 import amount_of, note_value
from domain.figures import Amount
from tests.eval.corpus import Labelled, kind_of
from tests.eval.schema import About, AtLeast, AtMost, Group, Range, RealText, Stage, Value

REAL = Path(__file__).resolve().parent.parent / "extract_corpus" / "real"
HELD_OUT_DIGITS = "01234"
"""A file is held out when the last hex digit of its name's SHA-256 is one of these: 5 in 16, decided by name alone."""

Fact = tuple[str, str, str, str, int | str]
"""(kind, stage, direction or '', key, value). The stage is '' unless the text reports several stages."""


@dataclass(frozen=True)
class Scored:
    """One text to read, in a language, with the facts a careful reader takes from it."""

    name: str
    language: str
    text: str
    expected: frozenset[Fact]
    several_stages: bool = False
    set_aside: frozenset[int] = frozenset()
    published: date | None = None
    """The day the statement was published, as a reviewer gives it with --published."""
    notes: frozenset[Fact] = frozenset()
    """The numbers set aside that a dossier keeps as notes beside the claim: scored apart from the figures."""


def held_out(name: str) -> bool:
    """Whether the corpus file called `name` belongs to the held-out split."""
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[-1] in HELD_OUT_DIGITS


def real_files(folder: Path = REAL) -> list[Path]:
    """Every labelled file of the real corpus, by name."""
    return sorted(folder.glob("*.yaml"))


def parse(path: Path) -> RealText:
    """One file of the real corpus, checked against the schema."""
    return RealText.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def load_real(chosen: Callable[[str], bool] = lambda name: True, folder: Path = REAL) -> list[Scored]:
    """The texts of the real corpus whose file name is `chosen`, with their facts; the others are not even read."""
    return [scored(path.name, parse(path)) for path in real_files(folder) if chosen(path.name)]


def scored(name: str, entry: RealText) -> Scored:
    """A parsed corpus file as a text to score."""
    several = len(entry.expected.stages) > 1
    facts: set[Fact] = set()
    if entry.expected.terms is not None:
        facts.add(("terms", "", "", "terms", _terms(entry.expected.terms)))
    for index, stage in enumerate(entry.expected.stages):
        facts.update(stage_facts(stage, _tag(stage.stage, stage.took_place_on, index) if several else ""))
    aside = frozenset(item.value for item in entry.expected.set_aside)
    notes = frozenset(
        ("note", "", "", item.why, item.value) for item in entry.expected.set_aside if item.why in NOTE_REASONS.values()
    )
    return Scored(name, entry.language, entry.text, frozenset(facts), several, aside, entry.published, notes)


def from_labelled(entry: Labelled) -> Scored:
    """One of the team's own texts, whose labels know neither several stages nor bounds."""
    return Scored(entry.name, "en", entry.text, frozenset((f[0], "", *f[1:]) for f in entry.expected))


def stage_facts(stage: Stage, tag: str) -> Iterable[Fact]:
    """The facts one labelled stage states, each carrying `tag`."""
    if stage.stage is not None:
        yield ("stage", tag, "", "stage", stage.stage)
    if stage.took_place_on is not None:
        yield ("date", tag, "", "took_place_on", _iso(stage.took_place_on))
    for direction, figures in stage.claims.items():
        yield ("direction", tag, direction, "direction", direction)
        for key, value in figures.items():
            yield (_kind(key, value), tag, direction, key, form(value))
    for direction, figures in stage.planned.items():
        for key, value in figures.items():
            yield ("planned", tag, direction, f"planned {key}", form(value))


def form(value: Value) -> int | str:
    """A value as scored: exact counts as numbers, groups with their relation, and every count said with its
    uncertainty as the range it allows (see `allowed`)."""
    match value:
        case int():
            return value
        case About(about=about):
            return allowed(Amount.about(about))
        case AtLeast(at_least=low):
            return allowed(Amount(form="at_least", low=low, stated=low))
        case AtMost(at_most=high):
            return allowed(Amount(form="at_most", low=0, high=high, stated=high))
        case Range(low=low, high=high):
            return allowed(Amount(form="range", low=low, high=high))
        case Group(value=count, within=parent) if parent is not None:
            return f"{count} within {parent}"
        case Group(value=count):
            return f"{count} in addition"
    raise TypeError(value)


def allowed(amount: Amount) -> str:
    """The scoring rule for a count that is not exact: it is right when the range it allows is the range the label's
    allows, whatever words gave it. 'Some 213' and 'about 213' both allow 202-224 (the dossier's default range of
    'about', domain/amounts.py); 'more than 500' and 'at least 501' both allow 501 or more; 'up to 250' allows 0 to
    250; a range the text states ('10 to 12') is matched only by that range. Exact counts are compared as numbers."""
    return f"{amount.low}-{'' if amount.high is None else amount.high}"


def _kind(key: str, value: Value) -> str:
    if isinstance(value, About | AtLeast | AtMost | Range):
        return "bound"
    if isinstance(value, Group):
        return "subset within" if value.within is not None else "subset added"
    return kind_of(key)


def proposed_facts(extraction: Extraction, several_stages: bool) -> set[Fact]:
    """The facts an extraction proposes, tagged with each claim's stage when the text reports several."""
    found: set[Fact] = set()
    for claim in extraction.claims:
        day = claim.took_place_on.isoformat()[:7] if claim.took_place_precision and claim.took_place_on else None
        tag = _tag(claim.stage, day or claim.took_place_on, None) if several_stages else ""
        direction = claim.direction or "unknown"
        if claim.figures or claim.bounds or claim.added:  # as labelled: planned figures name no receiver of their own
            found.add(("direction", tag, direction, "direction", direction))
        found.update(
            ("subset within", tag, direction, key, f"{value} within {claim.within[key]}")
            if key in claim.within
            else (kind_of(key), tag, direction, key, value)
            for key, value in claim.figures.items()
        )
        found.update(("bound", tag, direction, key, bound_form(bound)) for key, bound in claim.bounds.items())
        found.update(
            ("subset added", tag, direction, key, f"{value} in addition") for key, value in claim.added.items()
        )
        for key, value in claim.planned.items():
            found.add(
                ("planned", tag, direction, f"planned {key}", value if isinstance(value, int) else bound_form(value))
            )
        if claim.stage is not None:
            found.add(("stage", tag, "", "stage", claim.stage))
        if claim.took_place_on is not None:  # a month alone as the labels write it: '2025-05'
            day = claim.took_place_on.isoformat()
            found.add(("date", tag, "", "took_place_on", day[:7] if claim.took_place_precision == "month" else day))
    if extraction.terms is not None:
        found.add(("terms", "", "", "terms", _terms(extraction.terms.value)))
    return found


NOTE_REASONS = {ORDINAL_OF_EXCHANGE: "ordinal", OVER_THE_WAR: "since-war-began", EARLIER_EXCHANGE: "other-exchange"}
"""Why the extractor set a number aside, for the reasons whose numbers it writes as notes, in the labels' words."""


def proposed_notes(extraction: Extraction) -> set[Fact]:
    """The notes an extraction proposes, as (note, '', '', why, value): an ordinal scored by its number."""
    found: set[Fact] = set()
    for rejected in extraction.rejected:
        why = NOTE_REASONS.get(rejected.reason)
        if why is not None:
            digits = re.sub(r"\D", "", rejected.quote)
            counted = note_value(rejected.quote)
            if isinstance(counted, int):  # '4,3 тысячи' is 4300, not its digits' 43
                value: int | None = counted
            else:
                value = int(digits) if digits else ordinal_value(counted.lower())
            value = value or _slavic_ordinal(rejected.quote)
            found.add(("note", "", "", why, value if value is not None else rejected.quote))
    return found


def _slavic_ordinal(quote: str) -> int | None:
    """An ordinal in Ukrainian or Russian words ('двенадцатый'), read as the extractor reads it."""
    if not re.search("[\u0400-\u04ff]", quote):
        return None
    return ordinal_in_words(quote, "ru") or ordinal_in_words(quote, "uk")


def bound_form(bound: Bound) -> str:
    """A proposed bound as the range it allows, as labels are scored (see `allowed`)."""
    return allowed(amount_of(bound))


def _tag(stage: int | None, day: date | str | None, index: int | None) -> str:
    """What tells a text's stages apart: the stage number, else its day, else its place among the labelled stages.

    A proposal with neither number nor day gets '?', which matches no labelled stage: a reading that cannot say
    which stage a figure belongs to has not read it right."""
    if stage is not None:
        return f"stage {stage}"
    if day is not None:
        return _iso(day)
    return f"#{index + 1}" if index is not None else "?"


def _terms(value: object) -> int | str:
    """Terms as the team's corpus writes them: '1000 for 1000' is 1000, like a bare 1000."""
    if isinstance(value, int):
        return value
    text = str(value).replace(",", "").replace(" ", "")
    left, _, right = text.partition("for")
    return int(left) if left.isdigit() and left == right else str(value)


def _iso(value: date | str) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)
