"""What a reconciliation report holds: its lines, as values (those about its checks kept in domain/report_checks.py,
and named here too). Building a report (domain.report) needs the whole engine; reading or printing a stored one needs
only these, so that a read starts without loading the engine."""

from __future__ import annotations

from datetime import date
from typing import Literal
from uuid import UUID

from pydantic import Field

from domain.acceptance import Status
from domain.citations import StagesCited
from domain.corroboration import Corroboration
from domain.findings import Evidence, Severity
from domain.report_checks import AcknowledgementLine as AcknowledgementLine
from domain.report_checks import CheckLine as CheckLine
from domain.report_checks import FindingLine as FindingLine
from domain.report_checks import PendingLine as PendingLine
from domain.values import Value


class FigureLine(Value):
    """A figure of one stage and direction: the accepted value and every source behind it."""

    figure: str
    accepted: int | None
    status: Status
    reason: str
    low: int | None = None
    high: int | None = None
    sources: list[Evidence]
    """Every source's value, with the event version that recorded it."""
    corroboration: Corroboration | None = None
    """Who stands behind the value: its origins and their outlets; None for a derived figure."""
    ranged: bool = False
    """True when the accepted value is the range from `low` to `high` (None: no largest), not a single count."""


class DirectionFigures(Value):
    """The figures of one stage in one direction."""

    direction: str
    figures: list[FigureLine]


class NoteLine(Value):
    """A number a claim gives that is not a headcount of this exchange, beside the claim (never counted)."""

    version: int
    """The event version that recorded the claim, as the stage's claims are listed."""
    source: str
    value: int | str
    meaning: str


class StageReport(Value):
    """A stage (None: the exchange as a whole) and its figures per direction."""

    stage: int | None
    date: date | None
    directions: list[DirectionFigures]
    notes: list[NoteLine] = Field(default_factory=list)
    """The notes of the stage's claims, by event version."""


class ProgressLine(Value):
    """How far one party's receipts are from what was agreed."""

    party: str
    target_kind: str
    target: int | None
    """The target's number; for terms said as a range ('range'), its lowest value."""
    target_high: int | None = None
    """For terms said as a range, its highest value: only going above it is over."""
    accepted: int
    remaining: int | None
    """How many are still to come to the target (to its lowest value, for terms said as a range)."""
    over: int
    stage_totals: dict[int, int | None]
    disputed: tuple[int, int | None] | None = None
    """What the stages with a disputed or ranged total add to `accepted`, at least and at most (None: no most);
    None when none is."""
    stage_ranges: dict[int, tuple[int, int | None]] = Field(default_factory=dict)
    """The stages whose total is disputed or a range (None in `stage_totals`), each with its smallest and largest
    value (None: no largest)."""
    after_completion: list[int] = Field(default_factory=list)
    """The stages first reported after the declared completion: shown, not counted in `accepted`."""
    remaining_high: int | None = None
    """For terms said as a range, how many are still to come to its highest value; None for any other target."""
    in_addition: int = 0
    """Of `accepted`, the groups handed over in addition to the exchange proper: outside what the terms promise."""

    @property
    def received(self) -> tuple[int, int | None]:
        """The fewest and the most received (None: no most): one value unless a stage's total is disputed or a
        range."""
        low, high = self.disputed or (0, 0)
        return self.accepted + low, None if high is None else self.accepted + high

    @property
    def against_terms(self) -> tuple[int, int | None]:
        """What was received less the groups in addition to the exchange proper: what counts against the terms."""
        low, high = self.received
        return low - self.in_addition, None if high is None else high - self.in_addition

    @property
    def to_go(self) -> tuple[int, int] | None:
        """The fewest and the most still to come (None without a numeric target): a range while a stage's total
        is disputed or a range, and under terms said as a range, from what its lowest value needs to what its
        highest needs."""
        if self.target is None:
            return None
        low, high = self.against_terms
        top = self.target_high if self.target_kind == "range" and self.target_high is not None else self.target
        return (0 if high is None else max(self.target - high, 0)), max(top - low, 0)


class ExchangeSummary(Value):
    """What was agreed, by whom, and how much has been recorded."""

    id: UUID
    slug: str
    title: str
    parties: tuple[str, str]
    terms: dict[str, str]
    unit: str
    agreed_on: date | None
    venue: str | None
    source: str
    declared_complete_by: list[str]
    claims: int
    retracted: int
    version: int
    terms_stated: list[str] = Field(default_factory=list)
    """Every statement of the terms, the agreement's own first; shown when there is more than one."""
    completion_denied_by: list[str] = Field(default_factory=list)
    set_aside: list[str] = Field(default_factory=list)
    """Planned figures, of any unit: shown, never counted."""
    without_headcount: list[str] = Field(default_factory=list)
    """Stages recorded as having taken place, with no headcount given."""
    unit_progress: list[str] = Field(default_factory=list)
    """Progress in a unit other than the agreement's (bodies beside people), against the terms stated in it."""


class UnitReport(Value):
    """A unit other than the exchange's own (the bodies beside the people): its figures stage by stage and its
    progress, against the targets every statement of that unit's terms gives alike."""

    unit: str
    terms: dict[str, str]
    """Each party's target in this unit as the terms word it ('6,000', 'at least 1,000'); a party with none is
    left out."""
    stages: list[StageReport]
    progress: list[ProgressLine]


Verdict = Literal["nothing recorded yet", "reconciles", "findings open", "errors open"]
"""An exchange's state in a word: 'nothing recorded yet' while no claim states a figure, so that an empty record
never reads as one that checks out."""


class ReconciliationReport(Value):
    """Everything a verification team needs to know about one exchange at one version."""

    exchange: ExchangeSummary
    as_of: str | None = None
    """The point of the history the report describes ('as of version 5'); None for the latest."""
    dated: list[str] = Field(default_factory=list)
    """For a view as announced before an instant: how each statement without a day of its own was dated."""
    verdict: Verdict
    stages: list[StageReport]
    progress: list[ProgressLine]
    passed: list[CheckLine]
    findings: list[FindingLine]
    pending: list[PendingLine] = Field(default_factory=list)
    """Checks that cannot be checked yet, each saying why: notes, not findings (never open, never counted)."""
    units: list[UnitReport] = Field(default_factory=list)
    """Every unit the exchange counts besides its own, each with its stage tables and progress."""

    @property
    def open_findings(self) -> list[FindingLine]:
        """Findings no reviewer has acknowledged as they stand."""
        return [finding for finding in self.findings if finding.open]

    def figures_cited(self, cited: StagesCited) -> list[tuple[int, FigureLine]]:
        """The stage figures a reference names, each with its stage: where the claims behind them are listed."""
        wanted = set(cited.numbers())
        return [
            (stage.stage, line)
            for stage in self.stages
            if stage.stage in wanted
            for direction in stage.directions
            if direction.direction == cited.direction
            for line in direction.figures
            if line.figure == cited.figure
        ]

    def rests_on(self, line: FindingLine | PendingLine) -> list[Evidence]:
        """Every claim behind a finding or a note: its own, then those of each stage figure it cites, stage by
        stage (a claim reaching it by two paths listed once)."""
        cited = [
            item
            for reference in line.stages_cited
            for _, figure in self.figures_cited(reference)
            for item in figure.sources
        ]
        return list({(item.claim_id, item.figure): item for item in [*line.evidence, *cited]}.values())

    @property
    def open_errors(self) -> list[FindingLine]:
        """Open findings of error severity: these make `recon check` fail."""
        return [finding for finding in self.open_findings if finding.severity == Severity.ERROR]
