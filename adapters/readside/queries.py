"""Questions about every exchange at once, answered from the read models where the Reconciler keeps them (the
entry points' one), else by replaying each exchange (the domain's own)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from adapters.readside.commands import parse_ref
from adapters.readside.reconciler import ReadModelReconciler
from domain.application import Reconciler
from domain.errors import UnreadableExchangeError
from domain.report import ReconciliationReport, build_report


@dataclass(frozen=True, slots=True)
class Latest:
    """An exchange's report at its latest version, and when its last event was recorded."""

    exchange_id: UUID
    report: ReconciliationReport
    changed: datetime


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An exchange one of whose stored events cannot be loaded, and the error loading it raises."""

    exchange_id: UUID
    error: UnreadableExchangeError


def latest_reports(reconciler: Reconciler) -> Iterator[Latest | Unreadable]:
    """Every exchange's latest report, in the order agreed; one that cannot be read says so instead."""
    rows = reconciler.read_side.documents() if isinstance(reconciler, ReadModelReconciler) else None
    if rows is None:
        for aggregate_id in reconciler.exchange_ids():
            yield _replayed(reconciler, aggregate_id)
        return
    for row in rows:
        if row.report is None or row.changed is None:
            yield _replayed(reconciler, row.exchange_id)
        else:
            report = ReconciliationReport.model_validate_json(row.report)
            yield Latest(row.exchange_id, report, datetime.fromisoformat(row.changed))


def latest_document(reconciler: Reconciler, exchange: str | UUID) -> bytes | None:
    """The exchange's latest report as the read models hold it, as JSON; None when they cannot answer for it (then
    the report is read as usual)."""
    if not isinstance(reconciler, ReadModelReconciler):
        return None
    found = reconciler.read_side.row(exchange if isinstance(exchange, UUID) else parse_ref(exchange))
    return None if found is None else found.report


def _replayed(reconciler: Reconciler, aggregate_id: UUID) -> Latest | Unreadable:
    try:
        exchange = reconciler.exchange(aggregate_id)
    except UnreadableExchangeError as error:
        return Unreadable(aggregate_id, error)
    return Latest(aggregate_id, build_report(exchange), exchange.modified_on)
