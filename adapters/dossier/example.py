"""The figures of a claim as a dossier writes them, for help texts that show how: kept apart so they load at once."""

from __future__ import annotations

FIGURES_EXAMPLE = "{total: 390, breakdowns: {service: {military: 270, civilian: 120}}}"
