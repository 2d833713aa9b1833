"""`recon list` and GET /exchanges: one line per exchange, and a line saying why for an exchange that cannot be read."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast
from uuid import UUID

from domain.errors import UnreadableExchangeError
from domain.figures import Value
from domain.report_values import ReconciliationReport

if TYPE_CHECKING:
    from domain.application import Reconciler

UNREADABLE = "unreadable"
"""The verdict of an exchange one of whose stored events cannot be loaded."""


class ExchangeListing(Value):
    """One line of `recon list`."""

    slug: str
    title: str
    parties: tuple[str, ...]
    """The two parties; none when even the agreement cannot be read."""
    claims: int
    verdict: str
    open_findings: int
    open_errors: int
    version: int
    unreadable: str | None = None
    """Why the exchange cannot be read, when one of its events cannot be loaded; its figures are then not counted."""


def listings(reconciler: Reconciler) -> list[ExchangeListing]:
    """One listing per exchange in the order agreed; an exchange that cannot be read is listed as such, with why,
    and the others are listed as usual."""
    return [listed(reconciler, aggregate_id) for aggregate_id in reconciler.exchange_ids()]


def listed(reconciler: Reconciler, aggregate_id: UUID) -> ExchangeListing:
    """The exchange's listing, replayed from its events; one that cannot be read is listed as such, with why."""
    try:
        return listing_of(reconciler.report(aggregate_id))
    except UnreadableExchangeError as error:
        return _unreadable(reconciler, aggregate_id, error)


def listing_of(report: ReconciliationReport) -> ExchangeListing:
    """The listing line of an exchange's latest report."""
    summary = report.exchange
    return ExchangeListing(
        slug=summary.slug,
        title=summary.title,
        parties=summary.parties,
        claims=summary.claims,
        verdict=report.verdict,
        open_findings=len(report.open_findings),
        open_errors=len(report.open_errors),
        version=summary.version,
    )


def _unreadable(reconciler: Reconciler, aggregate_id: UUID, error: UnreadableExchangeError) -> ExchangeListing:
    from domain.exchange import ExchangeAgreed  # the aggregate is loaded only when a listing must be replayed

    slug, title, parties = str(aggregate_id), "", cast(tuple[str, ...], ())
    try:
        first = reconciler.history(aggregate_id, upto=1)[0]
    except UnreadableExchangeError:
        first = None
    if isinstance(first, ExchangeAgreed):
        slug, title, parties = first.agreement.slug, first.agreement.title, first.agreement.parties
    last = reconciler.recorder.select_events(aggregate_id, desc=True, limit=1)
    return ExchangeListing(
        slug=slug,
        title=title,
        parties=parties,
        claims=0,
        verdict=UNREADABLE,
        open_findings=0,
        open_errors=0,
        version=last[0].originator_version if last else 0,
        unreadable=error.message,
    )
