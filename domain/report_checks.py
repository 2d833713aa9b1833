"""The lines of a report about its checks, as values: each finding with its evidence and acknowledgement, each note
of a check that cannot run yet, and each check that passed (the rest of a report's values are in
domain/report_values.py, which names these too)."""

from __future__ import annotations

from pydantic import Field

from domain.citations import StagesCited
from domain.findings import Evidence, Severity
from domain.values import Value


class AcknowledgementLine(Value):
    """A reviewer's acknowledgement; `current` is False once the figures behind it changed."""

    reviewer: str
    note: str
    version: int
    current: bool


class FindingLine(Value):
    """A failed check, stated like a balance-check message, with its evidence."""

    id: str
    rule: str
    statement: str
    severity: Severity
    stage: int | None
    direction: str | None
    figure: str | None
    unit: str | None = None
    """The unit the check counts when not the exchange's own ('bodies'); None for the exchange's own."""
    message: str
    expected: str
    found: str
    difference: int | None
    evidence: list[Evidence]
    """The claims of the figure checked (and of the figures it is checked with, within its own stage)."""
    stages_cited: list[StagesCited] = Field(default_factory=list)
    """For a figure checked against the stages' sum: the stage figures summed, by reference. Each stage's accepted
    value, corroboration and claims are in `stages`, under that stage, direction and figure."""
    acknowledgement: AcknowledgementLine | None = None

    @property
    def open(self) -> bool:
        """True unless a reviewer acknowledged the finding as it stands now."""
        return self.acknowledgement is None or not self.acknowledgement.current


class PendingLine(Value):
    """A check that cannot run yet, and why: shown in a section of its own, never an open finding."""

    id: str
    rule: str
    stage: int | None
    direction: str | None
    figure: str | None
    unit: str | None = None
    """The unit the check counts when not the exchange's own ('bodies'); None for the exchange's own."""
    reason: str
    """Why, as a desk notes it: '1,000 cannot be checked yet: stage 3 has no total figure'."""
    evidence: list[Evidence]
    stages_cited: list[StagesCited] = Field(default_factory=list)
    """The stage figures the check would sum, by reference, as a finding's (see FindingLine.stages_cited)."""


class CheckLine(Value):
    """A check that passed, kept so readers see what was verified, not only what failed."""

    id: str
    rule: str
    stage: int | None
    direction: str | None
    figure: str | None
    unit: str | None = None
    """The unit the check counts when not the exchange's own ('bodies'); None for the exchange's own."""
    message: str
