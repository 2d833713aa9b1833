"""Checks and findings: what a rule expected, what it found, and the claims it rests on."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

from domain.figures import Tier


class Severity(StrEnum):
    """How much a finding matters; an open error makes `recon check` fail."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One claim's value for one figure: who said it, how reliable they are, and the event that recorded it."""

    source: str
    tier: Tier
    claim_id: UUID
    version: int
    figure: str
    value: int | date
    """A count, or for a stage's date, the day the claim gives."""

    @property
    def shown(self) -> str:
        """'1,000' or '2025-05-23'."""
        return f"{self.value:,}" if isinstance(self.value, int) else self.value.isoformat()


@dataclass(frozen=True, slots=True)
class Subject:
    """What a check is about: a stage (None for the whole exchange), a direction, a figure."""

    stage: int | None = None
    direction: str | None = None
    figure: str | None = None

    @property
    def label(self) -> str:
        """'stage 1, to Ukraine, total' in plain words."""
        stage = "" if self.stage is None else f"stage {self.stage}"
        parts = [stage, self.direction or "", self.figure or ""]
        return ", ".join(part for part in parts if part) or "whole exchange"


@dataclass(frozen=True, slots=True, kw_only=True)
class Check:
    """One balance check: passed, or a finding that states expected, found and the difference."""

    rule: str
    severity: Severity
    passed: bool
    subject: Subject
    message: str
    expected: str
    found: str
    difference: int | None = None
    evidence: Sequence[Evidence] = ()
    finding_id: str = field(init=False, compare=False)
    """Stable across replays: the rule and the subject, e.g. 'breakdown-sum/1/to Ukraine/service'."""

    def __post_init__(self) -> None:
        stage = "all" if self.subject.stage is None else str(self.subject.stage)
        finding_id = "/".join([self.rule, stage, self.subject.direction or "-", self.subject.figure or "-"])
        object.__setattr__(self, "finding_id", finding_id)

    def citing(self, evidence: Sequence[Evidence]) -> Check:
        """The same check citing `evidence` instead (itself when that is the evidence it cites)."""
        if evidence is self.evidence:
            return self
        made = object.__new__(Check)
        for name in _KEPT:
            _set(made, name, getattr(self, name))
        _set(made, "evidence", evidence)
        return made

    @property
    def fingerprint(self) -> str:
        """Changes whenever the figures behind the finding change (not when another source repeats them)."""
        parts = [self.finding_id, self.expected, self.found, str(self.difference)]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


_set = object.__setattr__
_KEPT = tuple(name for name in Check.__slots__ if name != "evidence")


class Cited(Sequence[Evidence]):
    """Evidence from many stages, put together only when it is read.

    A finding about the whole exchange cites every stage's claims; kept up to date after each of thousands of
    events, copying them all every time would cost more than everything else. The stages' evidence is held in
    immutable chunks of stages (see `StageCitations`), so holding the chunks is as good as copying them.
    """

    __slots__ = ("_chunks", "_head", "_items", "_through")

    def __init__(self, head: Sequence[Evidence], chunks: Chunks, through: int | None = None) -> None:
        self._head = tuple(head)
        self._chunks = chunks
        self._through = through
        self._items: tuple[Evidence, ...] | None = None

    def _all(self) -> tuple[Evidence, ...]:
        if self._items is None:
            last = self._through
            found = list(self._head)
            for first, chunk in enumerate(self._chunks):
                for offset, cites in enumerate(chunk):
                    if cites is not None and (last is None or first * CHUNK + offset <= last):
                        found.extend(cites)
            self._items = tuple(found)
        return self._items

    def __getitem__(self, index: int | slice) -> Any:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[Evidence]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Cited) and (self._through, self._head) == (other._through, other._head):
            # The same stages citing the same (immutable) evidence: no need to put it together.
            return self._chunks == other._chunks or self._same_stages(other)
        return isinstance(other, Sequence) and self._all() == tuple(other)

    def _same_stages(self, other: Cited) -> bool:
        """True when every stage up to `through` cites the same claims in both.

        This gives the answer comparing all the evidence put together would give, because a claim is cited at
        its own stage only and never changes stage (a correction replaces its figures)."""
        empty = (None,) * CHUNK
        for index in range(max(len(self._chunks), len(other._chunks))):
            mine = self._chunks[index] if index < len(self._chunks) else empty
            theirs = other._chunks[index] if index < len(other._chunks) else empty
            if mine is theirs:
                continue
            for offset, (a, b) in enumerate(zip(mine, theirs, strict=True)):
                if self._through is not None and index * CHUNK + offset > self._through:
                    return True
                if (a or ()) != (b or ()):
                    return False
        return True

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all())


CHUNK = 64
"""Stages per chunk of `StageCitations`."""
Chunks = tuple[tuple[tuple[Evidence, ...] | None, ...], ...]
"""Chunks of CHUNK stages, each stage's evidence or None: stage n is at chunks[n // CHUNK][n % CHUNK]."""


class StageCitations:
    """Each stage's evidence for one figure, kept in immutable chunks: changing a stage copies one chunk, and
    `snapshot` hands out the current state without copying any stage."""

    __slots__ = ("_chunks",)

    def __init__(self) -> None:
        self._chunks: list[tuple[tuple[Evidence, ...] | None, ...]] = []

    def put(self, stage: int, cites: tuple[Evidence, ...] | None) -> None:
        """Set (or, with None, remove) a stage's evidence."""
        index, offset = divmod(stage, CHUNK)
        while len(self._chunks) <= index:
            self._chunks.append((None,) * CHUNK)
        chunk = self._chunks[index]
        if chunk[offset] is not cites:
            self._chunks[index] = (*chunk[:offset], cites, *chunk[offset + 1 :])

    def snapshot(self) -> Chunks:
        """The evidence as it stands, unchanged by later puts."""
        return tuple(self._chunks)


def unique(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Each claim's figure cited once: a claim stated "each side" reaches a check through both directions."""
    return tuple({(item.claim_id, item.figure): item for item in evidence}.values())


def evidence_text(evidence: Sequence[Evidence]) -> str:
    """'Kyiv Independent (v4) 390; TASS (v5) 270' for a message or a table cell."""
    return "; ".join(f"{item.source} (v{item.version}) {item.shown}" for item in evidence)


def signed(difference: int) -> str:
    """'+1', '-3' or '0': a difference as an accountant writes it."""
    return f"{difference:+,}" if difference else "0"
