"""mediator-agreement: who brokered a stage, as the parties and the mediators themselves say, against the rest.

A mediator named by either party, or by itself, is on record; several may each have brokered a part. One that only
outlets name, while a party or a mediator names another for the same stage, is a disagreement on the mediator.
"""

from __future__ import annotations

from collections.abc import Iterator

from domain.buckets import evidence_of
from domain.exchange import ClaimState
from domain.findings import Check, Evidence, Severity, Subject
from domain.reconciliation.view import View

MEDIATOR_AGREEMENT = "mediator-agreement"


def mediator_agreement(view: View, scope: None, *, passing: bool = True) -> Iterator[Check]:
    """mediator-agreement over the whole exchange: each stage's mediators, as its claims name them."""
    stages: dict[int | None, dict[str, list[ClaimState]]] = {}
    for state in view.remarked():
        for mediator in state.claim.mediated_by:
            stages.setdefault(state.claim.stage, {}).setdefault(mediator, []).append(state)
    for stage, named in stages.items():
        on_record = {m: states for m, states in named.items() if _vouched(m, states, view.parties)}
        for mediator, states in named.items():
            if on_record and mediator not in on_record:
                yield _disagreement(stage, mediator, states, on_record)


def _vouched(mediator: str, states: list[ClaimState], parties: tuple[str, str]) -> bool:
    """True when a party, or the mediator itself, is the origin of a claim naming it."""
    return any(_party(state) in (*parties, mediator) for state in states)


def _party(state: ClaimState) -> str | None:
    origin = state.claim.source.origin
    return origin.party if origin else None


def _disagreement(
    stage: int | None, mediator: str, states: list[ClaimState], on_record: dict[str, list[ClaimState]]
) -> Check:
    named = " and ".join(on_record)
    record = "; ".join(f"{_names(held)} name {m}" for m, held in on_record.items())
    return Check(
        rule=MEDIATOR_AGREEMENT,
        severity=Severity.WARNING,
        passed=False,
        subject=Subject(stage=stage, figure=f"mediator:{mediator}"),
        message=f"{_outlets(states)} names {mediator} as mediator; {record}, and neither a party nor {mediator} "
        f"itself names {mediator}",
        expected=f"{named}, as named by the parties or the mediator",
        found=mediator,
        evidence=_evidence(states, on_record),
    )


def _outlets(states: list[ClaimState]) -> str:
    return _joined([state.claim.source.label for state in states])


def _names(states: list[ClaimState]) -> str:
    """Each origin once, as a desk writes it, or the outlet where none is stated."""
    return _joined([s.claim.source.origin.said_by if s.claim.source.origin else s.claim.source.label for s in states])


def _joined(names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _evidence(states: list[ClaimState], on_record: dict[str, list[ClaimState]]) -> tuple[Evidence, ...]:
    cited = [(state, mediator) for state in states for mediator in state.claim.mediated_by]
    cited += [(state, m) for m, held in on_record.items() for state in held]
    found: dict[tuple[object, str], Evidence] = {}
    for state, mediator in cited:
        found.setdefault((state.claim_id, mediator), evidence_of(state, "mediator", mediator))
    return tuple(found.values())
