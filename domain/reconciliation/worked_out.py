"""What several checks ask of the ledger alike, worked out once and kept as a cell of its own, as a spreadsheet keeps
an intermediate cell: a check that asks reads the answer, not what working it out read.

After one claim on the last stage, both parties' progress and completion, and completion-agreement, ask which stages
came after the declared completion, which reads every claim of the last stages: each worked it out for itself (the
last stage's claims were walked fifteen times an event), and each ran again whenever a claim entered that stage. The
answer is now worked out once; after a change that reaches what it read the engine works it out again before any
check runs (`Engine.update`), and only when it differs do the checks that asked run again.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TypeVar, cast

from domain.reconciliation.view import Reads, View

T = TypeVar("T")


class _WorkedOut:
    """Stands in the place of a rule's id for an answer worked out once."""

    def __repr__(self) -> str:
        return "<worked out>"


WORKED_OUT = _WorkedOut()
"""A check that asked reads (WORKED_OUT, the answer's key); the answer itself is the reader (WORKED_OUT, key)."""


@dataclass(slots=True)
class Answer:
    """One answer as last worked out, what working it out read (None when nobody notes reads), and how to again."""

    value: object
    reads: Reads | None
    work_out: Callable[[View], object]
    """Given the view rather than holding it: an answer kept in its view must not hold the view in turn, or the view,
    its ledger and every claim would be left in a reference cycle for the cycle collector to find."""


def once(view: View, key: Hashable, work_out: Callable[[View], T]) -> T:
    """What `work_out` finds in the view as the ledger now stands, worked out on first asking and then read back; the
    asker notes that it read the answer. Asked while another answer is worked out, it is worked out in place, its reads
    that answer's: an answer never rests on another, so that working the changed ones out again needs no order."""
    asker = view.reads
    if view.working:
        return work_out(view)
    answer = view.worked_out.get(key)
    if answer is None or (asker is not None and answer.reads is None):
        answer = view.worked_out[key] = Answer(None, None, work_out)
        work_again(view, key, answer)
        if answer.reads is not None:
            view.worked_anew.append(key)
    if asker is not None:
        asker.keys.add((WORKED_OUT, key))
    return cast(T, answer.value)


def kept(view: View, key: Hashable) -> object | None:
    """The answer the view's checks last worked out for `key`, read without noting a read; None when none did.
    Only checks work answers out in an engine's view, and the engine works a reached one out again before they
    run (or drops them all, when it notes no reads), so an answer found here is the ledger's as it now stands."""
    answer = view.worked_out.get(key)
    return None if answer is None else answer.value


def work_again(view: View, key: Hashable, answer: Answer) -> bool:
    """Work the answer out again as the ledger now stands, noting its reads when the view notes any; True when it
    changed."""
    asker, view.working = view.reads, True
    view.reads = None if asker is None else Reads()
    try:
        value = answer.work_out(view)
    finally:
        reads, view.reads, view.working = view.reads, asker, False
    if reads is not None:
        reads.keys |= reads.citing  # whoever asks may cite: a change among those claims may change it for them
    changed = value != answer.value
    answer.value, answer.reads = value, reads
    return changed
