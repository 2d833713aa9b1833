"""What several checks ask of one state of the ledger alike, worked out once per change and read back with its reads.

After one claim, a party's progress and its completion are checked again for both parties, and each asks which stages
came after the declared completion: worked out for each it walked the last stages' claims eleven times an event. Kept
here from the first asking until the engine's next change, the answer costs the others a lookup; the reads that
working it out made are noted for each check that asks, so that each still runs again exactly when they change.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from domain.reconciliation.view import Reads, View

T = TypeVar("T")


def once(view: View, key: Hashable, work_out: Callable[[], T]) -> T:
    """What `work_out` finds in the view as the ledger now stands: worked out on first asking since the engine's last
    change (see `Engine._run`), then read back; either way its reads are noted as the asker's."""
    kept = view.worked_out.get(key)
    if kept is None or (view.reads is not None and kept[1] is None):
        asker = view.reads
        view.reads = None if asker is None else Reads()
        try:
            answer: object = work_out()
        finally:
            made, view.reads = view.reads, asker
        kept = view.worked_out[key] = (answer, made)
    value, reads = kept
    asker = view.reads
    if asker is not None and reads is not None:
        asker.keys |= reads.keys
        asker.prefixes |= reads.prefixes
        asker.citing |= reads.citing
    return cast(T, value)
