"""Reads a statement's text and proposes the claims it states, each figure tied to the words it came from."""

from __future__ import annotations

import hashlib
from datetime import date
from functools import partial

from adapters.extract.assemble import Assembly
from adapters.extract.bodies import bodies_alone
from adapters.extract.claims import settled, stage_claims
from adapters.extract.cues import direction_cues
from adapters.extract.days import WAR_BEGAN, took_place_on, war_began
from adapters.extract.headcount import Headcount
from adapters.extract.layout import Layout
from adapters.extract.lexicon import PARTIES
from adapters.extract.meanings import proposed
from adapters.extract.model import Extraction, Proposed, ProposedClaim, Unit
from adapters.extract.morphology import language_of
from adapters.extract.numbers import Mention, completed, mentions
from adapters.extract.options import DEFAULT_MAX_BYTES as DEFAULT_MAX_BYTES
from adapters.extract.reading import Reader, Reading
from adapters.extract.recaps import headline_aside, parts_go_with_their_whole, stage_day, this_day
from adapters.extract.refusal import refused
from adapters.extract.slavic import SlavicReader
from adapters.extract.stages import (
    EarlierStage,
    earlier_stages,
    latest_day,
    running_totals,
    stage_month,
    stage_readings,
)
from adapters.extract.terms import formula_cues, terms_readings
from adapters.extract.weekdays import relative_days

PARTY_NAMES = (PARTIES[0].name, PARTIES[1].name)
RECALLED = "in the statement's background, which recalls what came before"
UNKNOWN = "unknown"
"""Written where the text does not say: a dossier refuses it until a person writes the real value."""


def extract(
    data: bytes | str, *, max_bytes: int = DEFAULT_MAX_BYTES, stage: int | None = None, published: date | None = None
) -> Extraction:
    """Every claim `data` states; empty, binary or oversize input gives a zero-claim result saying why."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    refusal = refused(raw, max_bytes)
    if refusal is not None:
        digest = hashlib.sha256(raw).hexdigest()
        return Extraction(text_sha256=digest, characters=0, parties=PARTY_NAMES, refused=refusal, messages=(refusal,))
    return read_text(raw.decode("utf-8").removeprefix("\ufeff"), stage=stage, published=published)


def read_text(text: str, *, stage: int | None = None, published: date | None = None) -> Extraction:
    """Every claim `text` states, with the span of each figure and the numbers left aside with why.

    `published`, the day the statement was published, gives its year to a date written without one. A statement
    that counts only the bodies of the dead is read again with those as its counts, in a claim of bodies."""
    language = language_of(text)
    read = _read_english if language == "en" else partial(_read_slavic, language=language)
    extraction = read(text, stage, published, False)
    return read(text, stage, published, True) if bodies_alone(text, extraction) else extraction


def _read_english(text: str, stage: int | None, published: date | None, bodies: bool) -> Extraction:
    layout = Layout(text)
    assembly = Assembly(text, layout)
    found = mentions(text)
    reader = Reader(text, layout, bodies, published)
    fixed = _fixed_readings(text, found, reader)
    spans = [(reading.start, reading.end) for reading in fixed]
    taken = bytearray(len(text) + 1)
    for start, end in spans:
        taken[start:end] = b"\x01" * (end - start)
    loose = [m for m in found if not taken[m.start]]
    readings = [*fixed, *(reader.read(m) for m in loose if m.form not in ("date", "month"))]
    readings += [sex for reading in readings if (sex := reader.of_one_sex(reading)) is not None]
    readings = parts_go_with_their_whole(readings, text, layout)
    for reading in readings:
        if reading.key is None:
            assembly.aside(reading, reading.reason)
        elif reading.key == "stage" and layout.in_background(reading.start):
            assembly.aside(reading, RECALLED)
    readings = [r for r in readings if r.key is not None and not (r.key == "stage" and layout.in_background(r.start))]
    dates = [completed(m, published) for m in loose if m.form == "date"]
    dates = sorted([*dates, *relative_days(text, published, dates)], key=lambda d: d.start)
    for told in [d for d in dates if layout.in_background(d.start)]:
        assembly.aside(told, RECALLED)
        dates.remove(told)
    for dateline in [d for d in dates if layout.is_dateline(d.start, d.end)]:
        assembly.aside(dateline, "a dateline: the day the story was filed, not the day of the stage")
        dates.remove(dateline)
    for began in [d for d in dates if war_began(text, d)]:
        assembly.aside(began, WAR_BEGAN)
        dates.remove(began)
    lead_day = latest_day(readings, dates, stage_day(readings, dates, layout, published), layout, text, published)
    readings, earlier = earlier_stages(readings, dates, lead_day, layout, text)
    readings = running_totals(readings, earlier, layout, text)
    readings, recalled = this_day(readings, dates, lead_day, layout, assembly, published)
    stated = _stage(assembly, readings, stage)
    terms = assembly.first(readings, "terms")
    cues = sorted([*direction_cues(text), *formula_cues(readings)], key=lambda cue: cue.start)
    counts = assembly.headcounts(readings, cues, stage or _value(stated))
    counts = headline_aside(text, counts, assembly, every_direction=True)
    for each in earlier:
        each.counts = assembly.headcounts(each.readings, cues, None)
    # a figure only expected dates nothing: the day a swap was announced for later is not a stage's day
    anchors = [r.start for r in readings if r.key not in ("stage", "terms") and not r.planned]
    ahead = [d for d in dates if published is not None and d.when is not None and d.when > published]
    for mention in ahead:
        assembly.aside(mention, "a day after the publication: announced ahead, not the day of the stage")
    days = [d for d in dates if d not in ahead and all(d is not each.day for each in earlier)]
    day = took_place_on(assembly, days, anchors, stated, lead_day, recalled)
    months = [m for m in loose if m.form == "month"]
    day = day or stage_month(months, day, layout, text, published)
    for month in months:
        if month is not day:
            assembly.aside(month, "a month, not the stage's")
    about = _about_statement(text, stated, terms, day)
    return _extraction(text, assembly, counts, about, stage or _value(stated), bodies, earlier)


def _read_slavic(text: str, stage: int | None, published: date | None, bodies: bool, language: str) -> Extraction:
    """A Ukrainian or Russian statement, read with the morphology of its language."""
    assembly = Assembly(text, Layout(text))
    found = SlavicReader(text, language, assembly, bodies).read(stage, published)
    day = completed(found.day, published) if found.day is not None else None
    if day is not None and day.when is None:
        assembly.aside(day, "a date without its year (give --published); write took_place_on by hand")
        day = None
    stated = stage or _value(found.stage)
    about = _about_statement(text, found.stage, found.terms, day)
    return _extraction(text, assembly, found.counts, about, stated, bodies, found.earlier)


def _fixed_readings(text: str, found: list[Mention], reader: Reader) -> list[Reading]:
    """Stages and terms, read from phrases before single numbers are: '1,000 for 1,000' is not two counts."""
    fixed = [*stage_readings(text), *terms_readings(text, found, reader.layout)]
    fixed += [each for m in found if m.value is not None and (each := reader.agreed_each(m)) is not None]
    kept: list[Reading] = []
    for reading in sorted(fixed, key=lambda r: (r.start, -r.end)):
        if all(reading.start >= other.end or reading.end <= other.start for other in kept):
            kept.append(reading)
    return kept


def _value(reading: Reading | None) -> int | None:
    return reading.value if reading is not None and isinstance(reading.value, int) else None


def _stage(assembly: Assembly, readings: list[Reading], stage: int | None) -> Reading | None:
    values = [r.value for r in readings if r.key == "stage" and isinstance(r.value, int)]
    chosen = stage if stage is not None else max(values, default=None)
    return assembly.first(readings, "stage", chosen)


def _about_statement(
    text: str, stage: Reading | None, terms: Reading | None, day: Mention | None
) -> dict[str, Proposed]:
    about: dict[str, Proposed] = {}
    if stage is not None and stage.value is not None:
        about["stage"] = _proposed("stage", stage.value, "the stage this statement reports", stage, stage.confidence)
    if terms is not None and terms.value is not None:
        meaning = "what the agreement promises each side"
        about["terms"] = _proposed("terms", terms.value, meaning, terms, terms.confidence)
    if day is not None and day.when is not None:
        about["took_place_on"] = _day_proposed(day)
    return about


def _day_proposed(day: Mention) -> Proposed:
    month = day.form == "month" and day.when is not None
    return Proposed(
        figure="took_place_on",
        value=day.when.isoformat()[:7] if month and day.when else day.when,
        meaning="the month the stage took place; the text names no day" if month else "the day the stage took place",
        start=day.start,
        end=day.end,
        quote=day.quote,
        confidence=0.85,
    )


def _proposed(figure: str, value: int | str, meaning: str, reading: Reading, confidence: float) -> Proposed:
    return Proposed(
        figure=figure,
        value=value,
        meaning=meaning,
        start=reading.start,
        end=reading.end,
        quote=reading.quote,
        confidence=confidence,
    )


def _extraction(
    text: str,
    assembly: Assembly,
    counts: list[Headcount],
    about: dict[str, Proposed],
    stage: int | None,
    bodies: bool,
    earlier: list[EarlierStage] = [],  # noqa: B006 (never changed)
) -> Extraction:
    """The statement's claims: those of each earlier stage it names, by day, then those of its own stage."""
    unit: Unit = "bodies" if bodies else "people"
    claims: list[ProposedClaim] = []
    figures: list[Proposed] = []
    for each in earlier:
        days = {"took_place_on": _day_proposed(each.day)}
        found, directions = stage_claims(text, settled(each.counts, assembly, bodies), days, each.stage, unit)
        claims += [claim.model_copy(update={"earlier": True}) for claim in found]
        figures += [days["took_place_on"], *directions, *(proposed(count) for count in each.counts)]
    counts = settled(counts, assembly, bodies)
    found, directions = stage_claims(text, counts, about, stage, unit)
    claims += found
    figures += [*about.values(), *directions, *(proposed(count) for count in counts)]
    return Extraction(
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        characters=len(text),
        parties=PARTY_NAMES,
        terms=about.get("terms"),
        claims=tuple(claims),
        figures=tuple(sorted(figures, key=lambda figure: figure.start)),
        rejected=tuple(sorted(assembly.rejected, key=lambda rejected: rejected.start)),
        messages=tuple(_messages(tuple(claims), about, stage)),
    )


def _messages(claims: tuple[ProposedClaim, ...], about: dict[str, Proposed], stage: int | None) -> list[str]:
    if not claims:
        return ["no figures found: the text states no headcount of people returned"]
    count = sum(claim.dossier_claims for claim in claims)
    notes = [f"{count} claim{'s' * (count != 1)} proposed; review every figure before recording it"]
    if stage is None:
        notes.append(f"the text names no stage: give --stage N, or write it where the snippet says {UNKNOWN}")
    if any(claim.earlier for claim in claims):
        notes.append(
            f"the text reports an earlier stage on another day: write its stage where the snippet says {UNKNOWN}"
        )
    if any(claim.direction is None for claim in claims):
        notes.append(f"the text does not say who received some figures: write the direction where it says {UNKNOWN}")
    return notes
