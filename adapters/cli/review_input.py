"""What the review commands read from the command line: reasons and names, instants, and sources."""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

from adapters.cli.history import INSTANT_HINT, instant
from domain.errors import InvalidInputError

if TYPE_CHECKING:  # pydantic and the domain's figures are imported when a source is read, not to show help
    from domain.figures import Moment, Source

SOURCE_OPTIONS = {"name": "--source-name", "url": "--url", "relays": "--relays", "origin": "--origin"}
"""The option that gives each field of a source."""

MAX_TEXT = 200
"""The longest reason, note or name the history keeps."""


WHAT_TO_WRITE = {
    "--reason": "say why in a few words, like --reason 'the source withdrew the figure'",
    "--note": "say in a few words why the finding stands, like --note 'the ministry counts the wounded apart'",
    "--part": "name the group the terms speak of, like --part 'severely wounded'",
    "--says": "write the source's own words, briefly, or leave --says out",
    "FINDING_ID": "give the finding's id as `recon findings --open` or `recon report X` shows it",
}
"""What to write for each text a command needs, told to someone who left it empty."""


def required(value: str, option: str, longest: int = MAX_TEXT) -> str:
    """Text a reader must give: not empty, at most `longest` characters (200 by default), as the history keeps it."""
    cleaned = value.strip()
    if not cleaned:
        raise InvalidInputError(f"is empty: {WHAT_TO_WRITE.get(option, 'write a few words')}", option)
    if len(cleaned) > longest:
        raise InvalidInputError(f"is longer than {longest} characters", option)
    return cleaned


def person(name: str | None, option: str) -> str:
    """The name given, else $USER; refused when neither says who."""
    if name is not None and not name.strip():
        raise InvalidInputError(f"is empty: write who decided it, or leave {option} out to name $USER", option)
    chosen = (name if name is not None else os.environ.get("USER", "")).strip()
    if not chosen:
        raise InvalidInputError(f"say who decided this: give {option} NAME ($USER is not set)", option)
    return required(chosen, option)


def moment(written: str | None, option: str) -> Moment | None:
    """A date stays a date, as a dossier writes it; anything else is read as history.instant reads it."""
    if written is None:
        return None
    if not written.strip():
        raise InvalidInputError(f"no date or time given: {INSTANT_HINT}", option)
    try:
        return date.fromisoformat(written.strip())
    except ValueError:
        return instant(written, option)


def source_options(
    name: str | None,
    tier: str | None,
    url: str | None,
    published: str | None,
    relays: str | None,
    origin: str | None = None,
) -> Source:
    """The source the --source-name, --tier, --url, --published, --relays and --origin options describe."""
    from pydantic import ValidationError

    from domain.errors import invalid_input
    from domain.figures import Source, Tier

    if name is None or not name.strip():
        raise InvalidInputError("say who said it: give --source-name NAME and --tier, or --source", "--source-name")
    if tier is None:
        raise InvalidInputError(f"give --tier: {_tiers()}", "--tier")
    try:
        chosen = Tier(tier.strip().lower())
    except ValueError:
        raise InvalidInputError(f"unknown tier {tier!r}: choose {_tiers()}", "--tier") from None
    when = moment(published, "--published")
    url, relays = _blank_refused(url, "--url"), _blank_refused(relays, "--relays")
    said_first = _blank_refused(origin, "--origin")
    try:
        return Source(name=name, tier=chosen, url=url, published=when, relays=relays, origin=said_first)
    except ValidationError as error:
        refused = invalid_input(error)
        raise InvalidInputError(refused.message, SOURCE_OPTIONS.get(refused.field or "", "--source-name")) from None


def source_text(written: str, options: tuple[str | None, ...]) -> Source:
    """The source written out as a dossier writes it; refused beside any of the single source options."""
    from adapters.dossier.inline import read_source

    if any(option is not None for option in options):
        raise InvalidInputError("give the source as --source or as --source-name and --tier, not both", "--source")
    return read_source(written, "--source")


def _tiers() -> str:
    from domain.figures import Tier

    return ", ".join(tier.value for tier in Tier)


def _blank_refused(value: str | None, option: str) -> str | None:
    if value is not None and not value.strip():
        raise InvalidInputError("is empty; leave the option out instead", option)
    return value.strip() if value is not None else None
