"""Who stands behind a figure, as a page shows it: each origin with the claim that carried it first, and the outlets
that relayed it, each linked to its claim.

The report's corroboration names origins and outlets; the figure's evidence holds the claims. A page joins the two
so that the desk can click from "Russia's Defence Ministry, relayed by TASS" to TASS's claim."""

from __future__ import annotations

from dataclasses import dataclass

from domain.corroboration import Corroboration
from domain.findings import Evidence
from domain.report_values import FigureLine

OUTLETS_NAMED = 3
"""Outlets named per origin; the rest are counted, as the figure's sources are."""
ORIGINS_NAMED = 2
"""Origins the 'stated by' line names; the outlets each carried are listed beside it."""


@dataclass(frozen=True)
class OriginShown:
    """One origin behind a figure: who said it, the claim that first carried it, and the outlets relaying it."""

    said_by: str
    stated: bool
    """False when the source did not say whose word it carries: then the outlet is its own origin."""
    first: Evidence
    outlets: list[Evidence]
    """Each outlet's first claim, the first outlet included; empty when an unstated origin is its only outlet."""
    more: int


def behind(line: FigureLine, named: int = OUTLETS_NAMED) -> list[OriginShown]:
    """The origins of the figure's corroboration in the order first cited, each joined to the claims behind it."""
    if line.corroboration is None:
        return []
    claims: dict[tuple[str, str], Evidence] = {}
    for item in line.sources:  # one pass: a figure of a long exchange rests on many claims
        claims.setdefault((item.origin or item.source, item.source), item)
    shown = []
    for origin in line.corroboration.origins:
        key = origin.origin or origin.outlets[0]
        carried = [claims[key, outlet] for outlet in origin.outlets if (key, outlet) in claims]
        if not carried:
            continue
        relayed = carried if origin.origin else []
        shown.append(
            OriginShown(origin.said_by, origin.origin is not None, carried[0], relayed[:named], len(relayed[named:]))
        )
    return shown


def said_briefly(corroboration: Corroboration, named: int = ORIGINS_NAMED) -> str:
    """The corroboration's 'stated by ...' with at most `named` origins named and the rest counted: a figure that
    dozens of outlets gave without naming an origin would otherwise list every one on every row."""
    if len(corroboration.origins) <= named + 1:
        return corroboration.said
    mixed = corroboration.kind != "origin_not_stated"
    names = [o.said_by if o.origin or not mixed else f"{o.said_by} (origin not stated)" for o in corroboration.origins]
    proper = "".join(f"; {line}" for line in corroboration.exchange_proper)
    return f"stated by {', '.join(names[:named])} and {len(names) - named} more ({corroboration.label}){proper}"
