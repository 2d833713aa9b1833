"""Keys a change to the ledger changed beyond those the ledger names, worked out from the readings it moved, so that
a check can read less than a whole bucket, or one figure across the stages, and run again only when that moves."""

from __future__ import annotations

from collections.abc import Hashable

from domain.columns import Changes


def across(direction: str, figure: str) -> tuple[str, str, str]:
    """The key of one figure of every numbered stage of a direction: changed whenever its reading at one moves."""
    return ("stage figures", direction, figure)


def derived(changes: Changes) -> set[Hashable]:
    """The keys a change to the ledger changed beyond those it names, from the readings it moved: each figure's (read
    by `View.figure`), and each figure's across the numbered stages of its direction (read by `View.unsettled`)."""
    found: set[Hashable] = set()
    for (stage, direction), readings in changes.readings.items():
        found.update(("figure", stage, direction, figure) for figure in readings)
        if stage is not None:
            found.update(across(direction, figure) for figure in readings)
    return found
