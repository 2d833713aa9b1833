"""Who said it: a source (the outlet that published it), its tier, and the origin that first said it."""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import model_validator

from domain.limits import Moment, Name, Text
from domain.values import Value


class Tier(StrEnum):
    """How much a source is trusted when sources differ; earlier members win."""

    OFFICIAL = "official"
    ESTABLISHED_MEDIA = "established_media"
    AGGREGATOR = "aggregator"

    @property
    def label(self) -> str:
        """'established media' as a reader writes it."""
        return self.value.replace("_", " ")

    @property
    def rank(self) -> int:
        """0 for the most reliable tier."""
        return _TIER_RANK[self]


_TIER_RANK = {tier: rank for rank, tier in enumerate(Tier)}


MEDIA = "Media"
"""The party of an origin that is an outlet's own reporting (its correspondents, its own count), not a party's word."""


class Origin(Value):
    """Who first said it: a party (or a mediator, or the media) and its body, apart from the outlet that carried it."""

    party: Name
    body: Name

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        # A dossier writes an origin as "Ukraine / Coordination Headquarters", the casebook's way.
        if isinstance(value, str):
            party, slash, body = value.partition("/")
            if not slash or "/" in body:
                raise ValueError(f"an origin is written 'Party / body', not {value!r}")
            missing = [name for name, given in (("party", party), ("body", body)) if not given.strip()]
            if missing:  # said here, as the dossier's writer wrote it, rather than as an empty string's length
                raise ValueError(f"an origin is written 'Party / body', and {value!r} names no {missing[0]}")
            return {"party": party, "body": body}
        return value

    @property
    def label(self) -> str:
        """'Ukraine / Coordination Headquarters', as a dossier writes it."""
        return f"{self.party} / {self.body}"

    @property
    def said_by(self) -> str:
        """ "Ukraine's Coordination Headquarters" as a desk writes it; an outlet's own reporting by its name."""
        return said_by(self.party, self.body)


_NAMED_WITH_THE = ("Emirates", "States", "Islands", "Kingdom", "Netherlands", "Philippines", "Republic")
"""Last words of names that English writes with "the" (the United Arab Emirates, the Czech Republic)."""


def said_by(party: str, body: str) -> str:
    """ "Ukraine's Coordination Headquarters", "the United Arab Emirates' Foreign Ministry": the party's possessive
    before its body, as a desk writes it; an outlet's own reporting (party MEDIA) by the outlet's name alone."""
    if party == MEDIA:
        return body
    article = "the " if party.rpartition(" ")[2] in _NAMED_WITH_THE else ""
    ending = "'" if party.endswith("s") else "'s"
    return f"{article}{party}{ending} {body}"


Precision = Literal["day", "month", "year"]
_PERIOD = re.compile(r"^\s*(?P<year>\d{4})(?:-(?P<month>\d{2}))?\s*$")


class Source(Value):
    """Who announced a figure, where, when, and on whose word."""

    name: Name
    """Who published it: the outlet, or the body itself when it published directly."""
    tier: Tier
    url: Text | None = None
    published: Moment | None = None
    relays: Text | None = None
    """Version 1 text naming whom the outlet cites; its origin is not known from it."""
    origin: Origin | None = None
    published_precision: Precision | None = None
    """'month' or 'year' when only that much of `published` is known (kept as the period's first day); None: as
    written."""

    @model_validator(mode="before")
    @classmethod
    def _month_or_year(cls, value: Any) -> Any:
        # "2025-05" or "2025": a publication known only to its month or year is kept as the period's first day.
        if isinstance(value, dict) and isinstance(value.get("published"), str):
            match = _PERIOD.match(value["published"])
            if match is not None:
                month = match["month"]
                if month is not None and not 1 <= int(month) <= 12:
                    raise ValueError(f"no month {month} in {value['published']!r}")
                day = f"{match['year']}-{month or '01'}-01"
                return {**value, "published": day, "published_precision": "month" if month else "year"}
        return value

    @model_validator(mode="after")
    def _precision_needs_a_date(self) -> Source:
        if self.published_precision is not None and self.published is None:
            raise ValueError("a publication's precision needs its date")
        if self.published_precision in ("month", "year") and isinstance(self.published, datetime):
            raise ValueError("a publication known only to its month or year has no time of day")
        return self

    @property
    def label(self) -> str:
        """The source's name with whom it relays, as a reader would cite it."""
        return f"{self.name} (citing {self.relays})" if self.relays else self.name

    @property
    def published_as_written(self) -> str | None:
        """'2025-05-23', '2025-05' or '2025': the publication as precisely as it is known."""
        if self.published is None:
            return None
        if self.published_precision == "month":
            return self.published.isoformat()[:7]
        if self.published_precision == "year":
            return self.published.isoformat()[:4]
        return self.published.isoformat()


def origin_problem(source: Source, parties: tuple[str, str], mediators: tuple[str, ...]) -> str | None:
    """Why a source's origin cannot be in an exchange between `parties`: its party is neither a party, a mediator
    nor the media; else None."""
    if source.origin is None or source.origin.party in (*parties, *mediators, MEDIA):
        return None
    return (
        f"origin {source.origin.label!r}: {source.origin.party} is not a party or mediator of this exchange "
        f"({', '.join([*parties, *mediators])}; or {MEDIA} for an outlet's own reporting)"
    )
