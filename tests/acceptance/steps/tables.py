"""The features' tables, each row read into a validated model by one helper, `rows_of`."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from adapters.dossier.count_entries import CountForm
from domain.figures import Amount, Direction, Qualitative, Tier
from domain.findings import Severity
from tests.acceptance.steps.vocabulary import TIERS


def number_cell(text: object) -> object:
    """'1,000' as 1000, '-5' as -5 and '2.5' as 2.5: the domain, not the table, decides what a count may be."""
    if not isinstance(text, str):
        return text
    plain = text.replace(",", "")
    if re.fullmatch(r"[+-]?\d+", plain):
        return int(plain)
    if re.fullmatch(r"[+-]?\d*\.\d+", plain):
        return float(plain)
    return text


_UNCERTAIN = re.compile(
    r"(?P<form>more than|at least|up to|about) (?P<n>[\d,]+)(?: \((?P<low>[\d,]+)\u2013(?P<high>[\d,]+)\))?"
    r"|(?P<from>[\d,]+)\u2013(?P<to>[\d,]+)"
)
"""A count said with its uncertainty: 'more than 1,000', 'about 15 (10\u201320)', '200\u2013250'."""
_FORMS = {"more than": "more_than", "at least": "at_least", "up to": "up_to", "about": "about"}


def count_cell(text: object) -> object:
    """A number as `number_cell` reads it, or a count said with its uncertainty as the dossier's mapping for it."""
    if not isinstance(text, str) or (match := _UNCERTAIN.fullmatch(text.strip())) is None:
        return number_cell(text)
    numbers = {key: int(value.replace(",", "")) for key, value in match.groupdict().items() if value and key != "form"}
    if match["form"] is None:
        return CountForm(low=numbers["from"], high=numbers["to"]).amount()
    fields = {_FORMS[match["form"]]: numbers["n"]} | {key: numbers[key] for key in ("low", "high") if key in numbers}
    return CountForm.model_validate(fields).amount()


def number_or_none_cell(text: object) -> object:
    """'+3', '-303', '0' as numbers; 'none' where the report shows no number (no difference, no value accepted)."""
    return None if text == "none" else number_cell(text)


def tier_cell(text: object) -> object:
    """'established media' as the Tier it names."""
    return TIERS.get(text, text) if isinstance(text, str) else text


def stage_cell(text: object) -> object:
    """'2' as 2; 'whole exchange' as None."""
    return None if text == "whole exchange" else number_cell(text)


Number = Annotated[int | float, BeforeValidator(number_cell)]
CountCell = Annotated[int | float | Amount, BeforeValidator(count_cell)]
TierCell = Annotated[Tier, BeforeValidator(tier_cell)]
FIELDS_OF_A_CLAIM = {
    *("source", "tier", "citing", "origin", "published", "stage", "direction", "date"),
    *("total", "running_total", "of_whom", "besides", "notes", "qualitative", "mediated_by", "origin_gave_no"),
}


class Row(BaseModel):
    """A table row: immutable, and a column nobody expects is refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class BreakdownCell(Row):
    """'military 270, civilian 120' under a 'service' column; '(partial)' at the end when parts are left out."""

    dimension: str
    within: str | None = None
    parts: dict[str, CountCell]
    complete: bool = True

    @classmethod
    def read(cls, column: str, text: str) -> BreakdownCell:
        """A breakdown from its column ('sex', 'branch of military') and its cell."""
        dimension, _, within = column.partition("_of_")
        complete = not text.endswith("(partial)")
        parts = dict(_named_counts(text.removesuffix("(partial)")))
        dimension, within = dimension.replace("_", " "), within.replace("_", " ")
        return cls(dimension=dimension, within=within or None, parts=parts, complete=complete)

    def data(self) -> dict[str, Any]:
        """The breakdown as the domain reads it."""
        return self.model_dump(exclude_none=True)


class SubsetCell(Row):
    """'Mariupol defenders 27' under 'of whom'; '... of military' when drawn from a category or another group;
    a name alone for a group named without a count; under 'besides', a group in addition to the total's base."""

    name: str
    count: CountCell | None = None
    within: str | None = None
    relation: str = "among"
    same_as: str | None = None

    @classmethod
    def read_all(cls, text: str, relation: str = "among") -> tuple[SubsetCell, ...]:
        """Every subset in an 'of whom' (or 'besides') cell, separated by semicolons; '(same as service:civilian)'
        at the end of one says it is the same people as that breakdown part."""
        subsets = []
        for item in text.split(";"):
            said = _SAME_AS.fullmatch(item.strip())
            item, same_as = (said["group"], said["part"]) if said else (item, None)
            named, _, within = item.strip().partition(" of ")
            match = _NAMED.fullmatch(named.strip())
            # A name alone is a group named without a count; else the count may be said with its uncertainty.
            counted = match is not None and any(char.isdigit() for char in match["count"])
            name, count = (match["name"], count_cell(match["count"])) if match and counted else (named.strip(), None)
            subsets.append(cls(name=name, count=count, within=within or None, relation=relation, same_as=same_as))
        return tuple(subsets)


_SAME_AS = re.compile(r"(?P<group>.*?) \(same as (?P<part>[^)]+)\)")
_COUNTS = re.compile(r"(?P<meaning>.*?) \(counts (?P<counts>\w+)\)")


class NoteCell(Row):
    """'68: the exchange's ordinal number' under 'notes', several separated by semicolons."""

    value: int | str
    meaning: str
    counts: str | None = None

    @classmethod
    def read_all(cls, text: str) -> tuple[NoteCell, ...]:
        """Every note in a 'notes' cell; '... (counts exchanges_since_2022)' at the end says what it counts."""
        notes = []
        for item in text.split(";"):
            value, _, meaning = item.partition(":")
            counted = value.strip().replace(",", "")
            said = _COUNTS.fullmatch(meaning.strip())
            counts = said["counts"] if said else None
            meaning = said["meaning"] if said else meaning.strip()
            number = int(counted) if counted.isdigit() else value.strip()
            notes.append(cls(value=number, meaning=meaning, counts=counts))
        return tuple(notes)


class AnnouncementRow(Row):
    """One announcement: who said it, about which stage and direction, and every figure it states.

    Any column other than the fields below is a breakdown named by its header: 'service', 'sex', or
    'branch of military' for a breakdown of the military figure.
    """

    source: str | None = None
    tier: TierCell | None = None
    citing: str | None = None
    origin: str | None = None
    """Who first said it, 'Ukraine / Coordination Headquarters'; the source is then the outlet that carried it."""
    published: str | None = None
    """'2025-05-23', or '2025-05' when only the month is known."""
    stage: Annotated[int | float | None, BeforeValidator(stage_cell)] = None
    direction: Direction
    date: dt.date | None = None
    total: CountCell | None = None
    running_total: CountCell | None = None
    qualitative: tuple[Qualitative, ...] = ()
    of_whom: tuple[SubsetCell, ...] = ()
    besides: tuple[SubsetCell, ...] = ()
    notes: tuple[NoteCell, ...] = ()
    mediated_by: str | None = None
    origin_gave_no: str | None = None
    """'total': figures the source says its origin did not give."""
    """'United Arab Emirates', or several joined by ' and '."""
    breakdowns: tuple[BreakdownCell, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _read_cells(cls, cells: dict[str, Any]) -> dict[str, Any]:
        read = {key: value for key, value in cells.items() if key in FIELDS_OF_A_CLAIM}
        if "direction" in cells:
            read["direction"] = Direction.parse(cells["direction"])
        if "of_whom" in cells:
            read["of_whom"] = SubsetCell.read_all(cells["of_whom"])
        if "besides" in cells:
            read["besides"] = SubsetCell.read_all(cells["besides"], "in_addition")
        if "notes" in cells:
            read["notes"] = NoteCell.read_all(cells["notes"])
        if "qualitative" in cells:
            read["qualitative"] = tuple(_qualitative(item) for item in cells["qualitative"].split(";"))
        read["breakdowns"] = tuple(
            BreakdownCell.read(column, text) for column, text in cells.items() if column not in FIELDS_OF_A_CLAIM
        )
        return read

    def claim_data(self) -> dict[str, Any]:
        """The announcement as the domain's Claim reads it, malformed figures included."""
        source = None if self.source is None else {"name": self.source, "tier": self.tier, "relays": self.citing}
        if source is not None:
            source |= {key: value for key, value in (("origin", self.origin), ("published", self.published)) if value}
        figures: dict[str, Any] = {
            "breakdowns": [breakdown.data() for breakdown in self.breakdowns],
            "subsets": [subset.model_dump(exclude_none=True) for subset in (*self.of_whom, *self.besides)],
        }
        counts = {"total": self.total, "cumulative": self.running_total}
        figures |= {key: value for key, value in counts.items() if value is not None}
        if self.qualitative:
            figures["qualitative"] = self.qualitative
        if self.origin_gave_no and figures == {"breakdowns": [], "subsets": []}:
            figures = {"unstated": True}  # a relay that says its origin gave no number gives none itself
        return {
            "stage": self.stage,
            "direction": self.direction,
            "source": source,
            "figures": figures,
            "took_place_on": self.date,
            "notes": [note.model_dump(exclude_none=True) for note in self.notes],
            "mediated_by": tuple(self.mediated_by.split(" and ")) if self.mediated_by else (),
            "origin_gave_no": tuple(self.origin_gave_no.split(", ")) if self.origin_gave_no else (),
        }


class CheckRow(Row):
    """A check expected to pass, by id, with the message readers see when given."""

    check: str
    message: str | None = None


class FindingRow(Row):
    """A finding expected in the report; only the columns a scenario gives are compared."""

    finding: str
    severity: Severity | None = None
    expected: str | None = None
    found: str | None = None
    difference: Annotated[int | None, BeforeValidator(number_or_none_cell)] = None
    message: str | None = None

    def compared(self) -> dict[str, Any]:
        """The columns the scenario stated, under the report's field names."""
        return {"id" if key == "finding" else key: getattr(self, key) for key in sorted(self.model_fields_set)}


class EvidenceRow(Row):
    """A claim a finding rests on: its source and the event version that recorded its current figures."""

    source: str
    version: int = Field(ge=1)
    figure: str | None = None
    value: Number | None = None

    def compared(self) -> tuple[tuple[str, Any], ...]:
        """The columns the scenario stated, in a fixed order."""
        return tuple((key, getattr(self, key)) for key in sorted(self.model_fields_set))


class NoteRow(Row):
    """A number a stage's claim gives that is not a headcount, as the report shows it beside the claim."""

    source: str
    number: str
    meaning: str


class FigureRow(Row):
    """A figure of one stage and direction as the report accepts it."""

    figure: str
    accepted: Annotated[int | None, BeforeValidator(number_or_none_cell)]
    status: str


class PartyRow(Row):
    """One party's progress towards what the agreement promises it."""

    party: str
    received: Number
    in_addition: Number = 0
    target: str
    to_go: Annotated[int | None, BeforeValidator(number_or_none_cell)] = None
    over: Number = 0


Model = TypeVar("Model", bound=Row)


def rows_of(datatable: list[list[str]], model: type[Model]) -> list[Model]:
    """Each body row as a validated `model`: headers become field names, and empty cells are left out."""
    header, *body = datatable
    keys = [re.sub(r"\W+", "_", cell.strip().lower()).strip("_") for cell in header]
    return [
        model.model_validate({key: cell.strip() for key, cell in zip(keys, row, strict=True) if cell.strip()})
        for row in body
    ]


_NAMED = re.compile(r"(?P<name>.+?) (?P<count>(?:(?:more than|at least|up to|about) )?[^ ]+(?: \(.+\))?)")


def _named_counts(text: str) -> list[tuple[str, object]]:
    """'military 1,000, civilian 120' as [('military', 1000), ('civilian', 120)]; a comma inside a number stays;
    a count may be said with its uncertainty ('navy about 300')."""
    found = []
    for item in re.split(r",\s+(?=\D)", text.strip()):
        match = _NAMED.fullmatch(item.strip())
        if match is None:
            raise ValueError(f"write each part as '<name> <count>', not {item!r}")
        found.append((match["name"], count_cell(match["count"])))
    return found


def _qualitative(text: str) -> Qualitative:
    """'service: only military' or 'service: military and civilian'."""
    dimension, _, said = text.partition(":")
    said = said.strip()
    if said.startswith("only "):
        return Qualitative(dimension=dimension.strip(), only=said.removeprefix("only "))
    return Qualitative(dimension=dimension.strip(), includes=tuple(part.strip() for part in said.split(" and ")))
