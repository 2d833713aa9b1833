"""Checks and findings: what a rule expected, what it found, and the claims it rests on."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from uuid import UUID

from domain.amounts import Amount
from domain.citations import StagesCited
from domain.immutable import immutable
from domain.sources import Tier, said_by


class Severity(StrEnum):
    """How much a finding matters; an open error makes `recon check` fail."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    """A note, not a finding: the check cannot run yet (a stage's figure is unknown, the stages are behind), and
    the note says why. It is shown in a section of its own and never counts as an open finding."""


FINDING_SEVERITIES = (Severity.ERROR, Severity.WARNING)
"""The severities a finding can have, in the desk's order: `info` marks a note, which no list of findings holds."""


@immutable
class Evidence:
    """One claim's value for one figure: who said it, how reliable they are, and the event that recorded it."""

    source: str
    tier: Tier
    claim_id: UUID
    version: int
    figure: str
    value: int | date | Amount | str | None
    """A count (exact, or said with its uncertainty), for a stage's date the day the claim gives, or a name the
    claim gives (the mediator it names); None for a claim that reports a stage and gives no number (cited by a
    finding that no headcount was given)."""
    origin: str | None = None
    """Who first said it, 'Ukraine / Coordination Headquarters'; None when the source does not say (version 1)."""
    party: str | None = None
    """The origin's party (or mediator, or 'Media'); None when the origin is not stated."""
    proper: tuple[int, str] | None = None
    """For a total read as the exchange proper: the count the claim gave and the groups in addition that `value`
    adds to it ('wounded 12'); None for a figure weighed as stated."""
    given_in_all: int | None = None
    """For a total in all weighed less a group its claim counts in addition while others count it among the total:
    the total the claim gave; None for a figure weighed as stated."""

    @property
    def said_by(self) -> str | None:
        """ "Ukraine's Coordination Headquarters" (an outlet's own reporting by the outlet's name); None when the
        origin is not stated."""
        if self.origin is None or self.party is None:
            return None
        return said_by(self.party, self.origin.partition(" / ")[2])

    @property
    def cited(self) -> str:
        """'Censor.NET (established media, for Ukraine's Coordination Headquarters) 390', as a finding quotes it."""
        said = self.said_by
        return f"{self.source} ({self.tier.label}{', for ' + said if said else ''}) {self.shown}"

    @property
    def shown(self) -> str:
        """'1,000', 'more than 1,000', '2025-05-23' or 'no number'; '120, the exchange proper (132 with wounded 12
        in addition)'."""
        if self.value is None:
            return "no number"
        if self.proper is not None:
            return f"{self.proper[0]:,}, the exchange proper ({self.value:,} with {self.proper[1]} in addition)"
        if self.given_in_all is not None and isinstance(self.value, int):
            return f"{self.value:,} ({self.given_in_all:,} in all less {self.given_in_all - self.value:,})"
        if isinstance(self.value, int):
            return f"{self.value:,}"
        if isinstance(self.value, str):
            return self.value
        return self.value.label if isinstance(self.value, Amount) else self.value.isoformat()


@dataclass(frozen=True, slots=True)
class Subject:
    """What a check is about: a stage (None for the whole exchange), a direction, a figure, and the unit they count
    when it is not the exchange's own (the bodies of an exchange of prisoners)."""

    stage: int | None = None
    direction: str | None = None
    figure: str | None = None
    unit: str | None = None
    """None: the exchange's own unit, as every check said before the rules ran in other units."""

    @property
    def label(self) -> str:
        """'stage 1, to Ukraine, total' in plain words ('stage 1, to Ukraine, total, in bodies' in another unit)."""
        stage = "" if self.stage is None else f"stage {self.stage}"
        parts = [stage, self.direction or "", self.figure or "", f"in {self.unit}" if self.unit else ""]
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
    evidence: tuple[Evidence, ...] = ()
    stages_cited: tuple[StagesCited, ...] = ()
    """The stage figures a check of the stages' sum rests on, by reference: their claims are listed under each
    stage's figure, not in `evidence`, which holds the claims of the figure checked."""
    finding_id: str = field(init=False, compare=False)
    """Stable across replays: the rule and the subject, e.g. 'breakdown-sum/1/to Ukraine/service', with the unit
    last when it is not the exchange's own ('source-agreement/5/to Ukraine/total/bodies'): the ids of the exchange's
    own unit stay as they were, so acknowledgements stored before still find their findings."""

    def __post_init__(self) -> None:
        # Worked out once: the engine and the read models look findings up by it again and again.
        stage = "all" if self.subject.stage is None else str(self.subject.stage)
        parts = [self.rule, stage, self.subject.direction or "-", self.subject.figure or "-"]
        finding_id = "/".join([*parts, self.subject.unit] if self.subject.unit else parts)
        object.__setattr__(self, "finding_id", finding_id)

    @property
    def note(self) -> bool:
        """True for a check that cannot run yet: it is neither passed nor a finding, and says why."""
        return not self.passed and self.severity is Severity.INFO

    @property
    def finding(self) -> bool:
        """True for a failed check that is a finding: an open one counts in lists, `check` and the verdict."""
        return not self.passed and self.severity is not Severity.INFO

    @property
    def fingerprint(self) -> str:
        """Changes whenever the figures behind the finding change (not when another source repeats them)."""
        parts = [self.finding_id, self.expected, self.found, str(self.difference)]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def in_unit(check: Check, unit: str) -> Check:
    """The same check, said of another unit than the exchange's own: its subject and id name the unit."""
    return replace(check, subject=replace(check.subject, unit=unit))


def unique(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Each claim's figure cited once: a claim stated "each side" reaches a check through both directions."""
    return tuple({(item.claim_id, item.figure): item for item in evidence}.values())


def evidence_text(evidence: Sequence[Evidence]) -> str:
    """'Kyiv Independent (v4) 390; TASS (v5) 270' for a message or a table cell."""
    return "; ".join(f"{item.source} (v{item.version}) {item.shown}" for item in evidence)


def signed(difference: int) -> str:
    """'+1', '-3' or '0': a difference as an accountant writes it."""
    return f"{difference:+,}" if difference else "0"
