"""The Reconciler as the entry points run it: reports at the latest version and the exchange list come from the
read models kept in its store; as-of reports, timelines and diffs replay the events."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from eventsourcing.sqlite import SQLiteFactory

from adapters.collector import PausedReconciler
from adapters.readside.commands import CommandCache
from adapters.readside.service import ReadSide, Standing
from adapters.readside.sqlite import SQLiteReportsView
from adapters.readside.view import ReportsView
from domain.application import Outcome, Reconciler
from domain.exchange import Exchange
from domain.history import AsOf
from domain.identity import parse_ref
from domain.listing import ExchangeListing, listed
from domain.report_values import ReconciliationReport


class ReadModelReconciler(PausedReconciler):
    """Reads the latest reports and the list from the read models; whatever they cannot answer for (an exchange
    one of whose events cannot be loaded, one they have not seen yet, an unknown exchange) is replayed as before."""

    name = Reconciler.name

    _read_side: ReadSide | None = None
    _commands: CommandCache | None = None
    on_behind: Callable[[Standing], None] | None = None
    """Told when a read answers from read models that could not catch up within their bound (see ReadSide)."""

    @property
    def read_side(self) -> ReadSide:
        """The read side on this store, its tables created on first use."""
        if self._read_side is None:
            self._read_side = ReadSide(self, reports_view(self))
            self._read_side.on_behind = self.on_behind
        return self._read_side

    def _command(
        self, exchange: str | UUID, action: Callable[[Exchange], object], claim_id: UUID | None = None
    ) -> Outcome:
        """One command on the exchange kept for commands, brought up to date with the events recorded since."""
        if self._commands is None:
            self._commands = CommandCache(self)
        return self._commands.run(exchange, action, claim_id)

    def report(self, exchange: str | UUID, as_of: AsOf | None = None) -> ReconciliationReport:
        if as_of is None:
            found = self.read_side.report(exchange if isinstance(exchange, UUID) else parse_ref(exchange))
            if found is not None:
                return found
        return super().report(exchange, as_of)

    def exchanges(self) -> list[ExchangeListing]:
        return self.standing_exchanges()[0]

    def standing_exchanges(self) -> tuple[list[ExchangeListing], Standing]:
        """Every exchange's listing as the read models hold it, and where they stand against the log."""
        found, standing = self.read_side.listings()
        return [item if isinstance(item, ExchangeListing) else listed(self, item) for item in found], standing


def reports_view(reconciler: Reconciler) -> ReportsView:
    """The read models' tables in the Reconciler's own store: its SQLite file, its PostgreSQL database, or memory."""
    factory = reconciler.factory
    view: object
    if isinstance(factory, SQLiteFactory):
        view = factory.tracking_recorder(SQLiteReportsView)
    elif type(factory).__module__ == "eventsourcing.popo":  # imported only for a store kept in memory
        from adapters.readside.popo import POPOReportsView

        view = factory.tracking_recorder(POPOReportsView)
    else:  # the PostgreSQL driver is imported only for a PostgreSQL store
        from adapters.readside.postgres import PostgresReportsView

        view = factory.tracking_recorder(PostgresReportsView)
    if not isinstance(view, ReportsView):
        raise TypeError(f"no read models for a store of {type(factory).__name__}")
    return view
