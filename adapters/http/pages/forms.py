"""What the desk's forms send, read with the limits `recon` and the API keep, each complaint tied to its field.

A form answers with every field's complaint at once, beside the field, instead of stopping at the first: the
editor corrects them all in one go."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import ValidationError

from adapters.dossier.inline import read_figures
from domain.errors import InvalidInputError, invalid_input
from domain.figures import Figures, Origin, Source, Tier

LONGEST = 200
"""The longest reason or name the history keeps, as for `recon correct --reason` and the API's bodies."""
SOURCE_FIELDS = {"name": "source_name", "tier": "tier", "url": "url", "published": "published"}
"""The form field that gives each field of a source."""


@dataclass
class Sent:
    """A form's values as typed (to show again), and each field's complaint."""

    values: dict[str, str]
    errors: dict[str, str] = field(default_factory=dict)


def reason(sent: Sent, name: str = "reason") -> str:
    """The reason given: not empty, at most LONGEST characters; else a complaint beside the field."""
    text = sent.values.get(name, "").strip()
    if not text:
        sent.errors[name] = "The reason is empty; write a few words saying why."
    elif len(text) > LONGEST:
        sent.errors[name] = f"The reason is longer than {LONGEST} characters ({len(text):,})."
    return text


def figures(sent: Sent, name: str = "figures") -> Figures | None:
    """The figures written as a dossier writes them, or None with the complaint `recon correct` would print."""
    try:
        return read_figures(sent.values.get(name, ""), name)
    except InvalidInputError as error:
        sent.errors[name] = error.message
        return None


def source(sent: Sent) -> Source | None:
    """The source the form names, checked as every recorded source is; None with the complaint beside its field."""
    given = {key: sent.values.get(form_field, "").strip() for key, form_field in SOURCE_FIELDS.items()}
    if not given["name"]:
        sent.errors["source_name"] = "Say who declared it: the source's name is empty."
        return None
    if given["tier"] not in {tier.value for tier in Tier}:
        sent.errors["tier"] = f"Choose a tier: {', '.join(tier.value for tier in Tier)}."
        return None
    try:
        return Source.model_validate({key: value for key, value in given.items() if value})
    except ValidationError as error:
        refused = invalid_input(error)
        field_name = SOURCE_FIELDS.get((refused.field or "name").split(".")[0], "source_name")
        sent.errors[field_name] = refused.message[:1].upper() + refused.message[1:]
        return None


def origin(sent: Sent, name: str = "origin") -> Origin | None:
    """The origin written 'Party / body', or None with the complaint `recon origin set` would print."""
    try:
        return Origin.model_validate(sent.values.get(name, "").strip())
    except ValidationError as error:
        message = invalid_input(error).message.removeprefix("Value error, ")
        sent.errors[name] = message[:1].upper() + message[1:]
        return None
