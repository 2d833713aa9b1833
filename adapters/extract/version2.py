"""What a proposal states beyond exact, delivered counts, as a recon-dossier/2 claim holds it: counts with their
uncertainty, groups in addition to the total, planned figures, and numbers that are not headcounts kept as notes."""

from __future__ import annotations

import re
from decimal import Decimal

from adapters.extract.model import Bound, Extraction, ProposedClaim
from adapters.extract.numbers import word_value
from adapters.extract.reading import EARLIER_EXCHANGE, ORDINAL_OF_EXCHANGE, OVER_THE_WAR
from domain.figures import Amount, NumberNote

Quantity = int | Amount
EXCHANGED = "subset:exchanged"
"""Where the count exchanged goes when groups came in addition: the dossier's total is the total in all."""

_NOTE_MEANINGS = {
    ORDINAL_OF_EXCHANGE: "the exchange's ordinal number",
    OVER_THE_WAR: "a count over the whole war, not this exchange",
    EARLIER_EXCHANGE: "a figure of an earlier exchange",
}


def amount_of(bound: Bound) -> Amount:
    """'some 213' as about 213 (the documented default range), 'at least 501', 'up to 250'."""
    if bound.relation == "about":
        return Amount.about(bound.value)
    if bound.relation == "at least":
        return Amount(form="at_least", low=bound.value, stated=bound.value)
    return Amount(form="at_most", low=0, high=bound.value, stated=bound.value)


def delivered(claim: ProposedClaim) -> dict[str, Quantity]:
    """The figures delivered, by key: exact ones, those given with their uncertainty, and the groups in addition
    folded in as a version 2 dossier writes them (the total in all, the count exchanged as a group among it)."""
    values: dict[str, Quantity] = {**claim.figures, **{key: amount_of(b) for key, b in claim.bounds.items()}}
    total = values.get("total")
    if claim.added and isinstance(total, int):
        values[EXCHANGED] = total
        values["total"] = total + sum(claim.added.values())
    return values


def added(claim: ProposedClaim) -> dict[str, int]:
    """The groups in addition a dossier can hold: none beside a total given only approximately, whose total in all
    cannot be written."""
    return {} if "total" in claim.bounds else dict(claim.added)


def planned(claim: ProposedClaim) -> dict[str, Quantity]:
    """The figures expected or promised, by key, each exact or with its uncertainty."""
    return {key: value if isinstance(value, int) else amount_of(value) for key, value in claim.planned.items()}


def not_held(claim: ProposedClaim) -> list[str]:
    """What the claim states that even a version 2 dossier written from it leaves out, one line each, with why."""
    if added(claim) or not claim.added:
        return []
    return [
        f"{key} {count:,} in addition to a total given only approximately: write the total in all by hand"
        for key, count in claim.added.items()
    ]


def notes_of(extraction: Extraction) -> tuple[NumberNote, ...]:
    """Numbers left aside that a reader still wants beside the claim: the exchange's ordinal, counts over the whole
    war, an earlier exchange's figure; never counted."""
    notes = []
    for rejected in extraction.rejected:
        meaning = _NOTE_MEANINGS.get(rejected.reason)
        if meaning is not None:
            notes.append(NumberNote(value=note_value(rejected.quote), meaning=f'{meaning} ("{rejected.quote}")'))
    return tuple(notes)


_SCALES = {"тыс": 1000, "тис": 1000, "млн": 1_000_000, "миллион": 1_000_000, "мільйон": 1_000_000}
_SCALED = re.compile(r"(?P<digits>\d[\d\s\u00a0]*(?:[.,]\d+)?)\s+(?P<scale>тыс|тис|млн|миллион|мільйон)\w*\.?", re.I)
"""A count in thousands or millions as Ukrainian and Russian write it, the scale's noun in any case."""


def note_value(quote: str) -> int | str:
    """The count a note's words say, in digits or in words ('two hundred' is 200); else the words themselves, as an
    ordinal ('64th') names an exchange rather than counting anything."""
    scaled = _SCALED.fullmatch(quote)
    if scaled is not None:  # '5 тысяч', '4,3 тысячи', '7 тис.'
        whole = re.sub(r"[\s\u00a0]", "", scaled["digits"]).replace(",", ".")
        return int(Decimal(whole) * _SCALES[scaled["scale"].lower()])
    digits = re.sub(r"[,\s\u00a0]", "", quote)
    if digits.isdigit():
        return int(digits)
    value = word_value(quote.lower())
    return quote if value is None else value
