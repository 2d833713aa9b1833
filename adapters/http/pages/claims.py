"""One claim's story: what it says, where it comes from, and the corrections and retraction that followed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from domain.application import Reconciler
from domain.dating import datings
from domain.errors import ClaimNotFoundError
from domain.exchange import ClaimCorrected, ClaimRecorded, ClaimRetracted, ClaimState, OriginAttributed
from domain.figures import Figures, Subset


@dataclass(frozen=True)
class Change:
    """A correction or a retraction: which event, when recorded, by whom, why, and new figures if any."""

    version: int
    recorded_at: datetime
    kind: str
    by: str
    reason: str
    figures: Figures | None = None


@dataclass(frozen=True)
class ClaimStory:
    """A claim of one exchange with its history."""

    slug: str
    title: str
    state: ClaimState
    recorded_at: datetime
    first_figures: Figures
    changes: list[Change] = field(default_factory=list)
    dated: str | None = None
    """How an as-announced view dates the claim when its source gave no day: 'undated; taken as of ...'."""
    unit: str = "people"
    """What the claim's figures count: its own unit, else the agreement's."""


def claim_story(reconciler: Reconciler, exchange: str, claim_id: UUID) -> ClaimStory:
    """The claim's current state and every event about it, in order; an unknown claim is refused."""
    latest = reconciler.exchange(exchange)
    state = latest.claims.get(claim_id)
    if state is None:
        raise ClaimNotFoundError(f"exchange {latest.agreement.slug} holds no claim {claim_id}", "claim_id")
    first, changes = state.claim.figures, list[Change]()
    when, dated, source = latest.created_on, None, state.claim.source
    events = reconciler.history(latest.id)
    for event, dating in zip(events, datings(events), strict=True):
        if isinstance(event, ClaimRecorded) and event.claim_id == claim_id:
            when, first, dated, source = event.recorded_at, event.claim.figures, dating.note, event.claim.source
        elif isinstance(event, OriginAttributed) and event.source == source:
            # Learned from the statement recorded again naming its origin, unless someone attributed it by hand.
            by, reason = event.attributed_by or "import", event.reason or "recorded again naming its origin"
            was = f"re-attributed from {source.origin.label} " if source.origin else "attributed "
            changes.append(
                Change(event.originator_version, event.recorded_at, f"{was}to {event.origin.label}", by, reason)
            )
            source = event.source.model_copy(update={"origin": event.origin})  # a later change names it so
        elif isinstance(event, ClaimCorrected) and event.claim_id == claim_id:
            changes.append(
                Change(
                    event.originator_version,
                    event.recorded_at,
                    "corrected",
                    event.corrected_by,
                    event.reason,
                    event.figures,
                )
            )
        elif isinstance(event, ClaimRetracted) and event.claim_id == claim_id:
            changes.append(
                Change(event.originator_version, event.recorded_at, "retracted", event.retracted_by, event.reason)
            )
    unit = state.claim.unit or latest.agreement.unit
    return ClaimStory(latest.agreement.slug, latest.agreement.title, state, when, first, changes, dated, unit)


def _subset_text(subset: Subset) -> str:
    """'severely_wounded: 22, in addition', 'azovstal_defenders: 18 of the mariupol_defenders', 'kursk_operation of
    the exchanged (no count)'."""
    within = f" of the {subset.within}" if subset.within else ""
    if subset.count is None:
        return f"{subset.name}{within} (no count)"
    return f"{subset.name}: {subset.count:,}{within}" + (", in addition" if subset.relation == "in_addition" else "")


def figures_text(figures: Figures) -> list[str]:
    """The figures a claim states, one line each, as a desk editor would read them aloud."""
    lines = [] if figures.total is None else [f"total {figures.total:,}"]
    for breakdown in figures.breakdowns:
        parts = ", ".join(f"{name} {count:,}" for name, count in breakdown.parts.items())
        within = f" of the {breakdown.within}" if breakdown.within else ""
        partial = "" if breakdown.complete else " (partial)"
        lines.append(f"{breakdown.dimension}{within}: {parts}{partial}")
    lines += [_subset_text(subset) for subset in figures.subsets]
    if figures.cumulative is not None:
        lines.append(f"running total {figures.cumulative:,}")
    return lines
