"""Questions about every exchange at once, answered from the read models where the Reconciler keeps them (the
entry points' one), else by replaying each exchange (the domain's own)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple
from uuid import UUID

from eventsourcing.persistence import ApplicationRecorder

from adapters.readside.readback import damaged, read_report, report_reads_back
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
        return LatestReports((replayed(reconciler, aggregate_id) for aggregate_id in reconciler.exchange_ids()), None)
    found = reconciler.read_side.documents()
    return LatestReports((_from_row(reconciler, row) for row in found.rows), found.standing)


def latest_document(reconciler: Reconciler, exchange: str | UUID) -> tuple[bytes | None, Standing | None]:
    """The exchange's latest report as the read models hold it, as JSON, and where they stand; None when they cannot
    answer for it, a document that does not read back among them (then the report is read as usual)."""
    if not isinstance(reconciler, ReadModelReconciler):
        return None, None
    found, standing = reconciler.read_side.row(exchange if isinstance(exchange, UUID) else parse_ref(exchange))
    if found is None or found.report is None or not report_reads_back(found.exchange_id, found.report):
        return None, standing
    return found.report, standing


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
    if found is None or found.report is None or not report_reads_back(found.exchange_id, found.report):
        return None, standing, generation
    return found, standing, generation


def latest_page(reconciler: Reconciler, exchange: str | UUID) -> tuple[bytes | None, Standing | None]:
    """The reading room's page of the exchange at its latest version as the read models hold it (JSON), and where
    they stand; None when they cannot answer for it (then the page is built from the replayed exchange)."""
    if not isinstance(reconciler, ReadModelReconciler):
        return None, None
    return reconciler.read_side.page(exchange if isinstance(exchange, UUID) else parse_ref(exchange))


class StoredLine(NamedTuple):
    """An exchange's row of the exchanges page as the read models hold it (JSON), not yet read."""

    exchange_id: UUID
    document: bytes


@dataclass(frozen=True, slots=True)
class PageLines:
    """Every exchange as a row of the exchanges page, in the order agreed: the read models' JSON, else the report
    replayed (or why the exchange cannot be read); and where the read models stand (None when every one replayed)."""

    items: list[StoredLine | Latest | Unreadable]
    standing: Standing | None


def page_lines(reconciler: Reconciler) -> PageLines:
    """Every exchange's row of the exchanges page, read in one query of the read models' lines alone; an exchange
    they cannot answer for is replayed (see latest_reports)."""
    if not isinstance(reconciler, ReadModelReconciler):
        return PageLines([replayed(reconciler, aggregate_id) for aggregate_id in reconciler.exchange_ids()], None)
    found, standing = reconciler.read_side.lines()
    return PageLines(
        [replayed(reconciler, key) if line is None else StoredLine(key, line) for key, line in found], standing
    )


def listings(reconciler: Reconciler) -> tuple[list[ExchangeListing], Standing | None]:
    """Every exchange's list line in the order agreed, and where the read models stood (None when replayed)."""
    if isinstance(reconciler, ReadModelReconciler):
        return reconciler.standing_exchanges()
    return reconciler.exchanges(), None


def _from_row(reconciler: Reconciler, row: ReportRow) -> Latest | Unreadable:
    if row.report is None or row.changed is None:
        return replayed(reconciler, row.exchange_id)
    report = read_report(row.exchange_id, row.report)
    changed = None if report is None else _changed(row.exchange_id, row.changed)
    if report is None or changed is None:  # damaged in the store since it was written (warned): the events answer
        return replayed(reconciler, row.exchange_id)
    return Latest(row.exchange_id, report, changed)


def _changed(exchange_id: UUID, changed: str) -> datetime | None:
    try:
        return datetime.fromisoformat(changed)
    except ValueError:
        damaged(exchange_id, "report")
        return None


def replayed(reconciler: Reconciler, aggregate_id: UUID) -> Latest | Unreadable:
    """The exchange's latest report built from its events, or why one of them cannot be read."""
    try:
        exchange = reconciler.exchange(aggregate_id)
    except UnreadableExchangeError as error:
        return Unreadable(aggregate_id, error)
    return Latest(aggregate_id, build_report(exchange), exchange.modified_on)
