"""The Reconciler application: commands that record announcements, queries that reconcile them."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import MapperDeserialisationError, RecordConflictError, Recording
from eventsourcing.utils import get_topic

from domain import changes, history
from domain.changes import ExchangeDiff, Timeline, entry
from domain.errors import (
    ClaimNotFoundError,
    ConcurrentWriteError,
    ConflictError,
    ExchangeNotFoundError,
    FindingNotFoundError,
    InvalidInputError,
    ReconError,
    UnreadableExchangeError,
)
from domain.exchange import (
    Agreement,
    Claim,
    Exchange,
    ExchangeAgreed,
    OriginAttributed,
    TermsStatement,
    exchange_id,
)
from domain.figures import Figures, Moment, Origin, Source, Value
from domain.history import AsOf, replay
from domain.identity import parse_ref
from domain.listing import ExchangeListing as ExchangeListing  # re-exported: the listing is part of the query API
from domain.listing import listings
from domain.plans import ExchangePlan as ExchangePlan  # re-exported: recording plans is the application's command
from domain.report import build_report
from domain.report_values import ReconciliationReport
from domain.rulebook import reconcile_exchange
from domain.timeline import Event, timeline


class Outcome(Value):
    """What one command did: the exchange's version afterwards, and whether anything new was recorded."""

    slug: str
    version: int
    changed: bool
    claim_id: UUID | None = None


class ImportOutcome(Value):
    """What recording one plan changed: nothing at all when it was recorded before."""

    slug: str
    created: bool
    claims_recorded: int
    claims_already_known: int
    completions_recorded: int
    version: int
    statements_recorded: int = 0
    """Statements of the terms and denials of completion recorded anew."""
    origins_attributed: int = 0
    """Sources on file without an origin that the plan named with one: their statements were attributed it."""


class Reconciler(Application[UUID]):
    """Records what sources announce about exchanges and reconciles the figures."""

    name = "Reconciler"

    def agree_exchange(self, agreement: Agreement) -> Outcome:
        """Record an agreed exchange; agreeing it again on the same terms changes nothing (`changed` False)."""
        exchange, _ = self._agreed(agreement)
        changed = bool(self.save(exchange))
        return Outcome(slug=agreement.slug, version=exchange.version, changed=changed)

    def record_claim(self, exchange: str | UUID, claim: Claim, announced_at: Moment | None = None) -> Outcome:
        """Record what a source announced, saying whether it was new (the same claim twice is kept once) and the id
        it is on file under (the same claim recorded without its origin keeps its id and is attributed it)."""
        return self._command(exchange, lambda aggregate: aggregate.record(claim, announced_at))

    def correct_claim(
        self,
        exchange: str | UUID,
        claim_id: UUID,
        figures: Figures,
        reason: str,
        by: str,
        announced_at: Moment | None = None,
    ) -> Outcome:
        """Correct a claim's figures, keeping who did it and why; the same figures again change nothing."""
        return self._command(
            exchange, lambda aggregate: aggregate.correct(claim_id, figures, reason, by, announced_at), claim_id
        )

    def retract_claim(
        self,
        exchange: str | UUID,
        claim_id: UUID,
        reason: str,
        by: str,
        announced_at: Moment | None = None,
    ) -> Outcome:
        """Withdraw a claim: it stays in the history and stops counting; the same retraction again changes nothing."""
        return self._command(
            exchange, lambda aggregate: aggregate.retract(claim_id, reason, by, announced_at), claim_id
        )

    def attribute_origin(self, exchange: str | UUID, claim_id: UUID, origin: Origin, reason: str, by: str) -> Outcome:
        """Attribute an origin to the source of a claim on file, and so to every statement from that source; the
        same origin again changes nothing."""

        def attribute(aggregate: Exchange) -> None:
            state = aggregate.claims.get(claim_id)
            if state is None:
                raise ClaimNotFoundError(f"no claim {claim_id} in exchange {aggregate.agreement.slug}", "claim_id")
            if state.claim.source.origin != origin:
                aggregate.attribute_origin(state.claim.source, origin, by, reason)

        return self._command(exchange, attribute, claim_id)

    def declare_complete(self, exchange: str | UUID, source: Source, announced_at: Moment | None = None) -> Outcome:
        """Record a source's declaration that the exchange is complete; once per source."""
        return self._command(exchange, lambda aggregate: aggregate.declare_complete(source, announced_at))

    def state_terms(
        self, exchange: str | UUID, statement: TermsStatement, announced_at: Moment | None = None
    ) -> Outcome:
        """Record a source's statement of the terms; the same statement again changes nothing."""
        return self._command(exchange, lambda aggregate: aggregate.state_terms(statement, announced_at))

    def deny_completion(
        self, exchange: str | UUID, source: Source, continuing: bool = False, announced_at: Moment | None = None
    ) -> Outcome:
        """Record that a source said the exchange is not complete (or continues); once per source."""
        return self._command(exchange, lambda aggregate: aggregate.deny_completion(source, continuing, announced_at))

    def acknowledge_finding(self, exchange: str | UUID, finding_id: str, reviewer: str, note: str) -> Outcome:
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

        return self._command(exchange, acknowledge)

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

    def record_plans(self, plans: Sequence[ExchangePlan]) -> list[ImportOutcome]:
        """Record several exchanges and their claims in one transaction: all of it, or nothing."""
        outcomes: list[ImportOutcome] = []
        aggregates: dict[UUID, Exchange] = {}
        for plan in plans:
            slug = plan.agreement.slug
            earlier = aggregates.get(exchange_id(slug))
            # The agreement on file may be attributed its origin too: count from before it is recognised.
            attributed = 0 if earlier is None else _attributions(earlier)
            if earlier is None:
                exchange, created = self._agreed(plan.agreement)
            elif earlier.agreement != plan.agreement:
                raise ConflictError(f"exchange {slug} appears twice with different agreements", "exchange")
            else:
                exchange, created = earlier, False
            known = sum(1 for claim in plan.claims if exchange.on_file(claim) is not None)
            completions = len(exchange.completions)
            statements = len(exchange.terms_statements) + len(exchange.denials)
            for number, claim in enumerate(plan.claims):
                try:
                    exchange.record(claim)
                except ReconError as error:
                    path = _path(f"claims[{number}]", error.field)
                    raise type(error)(f"exchange {slug}: {error.message}", path) from None
            _record_the_rest(exchange, plan)
            aggregates[exchange.id] = exchange
            outcomes.append(
                ImportOutcome(
                    slug=slug,
                    created=created,
                    claims_recorded=len(plan.claims) - known,
                    claims_already_known=known,
                    completions_recorded=len(exchange.completions) - completions,
                    version=exchange.version,
                    statements_recorded=len(exchange.terms_statements) + len(exchange.denials) - statements,
                    origins_attributed=_attributions(exchange) - attributed,
                )
            )
        self.save(*aggregates.values())
        return outcomes

    def save(self, *objs: Any, **kwargs: Any) -> list[Recording[UUID]]:
        """Save pending events; a concurrent writer's events already in the way become a ConcurrentWriteError."""
        try:
            return super().save(*objs, **kwargs)
        except RecordConflictError:
            raise ConcurrentWriteError(
                "another writer recorded into the same exchange at the same time; nothing was written, try again",
                "exchange",
            ) from None

    def exchange(self, exchange: str | UUID) -> Exchange:
        """The exchange with this id or slug."""
        aggregate_id = exchange if isinstance(exchange, UUID) else parse_ref(exchange)
        try:
            with _readable(exchange):
                aggregate: object = self.repository.get(aggregate_id, projector_func=replay)
        except AggregateNotFoundError:
            raise ExchangeNotFoundError(f"no exchange {exchange!s}", "exchange") from None
        if not isinstance(aggregate, Exchange):
            raise ExchangeNotFoundError(f"no exchange {exchange!s}", "exchange")
        return aggregate

    def report(self, exchange: str | UUID, as_of: AsOf | None = None) -> ReconciliationReport:
        """The reconciliation report of the exchange as it stands, or as it stood at a point of its history."""
        if as_of is None:
            return build_report(self.exchange(exchange))
        if as_of.version is not None:
            earlier = self._exchange_at(exchange, as_of.version)
            return build_report(earlier, as_of.label)
        events = self.history(exchange)
        return build_report(history.as_of(events, as_of), as_of.label, history.dated_by_rule(events, as_of))

    def _exchange_at(self, exchange: str | UUID, version: int) -> Exchange:
        """The exchange as its first `version` events left it, replaying those events only."""
        aggregate_id = exchange if isinstance(exchange, UUID) else parse_ref(exchange)
        last = self.recorder.select_events(aggregate_id, desc=True, limit=1)
        if not last:
            raise ExchangeNotFoundError(f"no exchange {exchange!s}", "exchange")
        if version > last[0].originator_version:
            with _readable(exchange):
                earliest = self.repository.get(aggregate_id, version=1, projector_func=replay)
            raise InvalidInputError(
                f"exchange {earliest.agreement.slug} has {last[0].originator_version} events; "
                f"version {version} does not exist yet",
                "as_of_version",
            )
        with _readable(exchange):
            found: object = self.repository.get(aggregate_id, version=version, projector_func=replay)
        if not isinstance(found, Exchange):
            raise ExchangeNotFoundError(f"no exchange {exchange!s}", "exchange")
        return found

    def history(self, exchange: str | UUID, upto: int | None = None) -> list[Event]:
        """Every stored event of the exchange in order, or its first `upto` events."""
        aggregate_id = exchange if isinstance(exchange, UUID) else parse_ref(exchange)
        with _readable(exchange):
            events = cast(list[Event], list(self.events.get(aggregate_id, lte=upto)))
        if not events or not isinstance(events[0], ExchangeAgreed):
            raise ExchangeNotFoundError(f"no exchange {exchange!s}", "exchange")
        return events

    def timeline(self, exchange: str | UUID) -> Timeline:
        """Each event of the exchange and what it changed, computed in one pass over its history."""
        events = self.history(exchange)
        entries = [entry(event, step) for event, (step, _) in zip(events, timeline(events, cites=False), strict=True)]
        agreement = cast(ExchangeAgreed, events[0]).agreement
        return Timeline.trusted(slug=agreement.slug, title=agreement.title, entries=entries)

    def diff(self, exchange: str | UUID, start: AsOf, end: AsOf | None = None) -> ExchangeDiff:
        """What changed between two points of the recorded history (the end by default the latest), with the events
        responsible."""
        events = self.history(exchange)
        end = end or AsOf(version=len(events))
        first, last = _version_at(events, start, "from"), _version_at(events, end, "to")
        if first > last:
            raise InvalidInputError(f"the start ({_at(start, first)}) comes after the end ({_at(end, last)})", "from")
        steps = [
            entry(event, step)
            for event, (step, _) in zip(events[:last], timeline(events[:last], cites=False), strict=True)
        ]
        return changes.diff(
            build_report(history.as_of(events, AsOf(version=first)), start.label),
            build_report(history.as_of(events, AsOf(version=last)), end.label),
            [step for step in steps if step.version > first],
            (start.label, end.label),
        )

    def exchange_ids(self) -> Iterator[UUID]:
        """Every exchange's id, in the order they were agreed, read from the notification log."""
        topic = get_topic(ExchangeAgreed)
        start = 1
        while True:
            page = self.recorder.select_notifications(start=start, limit=500, topics=[topic])
            for notification in page:
                yield UUID(str(notification.originator_id))
            if len(page) < 500:
                return
            start = page[-1].id + 1

    def exchanges(self) -> list[ExchangeListing]:
        """One listing per exchange, with its verdict and open findings; one that cannot be read says why."""
        return listings(self)

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


@contextmanager
def _readable(exchange: str | UUID) -> Iterator[None]:
    """A stored event that cannot be loaded makes its exchange unreadable, and no other."""
    try:
        yield
    except MapperDeserialisationError as error:
        raise UnreadableExchangeError(
            f"exchange {exchange!s} cannot be read: {error}; `recon verify-store` names every damaged event", "exchange"
        ) from None


def _at(point: AsOf, version: int) -> str:
    return point.label if point.version is not None else f"{point.label}, version {version}"


def _version_at(events: list[Event], point: AsOf, side: str) -> int:
    """The version at one end of a diff; a refusal names that end ('from' or 'to')."""
    try:
        return history.version_at(events, point)
    except InvalidInputError as error:
        raise InvalidInputError(error.message, side) from None


def _record_the_rest(exchange: Exchange, plan: ExchangePlan) -> None:
    """What a plan says besides its claims: completions, their denials and statements of the terms."""
    for source in plan.completions:
        exchange.declare_complete(source)
    for source in plan.denials:
        exchange.deny_completion(source)
    for source in plan.continuing:
        exchange.deny_completion(source, continuing=True)
    for number, statement in enumerate(plan.terms):
        try:
            exchange.state_terms(statement)
        except ReconError as error:
            slug = exchange.agreement.slug
            raise type(error)(f"exchange {slug}: {error.message}", _path(f"terms[{number}]", error.field)) from None


def _attributions(exchange: Exchange) -> int:
    """How many origins the exchange has been attributed and not yet saved."""
    return sum(isinstance(event, OriginAttributed) for event in exchange.pending_events)


def _path(prefix: str, field: str | None) -> str:
    return f"{prefix}.{field}" if field else prefix
