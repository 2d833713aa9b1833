"""The Reconciler's commands: each loads one exchange, lets it decide what to record, and saves what it triggered."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import Any
from uuid import UUID

from eventsourcing.application import Application
from eventsourcing.persistence import RecordConflictError, Recording

from domain.errors import (
    ClaimNotFoundError,
    ConcurrentWriteError,
    ConflictError,
    ExchangeNotFoundError,
    FindingNotFoundError,
    StaleVersionError,
)
from domain.exchange import Agreement, Claim, Exchange, TermsStatement, Unit, exchange_id
from domain.figures import Figures, Moment, Origin, Source, Value
from domain.rulebook import reconcile_exchange


class Outcome(Value):
    """What one command did: the exchange's version afterwards, and whether anything new was recorded."""

    slug: str
    version: int
    changed: bool
    claim_id: UUID | None = None


def at_version(expected: int | None, action: Callable[[Exchange], object]) -> Callable[[Exchange], object]:
    """The command refused when the exchange is no longer at the version the writer read (with no version named,
    the command as it is). It runs on the exchange about to be saved, so a writer in between makes the save
    conflict rather than slip past the check."""
    if expected is None:
        return action

    def checked(aggregate: Exchange) -> object:
        if aggregate.version != expected:
            raise StaleVersionError(
                f"exchange {aggregate.agreement.slug} is at version {aggregate.version}, not {expected}: "
                "read it again before changing it",
                "If-Match",
            )
        return action(aggregate)

    return checked


class ExchangeCommands(Application[UUID]):
    """Records what sources announce about exchanges, one exchange at a time."""

    def agree_exchange(self, agreement: Agreement) -> Outcome:
        """Record an agreed exchange; agreeing it again on the same terms changes nothing (`changed` False)."""
        exchange, _ = self._agreed(agreement)
        changed = bool(self.save(exchange))
        return Outcome(slug=agreement.slug, version=exchange.version, changed=changed)

    def record_claim(
        self,
        exchange: str | UUID,
        claim: Claim,
        announced_at: Moment | None = None,
        *,
        expected_version: int | None = None,
    ) -> Outcome:
        """Record what a source announced, saying whether it was new (the same claim twice is kept once) and the id
        it is on file under (the same claim recorded without its origin keeps its id and is attributed it)."""
        return self._command(
            exchange, at_version(expected_version, lambda aggregate: aggregate.record(claim, announced_at)), None
        )

    def correct_claim(
        self,
        exchange: str | UUID,
        claim_id: UUID,
        figures: Figures,
        reason: str,
        by: str,
        announced_at: Moment | None = None,
        *,
        expected_version: int | None = None,
    ) -> Outcome:
        """Correct a claim's figures, keeping who did it and why; the same figures again change nothing."""
        return self._command(
            exchange,
            at_version(
                expected_version, lambda aggregate: aggregate.correct(claim_id, figures, reason, by, announced_at)
            ),
            claim_id,
        )

    def retract_claim(
        self,
        exchange: str | UUID,
        claim_id: UUID,
        reason: str,
        by: str,
        announced_at: Moment | None = None,
        *,
        expected_version: int | None = None,
    ) -> Outcome:
        """Withdraw a claim: it stays in the history and stops counting; the same retraction again changes nothing."""
        return self._command(
            exchange,
            at_version(expected_version, lambda aggregate: aggregate.retract(claim_id, reason, by, announced_at)),
            claim_id,
        )

    def attribute_origin(
        self,
        exchange: str | UUID,
        claim_id: UUID,
        origin: Origin,
        reason: str,
        by: str,
        expected_version: int | None = None,
    ) -> Outcome:
        """Attribute an origin to the source of a claim on file, and so to every statement from that source (another
        one, when the source names one already); the same origin again changes nothing. With `expected_version`,
        refused when the exchange has moved on since the desk read it."""

        def attribute(aggregate: Exchange) -> None:
            state = aggregate.claims.get(claim_id)
            if state is None:
                raise ClaimNotFoundError(f"no claim {claim_id} in exchange {aggregate.agreement.slug}", "claim_id")
            if state.claim.source.origin != origin:
                aggregate.attribute_origin(state.claim.source, origin, by, reason)

        return self._command(exchange, at_version(expected_version, attribute), claim_id)

    def declare_complete(
        self,
        exchange: str | UUID,
        source: Source,
        announced_at: Moment | None = None,
        unit: Unit | None = None,
        *,
        expected_version: int | None = None,
    ) -> Outcome:
        """Record a source's declaration that the exchange (with `unit`, that unit of it) is complete; once per
        source and unit."""
        return self._command(
            exchange,
            at_version(expected_version, lambda aggregate: aggregate.declare_complete(source, announced_at, unit)),
            None,
        )

    def state_terms(
        self,
        exchange: str | UUID,
        statement: TermsStatement,
        announced_at: Moment | None = None,
        *,
        expected_version: int | None = None,
    ) -> Outcome:
        """Record a source's statement of the terms; the same statement again changes nothing."""
        return self._command(
            exchange,
            at_version(expected_version, lambda aggregate: aggregate.state_terms(statement, announced_at)),
            None,
        )

    def deny_completion(
        self,
        exchange: str | UUID,
        source: Source,
        continuing: bool = False,
        announced_at: Moment | None = None,
        unit: Unit | None = None,
        *,
        expected_version: int | None = None,
    ) -> Outcome:
        """Record that a source said the exchange (with `unit`, that unit of it) is not complete (or continues);
        once per source and unit."""
        return self._command(
            exchange,
            at_version(
                expected_version, lambda aggregate: aggregate.deny_completion(source, continuing, announced_at, unit)
            ),
            None,
        )

    def acknowledge_finding(
        self, exchange: str | UUID, finding_id: str, reviewer: str, note: str, *, expected_version: int | None = None
    ) -> Outcome:
        """Acknowledge an open finding as it stands now; it reopens if the figures behind it change."""

        def acknowledge(aggregate: Exchange) -> None:
            checks = {check.finding_id: check for check in reconcile_exchange(aggregate) if not check.passed}
            if finding_id not in checks or checks[finding_id].note:
                # A note that a check cannot run yet is no finding: there is nothing to accept as it stands.
                why = " (only a note that it cannot be checked yet)" if finding_id in checks else ""
                raise FindingNotFoundError(
                    f"exchange {aggregate.agreement.slug} has no finding {finding_id!r}{why}", "finding_id"
                )
            aggregate.acknowledge(finding_id, checks[finding_id].fingerprint, reviewer, note)

        return self._command(exchange, at_version(expected_version, acknowledge), None)

    def _command(
        self, exchange: str | UUID, action: Callable[[Exchange], object], claim_id: UUID | None = None
    ) -> Outcome:
        """Load the exchange once, apply one command, save what it triggered and say what changed (and the claim's
        id, when the command names the claim it recorded)."""
        aggregate = self.exchange(exchange)
        named = action(aggregate)
        claim_id = named if isinstance(named, UUID) else claim_id
        changed = bool(self.save(aggregate))
        return Outcome(slug=aggregate.agreement.slug, version=aggregate.version, changed=changed, claim_id=claim_id)

    def save(self, *objs: Any, **kwargs: Any) -> list[Recording[UUID]]:
        """Save pending events; a concurrent writer's events already in the way become a ConcurrentWriteError."""
        try:
            return super().save(*objs, **kwargs)
        except RecordConflictError:
            raise ConcurrentWriteError(
                "another writer recorded into the same exchange at the same time; nothing was written, try again",
                "exchange",
            ) from None

    @abstractmethod
    def exchange(self, exchange: str | UUID) -> Exchange:
        """The exchange with this id or slug (loading it is the reads' business too)."""

    def _agreed(self, agreement: Agreement) -> tuple[Exchange, bool]:
        try:
            existing = self.exchange(exchange_id(agreement.slug))
        except ExchangeNotFoundError:
            return Exchange.agree(agreement), True
        if not existing.agreed_as(agreement):
            raise ConflictError(
                f"exchange {agreement.slug} is already recorded with a different agreement; "
                "record corrections as new claims instead",
                "exchange",
            )
        return existing, False
