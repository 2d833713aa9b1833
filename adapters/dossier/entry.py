"""The base of every dossier entry, and how an entry's form (mapping, list, word, number) is told apart."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


def form(value: Any) -> str:
    """Which way an entry is written, so that each form is validated on its own terms."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return "a word" if isinstance(value, str) else "a number"


class Entry(BaseModel):
    """Base of every dossier entry: unknown keys are refused so that a typo never passes silently."""

    model_config = ConfigDict(frozen=True, extra="forbid")
