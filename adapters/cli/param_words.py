"""What a refused option or argument is told in recon's own words, not in the words of the pydantic check typer
runs on it ("Input should be greater than or equal to 1"); click's frame around it names the option."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import typer

_SAID: Mapping[str, Callable[[Any, Mapping[str, Any]], str]] = {
    "greater_than_equal": lambda given, limit: f"{given} is less than {limit['ge']}, the least it may be",
    "greater_than": lambda given, limit: f"{given} must be more than {limit['gt']}",
    "less_than_equal": lambda given, limit: f"{given} is more than {limit['le']}, the most it may be",
    "less_than": lambda given, limit: f"{given} must be less than {limit['lt']}",
    "int_parsing": lambda given, _: f"{given!r} is not a whole number",
    "int_from_float": lambda given, _: f"{given!r} is not a whole number",
    "uuid_parsing": lambda given, _: (
        f"{given!r} is not an id (ids are UUIDs, like 3f2b8c1e-5d4a-4f6b-9c7e-2a1b0c9d8e7f)"
    ),
}
"""The pydantic error types an option's check raises, each said as recon says it."""


def reworded(error: typer.BadParameter) -> str:
    """The refusal's message in recon's words: a known pydantic check rewritten, any other message as it is (less
    the "Value error, " pydantic puts before a choice's own message)."""
    from pydantic import ValidationError

    cause = error.__cause__
    if isinstance(cause, ValidationError) and cause.errors():
        first = cause.errors()[0]
        said = _SAID.get(first["type"])
        if said is not None:
            return said(first["input"], first.get("ctx") or {})
    return error.message.removeprefix("Value error, ")
