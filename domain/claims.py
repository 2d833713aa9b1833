"""A claim: what one source announced about one stage (or the whole exchange) in one direction, the evidence it was
read from, and the id derived from what it says."""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property
from hashlib import sha1
from typing import Any, Literal
from uuid import UUID

from pydantic import Field, model_validator

from domain.figures import MAX_OFFSET, Day, Direction, Figures, Name, NumberNote, Source, Stage, Text, Value
from domain.identity import NAMESPACE as _NAMESPACE
from domain.terms import Unit

_MONTH_ONLY = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})")


class Span(Value):
    """Where in a statement's text one figure was read: character offsets and the words themselves."""

    figure: Name
    """The figure's key: 'total', 'service:military', 'subset:mariupol_defenders', 'cumulative'."""
    start: int = Field(ge=0, le=MAX_OFFSET, strict=True)
    end: int = Field(ge=0, le=MAX_OFFSET, strict=True)
    quote: Text

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("a span ends after it starts")
        return self


class Provenance(Value):
    """The evidence a claim was read from: the hash of the statement's text and the span of every figure."""

    text_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    spans: tuple[Span, ...] = ()


class Claim(Value):
    """What one source announced about one stage (or the whole exchange) in one direction."""

    stage: Stage | None = None
    """The stage's number; None for a claim about the exchange as a whole."""
    direction: Direction
    source: Source
    figures: Figures
    took_place_on: Day | None = None
    took_place_precision: Literal["month"] | None = Field(None, exclude_if=lambda precision: precision is None)
    """'month' when the source names only the month the stage took place in ('in May 2025'), kept as that month's
    first day; None: `took_place_on` is the day (not written, so that events of claims dated to the day keep
    their shape)."""
    note: Text | None = None
    provenance: Provenance | None = None
    """Where the figures were read, when they were read from a statement's text; not part of the claim's id."""
    notes: tuple[NumberNote, ...] = Field((), exclude_if=lambda notes: not notes)
    """Numbers the source gives that are not headcounts of this exchange; shown, never counted, not in the id."""
    planned: bool = False
    """The figures were announced before the stage took place: a promise, never counted as delivered."""
    unit: Unit | None = None
    """What the figures count, when not the agreement's unit (bodies repatriated under an exchange of people)."""
    mediated_by: tuple[Name, ...] = Field((), exclude_if=lambda mediators: not mediators)
    """The mediators the source names for this stage ('United Arab Emirates'), whoever they are; not in the id."""
    origin_gave_no: tuple[Name, ...] = Field((), exclude_if=lambda figures: not figures)
    """Figures ('total') the source says its origin did not give for this stage and direction; not in the id."""

    @model_validator(mode="before")
    @classmethod
    def _took_place_in_a_month(cls, value: Any) -> Any:
        # "2025-05": a stage known only to its month is kept as the month's first day, with its precision.
        if isinstance(value, dict) and isinstance(value.get("took_place_on"), str):
            match = _MONTH_ONLY.fullmatch(value["took_place_on"].strip())
            if match is not None:
                if not 1 <= int(match["month"]) <= 12:
                    raise ValueError(f"no month {match['month']} in {value['took_place_on']!r}")
                return {
                    **value,
                    "took_place_on": f"{match['year']}-{match['month']}-01",
                    "took_place_precision": "month",
                }
        return value

    @model_validator(mode="after")
    def _precision_needs_a_date(self) -> Claim:
        if self.took_place_precision is not None and (self.took_place_on is None or self.took_place_on.day != 1):
            raise ValueError("a stage known only to its month is kept as that month's first day")
        return self

    @property
    def stage_day(self) -> date | None:
        """The day the stage took place, when the claim names one: a month alone names no day."""
        return self.took_place_on if self.took_place_precision is None else None

    @property
    def took_place_as_written(self) -> str | None:
        """'2025-05-23', or '2025-05' for a stage known only to its month."""
        if self.took_place_on is None:
            return None
        written = self.took_place_on.isoformat()
        return written[:7] if self.took_place_precision == "month" else written

    @model_validator(mode="after")
    def _unstated_only_for_a_stage(self) -> Claim:
        if self.figures.unstated and (self.stage is None or self.planned):
            raise ValueError("only a stage that took place may be recorded without a headcount")
        return self

    @cached_property
    def claim_id(self) -> UUID:
        """Derived from what was said and by whom, so the same claim recorded twice is the same claim."""
        return claim_id_of(self)


_ID_FIELDS = {"stage", "direction", "source", "figures", "took_place_on", "took_place_precision", "planned", "unit"}
_ID_PREFIX = _NAMESPACE.bytes + b"claim:"


def claim_id_of(claim: Claim) -> UUID:
    """The id of a claim's content: source, stage, direction, date and figures (not the note or provenance)."""
    # Defaults are left out so that a field added later with a default does not change existing ids.
    content = Claim.__pydantic_serializer__.to_json(claim, include=_ID_FIELDS, exclude_defaults=True)
    # uuid5(_NAMESPACE, "claim:" + content) as it was always written, hashed from the serializer's UTF-8 bytes
    # as they come, without decoding them to text and encoding them again.
    return UUID(bytes=sha1(_ID_PREFIX + content, usedforsecurity=False).digest()[:16], version=5)
