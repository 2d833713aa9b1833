"""Commands that do not replay an exchange's whole history: each process keeps the exchanges it recorded into,
brought up to date with only the events recorded since (by it or by any other process) before each command."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from contextlib import suppress
from uuid import UUID

from eventsourcing.application import LRUCache

from domain.application import Outcome, Reconciler
from domain.errors import ReconError
from domain.exchange import Exchange
from domain.history import replay
from domain.identity import parse_ref

CACHED_EXCHANGES = 64
"""How many exchanges a process keeps for its commands, the least recently used dropped first."""


def forked(exchange: Exchange) -> Exchange:
    """A copy of the exchange that a command on the original leaves as it was. An event replaces the values it
    changes in the exchange's dictionaries and lists (a claim's new state, a completion added) and never changes one
    in place, so copying those containers is enough: a fraction of a millisecond for thousands of claims."""
    copied = copy.copy(exchange)
    for name, value in vars(copied).items():
        if isinstance(value, dict | list):
            setattr(copied, name, copy.copy(value))
    return copied


class CommandCache:
    """The exchanges a process's commands work on, kept apart from what readers load.

    The library's own aggregate cache hands readers the very object commands change, unless it copies it on every
    load, which costs about as much as the replay it saves for a large exchange; this one is used by commands only,
    one command at a time, and keeps an exchange whose command failed as it stood before the command (its state
    may hold an unsaved event)."""

    def __init__(self, reconciler: Reconciler, size: int = CACHED_EXCHANGES) -> None:
        self.reconciler = reconciler
        self._exchanges: LRUCache[UUID, Exchange] = LRUCache(maxsize=size)
        self._quiet: set[UUID] = set()
        """Exchanges whose last command found no events but this process's own, and saved without a conflict."""
        self._lock = threading.Lock()

    def run(self, exchange: str | UUID, action: Callable[[Exchange], object], claim_id: UUID | None) -> Outcome:
        """Apply one command to the exchange as it stands in the store, save what it triggered, say what changed.

        While no other writer is seen on an exchange, a command runs on the exchange as this process last left it
        and its save is the check: the store refuses events whose versions another writer took. A command that
        triggers nothing or is refused may have been misled by what it did not see, so it runs again, as every
        command runs once another writer was seen, on the exchange brought up to date with the events since."""
        aggregate_id = exchange if isinstance(exchange, UUID) else parse_ref(exchange)
        with self._lock:
            if aggregate_id in self._quiet:
                try:
                    trusted = self._exchanges.get(aggregate_id)
                    outcome = self._apply(aggregate_id, trusted, action, claim_id, unchanged_is_final=False)
                except ReconError:  # a concurrent write among them: someone else writes into this exchange
                    outcome = None
                except KeyError:  # dropped from the cache meanwhile
                    outcome = None
                if outcome is not None:
                    return outcome
                self._quiet.discard(aggregate_id)
            aggregate, others = self._current(aggregate_id, exchange)
            found = self._apply(aggregate_id, aggregate, action, claim_id, unchanged_is_final=True)
            if found is None:  # never: an unchanged outcome is final here
                raise RuntimeError("a command on the current exchange gave no outcome")
            if not others:  # saved, and nobody else had written since this process's last command
                self._quiet.add(aggregate_id)
            return found

    def _apply(
        self,
        aggregate_id: UUID,
        aggregate: Exchange,
        action: Callable[[Exchange], object],
        claim_id: UUID | None,
        *,
        unchanged_is_final: bool,
    ) -> Outcome | None:
        before = forked(aggregate)
        try:
            named = action(aggregate)
            claim_id = named if isinstance(named, UUID) else claim_id
            if not aggregate.pending_events and not unchanged_is_final:
                self._exchanges.put(aggregate_id, before)
                return None
            changed = bool(self.reconciler.save(aggregate))
        except BaseException:
            # The exchange may hold an event that was not saved; as it stood before the command it is still
            # good, and the next command (a retry after another writer got there first) brings it up to date
            # with the events recorded since, whether this command's event was written or not.
            self._exchanges.put(aggregate_id, before)
            raise
        return Outcome(slug=aggregate.agreement.slug, version=aggregate.version, changed=changed, claim_id=claim_id)

    def forget(self, aggregate_id: UUID) -> None:
        """Drop the exchange: the next command loads it from its events."""
        with suppress(KeyError):
            self._exchanges.get(aggregate_id, evict=True)

    def _current(self, aggregate_id: UUID, ref: str | UUID) -> tuple[Exchange, bool]:
        """The exchange brought up to date, and whether events this process did not write were found."""
        try:
            kept = self._exchanges.get(aggregate_id)
        except KeyError:
            kept = None
        if kept is not None:
            try:
                newer = list(self.reconciler.events.get(aggregate_id, gt=kept.version))
                advanced = replay(kept, newer)  # type: ignore[arg-type]
            except Exception:  # loaded again below from all its events, which raises what is wrong by its own name
                self.forget(aggregate_id)
            else:
                if advanced is not None:
                    return advanced, bool(newer)
        loaded = self.reconciler.exchange(ref)
        self._exchanges.put(aggregate_id, loaded)
        return loaded, False
