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
    # Agreed: every claim gives the accepted value; resolved: only those giving it stand behind it.
    behind = state.evidence
    if state.status == "resolved":
        behind = tuple(item for item in state.evidence if item.value == state.accepted)
    # What follows depends only on who stands behind the figure, and the same few sources recur over every figure of
    # an exchange: a figure whose sources another had shares that one's description (it is immutable).
    said = tuple((item.origin, item.party, item.source, item.proper) for item in behind)
    return _described(state.status == "disputed", said, parties, direction)


Said = tuple[str | None, str | None, str, tuple[int, str] | None]
"""What a claim behind a figure tells of who stands behind it: its origin, the origin's party, its outlet, and for a
total read as the exchange proper the count it gave and the groups in addition."""


@lru_cache(maxsize=4096)
def _described(disputed: bool, behind: tuple[Said, ...], parties: tuple[str, str], direction: str) -> Corroboration:
    origins, outlets = _origins(behind)
    stating = {line.party for line in origins} & set(parties)
    kind: Kind
    # A figure said as a range has no single accepted value and is not disputed for that: its sources agree.
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
            f"{_said_by(origin, party, source)} gave {given[0]:,}, the exchange proper without {given[1]} in addition"
            for origin, party, source, given in behind
            if given is not None
        )
    )
    return Corroboration(
        kind=kind, origins=origins, outlets=outlets, unconfirmed_by=unconfirmed, exchange_proper=proper
    )


def _origins(behind: tuple[Said, ...]) -> tuple[list[OriginLine], int]:
    """The origins behind a figure, and how many outlets carried them."""
    outlets: dict[str, dict[str, None]] = {}
    first: dict[str, Said] = {}
    every: set[str] = set()
    for said in behind:
        origin, _, source, _ = said
        key = origin or source
        named = outlets.get(key)
        if named is None:
            named = outlets[key] = {}
            first[key] = said
        named[source] = None
        every.add(source)
    lines = [
        # An origin carried by one outlet names it as it said it, even an outlet's own reporting with no body named.
        OriginLine(origin, party, _said(origin, party, source), (source,))
        if len(outlets[key]) == 1
        else OriginLine(origin, party, _said_by(origin, party, source), tuple(outlets[key]))
        for key, (origin, party, source, _) in first.items()
    ]
    return lines, len(every)


def _said(origin: str | None, party: str | None, source: str) -> str:
    """ "Ukraine's Coordination Headquarters", or where the origin is not stated the outlet's name."""
    return source if origin is None or party is None else said_by(party, origin.partition(" / ")[2])


def _said_by(origin: str | None, party: str | None, source: str) -> str:
    """As `_said`, with the outlet's name for an origin that names no body either."""
    return _said(origin, party, source) or source
