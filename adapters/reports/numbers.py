"""Numbers as every rendering prints them: which columns hold numbers, a count, a difference, a dash for none."""

from __future__ import annotations

from domain.findings import signed

MISSING = "—"

NUMERIC_HEADERS = frozenset(
    {
        "Accepted",
        "Target",
        "Remaining",
        "Over",
        "Value",
        "Event version",
        "Claims",
        "Open findings",
        "Version",
        "Difference",
    }
)


def numeric(header: str) -> bool:
    """True for a column of numbers, which reads best right-aligned."""
    return header in NUMERIC_HEADERS or header.startswith("Stage ")


def number(value: int | None) -> str:
    """'1,000', or a dash when the figure is not known."""
    return MISSING if value is None else f"{value:,}"


def difference(value: int | None) -> str:
    """'+1', '-3', '0', or a dash when the check has no numeric difference."""
    return MISSING if value is None else signed(value)
