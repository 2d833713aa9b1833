"""notes-agreement: numbers kept as notes are read against each other, though never counted.

Notes that say what they count (`counts`) must give one number for each count, and one number must not stand for
two different counts: a relay that turns a mediator's 1,994 freed through its mediation into 1,994 freed in all
does not corroborate it.
"""

from __future__ import annotations

from collections.abc import Iterator

from domain.buckets import evidence_of
from domain.exchange import ClaimState
from domain.figures import NumberNote
from domain.findings import Check, Evidence, Severity, Subject
from domain.reconciliation.view import View

NOTES_AGREEMENT = "notes-agreement"

Noted = tuple[ClaimState, NumberNote]


def notes_agreement(view: View, scope: None, *, passing: bool = True) -> Iterator[Check]:
    """notes-agreement over the whole exchange: each count's numbers, and each number's counts."""
    counted = [(state, note) for state in view.remarked() for note in state.claim.notes if note.counts]
    by_count: dict[str, list[Noted]] = {}
    by_number: dict[str, list[Noted]] = {}
    for state, note in counted:
        by_count.setdefault(note.counts or "", []).append((state, note))
        by_number.setdefault(_shown(note.value), []).append((state, note))
    for counts, notes in by_count.items():
        yield from _one_number(counts, notes, passing)
    for number, notes in by_number.items():
        yield from _one_count(number, notes)


def _one_number(counts: str, notes: list[Noted], passing: bool) -> Iterator[Check]:
    """Notes counting the same thing give the same number."""
    numbers = sorted({_shown(note.value) for _, note in notes}, key=_order)
    sources = {state.claim.source.label for state, _ in notes}
    if len(numbers) == 1 and (not passing or len(sources) < 2):
        return
    agreed = len(numbers) == 1
    said = "; ".join(f"{_cited(state)} {_shown(note.value)}" for state, note in notes)
    yield Check(
        rule=NOTES_AGREEMENT,
        severity=Severity.WARNING,
        passed=agreed,
        subject=Subject(figure=f"note:{counts}"),
        message=f"{len(sources)} sources give {numbers[0]} for {counts}"
        if agreed
        else f"{counts} is given as {' and as '.join(numbers)}: {said}",
        expected="one number for each count",
        found=" / ".join(numbers),
        evidence=_evidence(notes),
    )


def _one_count(number: str, notes: list[Noted]) -> Iterator[Check]:
    """One number does not stand for two different counts (a pass here is no news: only a finding is kept)."""
    counts = sorted({note.counts or "" for _, note in notes})
    if len(counts) < 2 or len({state.claim.source.label for state, _ in notes}) < 2:
        return
    said = "; ".join(f"{note.meaning} ({_cited(state)})" for state, note in notes)
    yield Check(
        rule=NOTES_AGREEMENT,
        severity=Severity.WARNING,
        passed=False,
        subject=Subject(figure=f"note:{number}"),
        message=f"{number} is given as two different counts: {said}: neither corroborates the other",
        expected="one count for each number",
        found=" / ".join(counts),
        evidence=_evidence(notes),
    )


def _cited(state: ClaimState) -> str:
    """The outlet that carried the note: a claim's origin stated its figures, not necessarily the outlet's notes."""
    return state.claim.source.label


def _evidence(notes: list[Noted]) -> tuple[Evidence, ...]:
    found: dict[object, Evidence] = {}
    for state, note in notes:
        value = note.value if isinstance(note.value, int) else 0
        found.setdefault(state.claim_id, evidence_of(state, f"note:{note.counts}", value))
    return tuple(found.values())


def _shown(value: int | str) -> str:
    return f"{value:,}" if isinstance(value, int) else value


def _order(shown: str) -> tuple[int, str]:
    digits = shown.replace(",", "")
    return (int(digits), "") if digits.isdigit() else (0, shown)
