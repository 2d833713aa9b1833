"""Defaults a command line shows in its help, kept apart from the settings' machinery so that help starts at once."""

from __future__ import annotations

from collections.abc import Mapping

DEFAULT_DATABASE_URL = "sqlite:///var/recon.sqlite3"
"""The store when neither --db nor RECON_DATABASE_URL names one."""

UNCHECKED = frozenset({"RECON_DATABASE_URL", "RECON_DEBUG"})
"""Variables that need no checking: the store URL is free text (a bad one is refused when the store is opened) and
RECON_DEBUG is read by the command line itself."""


def plain_database_url(environ: Mapping[str, str]) -> str | None:
    """The store URL when the environment sets no RECON_* setting that needs checking, else None.

    Checking the settings means loading pydantic-settings and its sources, a good part of a quick command's start:
    when nothing but the store's URL is set there is nothing to check, so the URL is read as the settings read it."""
    if any(name.upper().startswith("RECON_") and name not in UNCHECKED for name in environ):
        return None
    return environ.get("RECON_DATABASE_URL", DEFAULT_DATABASE_URL)
