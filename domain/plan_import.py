"""Recording dossiers: several exchanges and their claims in one transaction, with a count of what each changed."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from domain.commands import ExchangeCommands
from domain.errors import ConflictError, ReconError
from domain.exchange import Exchange, OriginAttributed, exchange_id
from domain.figures import Value
from domain.plans import ExchangePlan


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


class PlanImport(ExchangeCommands):
    """Records whole plans (an agreement, its claims, completions, denials and terms) all or nothing."""

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
            # An exchange agreed just now holds no claim yet: only one on file is asked about each claim.
            known = 0 if created else sum(1 for claim in plan.claims if exchange.on_file(claim) is not None)
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


def _record_the_rest(exchange: Exchange, plan: ExchangePlan) -> None:
    """What a plan says besides its claims: completions, their denials and statements of the terms."""
    for source in plan.completions:
        exchange.declare_complete(source)
    for source in plan.denials:
        exchange.deny_completion(source)
    for source in plan.continuing:
        exchange.deny_completion(source, continuing=True)
    for said in plan.by_unit:
        if said.says == "declared":
            exchange.declare_complete(said.source, unit=said.unit)
        else:
            exchange.deny_completion(said.source, continuing=said.says == "continuing", unit=said.unit)
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
