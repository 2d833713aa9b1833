"""Defaults a command line shows in its help, kept apart from the settings' machinery so that help starts at once."""

from __future__ import annotations

DEFAULT_DATABASE_URL = "sqlite:///var/recon.sqlite3"
"""The store when neither --db nor RECON_DATABASE_URL names one."""
