"""The case file of one scenario: an in-memory Reconciler, the exchange at hand and what happened last."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from eventsourcing.domain import DomainEventProtocol
from pydantic import ValidationError

from domain.application import ExchangePlan, Reconciler
from domain.errors import ReconError, invalid_input
from domain.exchange import Agreement, Claim, Exchange
from domain.figures import Direction, Source, Terms
from domain.report_values import CheckLine, FindingLine, ReconciliationReport
from tests.acceptance.steps.tables import AnnouncementRow
from tests.acceptance.steps.vocabulary import slug_of

ClaimKey = tuple[str, int | None, str]
"""An announcement as the team refers to it: the source's name, the stage (None: the whole exchange), the direction."""


def check_id(line: CheckLine | FindingLine) -> str:
    """A passed check's id, written the way a finding's id is: 'breakdown-sum/1/to Ukraine/service', ending in
    '/bodies' for a check in a unit other than the exchange's own."""
    stage = "all" if line.stage is None else str(line.stage)
    unit = [line.unit] if line.unit else []
    return "/".join([line.rule, stage, line.direction or "-", line.figure or "-", *unit])


def claim_of(row: AnnouncementRow) -> Claim:
    """The domain's Claim for a row; malformed figures are refused with the field named, as any adapter would."""
    try:
        return Claim.model_validate(row.claim_data())
    except ValidationError as error:
        raise invalid_input(error) from None


@dataclass
class Casefile:
    """What one scenario has recorded and read so far."""

    reconciler: Reconciler
    slug: str = ""
    claims: dict[ClaimKey, UUID] = field(default_factory=dict)
    latest: ReconciliationReport | None = None
    refusal: ReconError | None = None
    version_before: int | None = None
    dossier: str | None = None
    """The last dossier the desk imported, in its words."""

    def agree(self, title: str, parties: tuple[str, str], terms: Terms, source: Source, unit: str) -> None:
        """Record the agreement; the exchange's slug comes from its title."""
        self.slug = slug_of(title)
        agreement = Agreement.model_validate(
            {"slug": self.slug, "title": title, "parties": parties, "terms": terms, "unit": unit, "source": source}
        )
        self.reconciler.agree_exchange(agreement)

    def record(self, row: AnnouncementRow) -> UUID:
        """Record one announcement and remember how the team refers to it."""
        claim = claim_of(row)
        recorded = self.reconciler.record_claim(self.slug, claim).claim_id
        claim_id = claim.claim_id if recorded is None else recorded
        self.claims[key_of(claim.source.name, claim.stage, claim.direction)] = claim_id
        return claim_id

    def claim_id(self, source: str, stage: int | None, direction: Direction) -> UUID:
        """The id of an announcement recorded earlier in the scenario."""
        return self.claims[key_of(source, stage, direction)]

    def attempt(self, row: AnnouncementRow, slug: str | None = None) -> None:
        """Try to record one announcement, keeping the refusal instead of raising it."""
        self.version_before = self.version()
        try:
            self.reconciler.record_claim(slug or self.slug, claim_of(row))
        except ReconError as error:
            self.refusal = error

    def attempt_together(self, rows: list[AnnouncementRow]) -> None:
        """Try to record announcements in one go, as an import does: all of them or none."""
        self.version_before = self.version()
        try:
            plan = ExchangePlan(agreement=self.exchange().agreement, claims=tuple(claim_of(row) for row in rows))
            self.reconciler.record_plans([plan])
        except ReconError as error:
            self.refusal = error

    def exchange(self) -> Exchange:
        """The exchange as it stands."""
        return self.reconciler.exchange(self.slug)

    def version(self) -> int:
        """The exchange's current version: 1 after the agreement, one more for each event since."""
        return self.exchange().version

    def history(self) -> list[DomainEventProtocol[UUID]]:
        """Every event the exchange has stored, oldest first."""
        return list(self.reconciler.repository.event_store.get(self.exchange().id))

    def reconcile(self) -> ReconciliationReport:
        """Reconcile the exchange as it stands, and keep the report for the checks that follow."""
        self.latest = self.reconciler.report(self.slug)
        return self.latest

    @property
    def report(self) -> ReconciliationReport:
        """The report of the last reconciliation."""
        assert self.latest is not None, "reconcile the exchange before reading its report"
        return self.latest

    def finding(self, finding_id: str) -> FindingLine:
        """A listed finding by its id."""
        listed = {line.id: line for line in self.report.findings}
        assert finding_id in listed, f"no finding {finding_id!r}; the report lists {sorted(listed)}"
        return listed[finding_id]

    def passed(self) -> dict[str, CheckLine]:
        """Every passed check of the last report, by id."""
        return {check_id(line): line for line in self.report.passed}


def key_of(source: str, stage: int | None, direction: Direction) -> ClaimKey:
    """How the team refers to an announcement."""
    return (source, stage, direction.label)
