"""The latest report and the list as quick commands read them: from the read models in the store's file when they
already hold every event, else through the Reconciler (which catches them up, or replays)."""

from __future__ import annotations

from pydantic import ValidationError

from adapters.cli.session import Session
from adapters.readside.stored import stored_document, stored_listings
from domain.identity import parse_ref
from domain.listing import ExchangeListing
from domain.report_values import ReconciliationReport


def latest_report(current: Session, exchange: str) -> ReconciliationReport:
    """The exchange's report at its latest version (`exchange` a slug or a UUID)."""
    document = stored_document(current.database_url, parse_ref(exchange))
    try:
        if document is not None:
            return ReconciliationReport.model_validate_json(document)
    except ValidationError:  # a row damaged in the file: the Reconciler answers from the events
        pass
    return current.reconciler.report(exchange)


def latest_listings(current: Session) -> list[ExchangeListing]:
    """Every exchange's list line, in the order agreed."""
    lines = stored_listings(current.database_url)
    try:
        if lines is not None:
            return [ExchangeListing.model_validate_json(line) for line in lines]
    except ValidationError:  # as for a report
        pass
    return current.reconciler.exchanges()
