"""Questions about every exchange at once, answered from the read models where the Reconciler keeps them (the
entry points' one), else by replaying each exchange (the domain's own)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from eventsourcing.persistence import ApplicationRecorder

from adapters.readside.reconciler import ReadModelReconciler
from adapters.readside.service import Standing
from adapters.readside.view import ReportRow
from domain.application import Reconciler
from domain.errors import UnreadableExchangeError
from domain.identity import parse_ref
from domain.listing import ExchangeListing
from domain.report import build_report
from domain.report_values import ReconciliationReport


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


@dataclass(frozen=True, slots=True)
class LatestReports:
    """Every exchange's latest report in the order agreed (read as iterated), and where the read models stand
    against the log (None when every report is replayed)."""

    items: Iterator[Latest | Unreadable]
    standing: Standing | None


def latest_reports(reconciler: Reconciler) -> LatestReports:
    """Every exchange's latest report, in the order agreed; one that cannot be read says so instead. Read from the
    read models as far as they could catch up within their bound: an exchange agreed since is not in the list yet,
    and `standing` says how far behind it is."""
    if not isinstance(reconciler, ReadModelReconciler):
        return LatestReports((_replayed(reconciler, aggregate_id) for aggregate_id in reconciler.exchange_ids()), None)
    found = reconciler.read_side.documents()
    return LatestReports((_from_row(reconciler, row) for row in found.rows), found.standing)


def latest_document(reconciler: Reconciler, exchange: str | UUID) -> tuple[bytes | None, Standing | None]:
    """The exchange's latest report as the read models hold it, as JSON, and where they stand; None when they cannot
    answer for it (then the report is read as usual)."""
    if not isinstance(reconciler, ReadModelReconciler):
        return None, None
    found, standing = reconciler.read_side.row(exchange if isinstance(exchange, UUID) else parse_ref(exchange))
    return (None if found is None else found.report), standing


def checked_document(
    reconciler: Reconciler, exchange: str | UUID, keyring: ApplicationRecorder
) -> tuple[ReportRow | None, Standing | None, int | None]:
    """The exchange's row as `latest_document` reads its report, with the generation of the keyring whose recorder
    is given, read with the report where they share a database; None when the report is not read from the read
    models (then nothing was read)."""
    if not isinstance(reconciler, ReadModelReconciler):
        return None, None, None
    aggregate_id = exchange if isinstance(exchange, UUID) else parse_ref(exchange)
    found, standing, generation = reconciler.read_side.checked_row(aggregate_id, keyring)
    return (None if found is None or found.report is None else found), standing, generation


def latest_page(reconciler: Reconciler, exchange: str | UUID) -> tuple[bytes | None, Standing | None]:
    """The reading room's page of the exchange at its latest version as the read models hold it (JSON), and where
    they stand; None when they cannot answer for it (then the page is built from the replayed exchange)."""
    if not isinstance(reconciler, ReadModelReconciler):
        return None, None
    return reconciler.read_side.page(exchange if isinstance(exchange, UUID) else parse_ref(exchange))


@dataclass(frozen=True, slots=True)
class PageLines:
    """Every exchange as a row of the exchanges page, in the order agreed: the read models' JSON, else the report
    replayed (or why the exchange cannot be read); and where the read models stand (None when every one replayed)."""

    items: list[bytes | Latest | Unreadable]
    standing: Standing | None


def page_lines(reconciler: Reconciler) -> PageLines:
    """Every exchange's row of the exchanges page, read in one query of the read models' lines alone; an exchange
    they cannot answer for is replayed (see latest_reports)."""
    if not isinstance(reconciler, ReadModelReconciler):
        return PageLines([_replayed(reconciler, aggregate_id) for aggregate_id in reconciler.exchange_ids()], None)
    found, standing = reconciler.read_side.lines()
    return PageLines([_replayed(reconciler, key) if line is None else line for key, line in found], standing)


def listings(reconciler: Reconciler) -> tuple[list[ExchangeListing], Standing | None]:
    """Every exchange's list line in the order agreed, and where the read models stood (None when replayed)."""
    if isinstance(reconciler, ReadModelReconciler):
        return reconciler.standing_exchanges()
    return reconciler.exchanges(), None


def _from_row(reconciler: Reconciler, row: ReportRow) -> Latest | Unreadable:
    if row.report is None or row.changed is None:
        return _replayed(reconciler, row.exchange_id)
    report = ReconciliationReport.model_validate_json(row.report)
    return Latest(row.exchange_id, report, datetime.fromisoformat(row.changed))


def _replayed(reconciler: Reconciler, aggregate_id: UUID) -> Latest | Unreadable:
    try:
        exchange = reconciler.exchange(aggregate_id)
    except UnreadableExchangeError as error:
        return Unreadable(aggregate_id, error)
    return Latest(aggregate_id, build_report(exchange), exchange.modified_on)
