"""Who stands behind an accepted figure: its origins, the outlets that relayed them, and how far they corroborate it.

Outlets relaying one origin are one piece of evidence. A figure is corroborated by independent origins, best by
origins of both parties. A party's word on the other party's side stays that party's word: the other party has not
confirmed it until one of its own origins gives the same value.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from domain.acceptance import FigureState
from domain.findings import Evidence
from domain.sources import said_by

Kind = Literal["single_origin", "independent_origins", "confirmed_by_both_parties", "disputed", "origin_not_stated"]
_KIND_LABEL: dict[Kind, str] = {
    "single_origin": "single origin",
    "independent_origins": "independent origins",
    "confirmed_by_both_parties": "confirmed by both parties",
    "disputed": "disputed",
    "origin_not_stated": "origin not stated",
}


@dataclass(frozen=True, slots=True)
class OriginLine:
    """One origin behind a figure and the outlets that carried its word."""

    origin: str | None
    """'Ukraine / Coordination Headquarters'; None when the source does not say whose word it carries."""
    party: str | None
    said_by: str
    """"Ukraine's Coordination Headquarters", or for an unstated origin the outlet's name."""
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Corroboration:
    """How an accepted figure is corroborated: by one origin, independent ones, both parties, or disputed."""

    kind: Kind
    origins: list[OriginLine]
    """The origins giving the accepted value (every origin, for a disputed figure), in the order first cited."""
    outlets: int
    unconfirmed_by: str | None = None
    """The party whose side the figure is about when only the other party stated it."""
    exchange_proper: tuple[str, ...] = ()
    """Who gave the exchange proper for a total in all: "Ukraine's President gave 120, the exchange proper
    without wounded 12 in addition"."""

    @property
    def label(self) -> str:
        """'confirmed by both parties; 9 outlets', 'single origin relayed by 3 outlets; Ukraine has not confirmed
        it'."""
        kind = _KIND_LABEL[self.kind]
        if self.kind == "independent_origins" and len({o.party for o in self.origins}) == 1:
            kind = "independent origins of one party"
        if self.kind == "single_origin" and self.outlets > 1:
            notes = [f"{kind} relayed by {self.outlets} outlets"]
        else:
            notes = [kind, "1 outlet" if self.outlets == 1 else f"{self.outlets} outlets"]
        if self.unconfirmed_by:
            notes.append(f"{self.unconfirmed_by} has not confirmed it")
        return "; ".join(notes)

    @property
    def said(self) -> str:
        """'stated by Ukraine's Coordination Headquarters and Russia's Defence Ministry (confirmed by both parties;
        9 outlets)'."""
        mixed = self.kind != "origin_not_stated"
        names = [o.said_by if o.origin or not mixed else f"{o.said_by} (origin not stated)" for o in self.origins]
        said = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return f"stated by {said} ({self.label})" + "".join(f"; {line}" for line in self.exchange_proper)

    def sentence(self, value: str) -> str:
        """'390: stated by Ukraine's Coordination Headquarters and Russia's Defence Ministry (confirmed by both
        parties; 9 outlets)'."""
        return f"{value}: {self.said}"


def corroboration(state: FigureState, parties: tuple[str, str], direction: str) -> Corroboration | None:
    """The corroboration of one accepted (or disputed) figure; None for a derived one, which rests on its parts."""
    if state.status == "derived" or not state.evidence:
        return None
    # A figure said as a range has no single accepted value and is not disputed for that: its sources agree.
    disputed = state.status == "disputed"
    # Agreed: every claim gives the accepted value; resolved: only those giving it stand behind it.
    behind = state.evidence
    if state.status == "resolved":
        behind = tuple(item for item in state.evidence if item.value == state.accepted)
    origins, outlets, proper_claims = _origins(behind)
    stating = {line.party for line in origins} & set(parties)
    kind: Kind
    if disputed:
        kind = "disputed"
    elif len(stating) == 2:
        kind = "confirmed_by_both_parties"
    elif all(line.origin is None for line in origins):
        kind = "origin_not_stated"
    else:
        kind = "single_origin" if len(origins) == 1 else "independent_origins"
    receiver = direction.removeprefix("to ")
    unconfirmed = receiver if len(stating) == 1 and receiver in parties and receiver not in stating else None
    proper = tuple(
        dict.fromkeys(
            f"{_said_by(item)} gave {item.proper[0]:,}, the exchange proper without {item.proper[1]} in addition"
            for item in proper_claims
            if item.proper is not None
        )
    )
    return Corroboration(
        kind=kind, origins=origins, outlets=outlets, unconfirmed_by=unconfirmed, exchange_proper=proper
    )


def _origins(evidence: tuple[Evidence, ...]) -> tuple[list[OriginLine], int, list[Evidence]]:
    """The origins behind a figure, how many outlets carried them, and the claims giving an exchange proper."""
    # A figure of a long exchange may rest on dozens of claims: one pass, dictionaries only.
    outlets: dict[str, dict[str, None]] = {}
    first: dict[str, Evidence] = {}
    every: set[str] = set()
    proper: list[Evidence] = []
    for item in evidence:
        key = item.origin or item.source
        named = outlets.get(key)
        if named is None:
            named = outlets[key] = {}
            first[key] = item
        named[item.source] = None
        every.add(item.source)
        if item.proper is not None:
            proper.append(item)
    lines = [
        _carried(item.origin, item.party, item.source)
        if len(outlets[key]) == 1
        else OriginLine(item.origin, item.party, _said_by(item), tuple(outlets[key]))
        for key, item in first.items()
    ]
    return lines, len(every), proper


@lru_cache(maxsize=4096)
def _carried(origin: str | None, party: str | None, outlet: str) -> OriginLine:
    """An origin carried by one outlet, the usual case: the same few sources recur across every figure of an
    exchange, so each such line is made once and shared (it is immutable)."""
    said = outlet if origin is None or party is None else _said(origin, party)
    return OriginLine(origin, party, said, (outlet,))


def _said_by(item: Evidence) -> str:
    return item.said_by or item.source


def _said(origin: str, party: str) -> str:
    return said_by(party, origin.partition(" / ")[2])
