"""The words and numbers every rendering shares, so text, Markdown and JSON readers see the same figures: the
exchange's facts and its stage tables here; numbers, progress tables and findings in modules of their own, whose
names are read from here as well."""

from __future__ import annotations

from adapters.reports.finding_cells import PENDING_TITLE as PENDING_TITLE
from adapters.reports.finding_cells import acknowledgement as acknowledgement
from adapters.reports.finding_cells import evidence_row as evidence_row
from adapters.reports.finding_cells import finding_state as finding_state
from adapters.reports.finding_cells import findings_summary as findings_summary
from adapters.reports.finding_cells import passed_summary as passed_summary
from adapters.reports.finding_cells import pending_rows as pending_rows
from adapters.reports.finding_cells import pending_title as pending_title
from adapters.reports.finding_cells import stages_cited as stages_cited
from adapters.reports.finding_cells import subject as subject
from adapters.reports.finding_cells import tier as tier
from adapters.reports.numbers import MISSING as MISSING
from adapters.reports.numbers import NUMERIC_HEADERS as NUMERIC_HEADERS
from adapters.reports.numbers import difference as difference
from adapters.reports.numbers import number as number
from adapters.reports.numbers import numeric as numeric
from adapters.reports.progress_cells import progress_headers as progress_headers
from adapters.reports.progress_cells import progress_row as progress_row
from adapters.reports.progress_cells import progress_title as progress_title
from adapters.reports.progress_cells import stage_numbers as stage_numbers
from adapters.reports.progress_cells import target as target
from domain.amounts import range_label
from domain.report_values import (
    ExchangeSummary,
    FigureLine,
    StageReport,
)

EVIDENCE_HEADERS = ("Source", "Tier", "Event version", "Figure", "Value")
FIGURE_HEADERS = ("Direction", "Figure", "Accepted", "Status", "Sources")
CLAIM_HEADERS = ("Claim", "Source", "Origin", "Tier")
NOT_STATED = "not stated"
"""The origin cell of a claim whose source does not say whose word it carries."""
NOTE_HEADERS = ("Claim", "Source", "Number", "Meaning (a note: not counted)")
CHECK_HEADERS = ("Rule", "Subject", "Check")
PENDING_HEADERS = ("Rule", "Subject", "Why")
ORIGIN_HEADERS = ("Direction", "Figure", "Who said it")


def title(summary: ExchangeSummary) -> str:
    """'1,000 for 1,000 (1000-for-1000)'."""
    return f"{summary.title} ({summary.slug})"


def parties(summary: ExchangeSummary) -> str:
    """'Ukraine and Russia'."""
    return " and ".join(summary.parties)


def terms(summary: ExchangeSummary) -> str:
    """'to Ukraine 1,000; to Russia 1,000 (people)'."""
    targets = "; ".join(f"to {party} {target}" for party, target in summary.terms.items())
    return f"{targets or 'not announced'} ({summary.unit})"


def agreed(summary: ExchangeSummary) -> str:
    """'2025-05-16 in Istanbul, as announced by President of Ukraine'."""
    when = summary.agreed_on.isoformat() if summary.agreed_on else "date not given"
    where = f" in {summary.venue}" if summary.venue else ""
    return f"{when}{where}, as announced by {summary.source}"


def recorded(summary: ExchangeSummary) -> str:
    """'12 claims, 1 retracted, at version 14'."""
    return f"{summary.claims:,} claims, {summary.retracted:,} retracted, at version {summary.version:,}"


def completion(summary: ExchangeSummary) -> str:
    """Who declared the exchange complete, or that nobody has."""
    declared = ", ".join(summary.declared_complete_by) if summary.declared_complete_by else "not declared"
    return "; ".join([declared, *summary.completion_denied_by])


def promises(summary: ExchangeSummary) -> list[tuple[str, str]]:
    """Rows of the header on what was promised: the terms as each source stated them, planned figures and figures
    of another unit (shown, never counted), stages recorded without a headcount."""
    rows = [("Terms stated", line) for line in summary.terms_stated]
    rows += [("Kept apart", line) for line in summary.set_aside]
    rows += [("No headcount", line) for line in summary.without_headcount]
    rows += [("Progress", line) for line in summary.unit_progress]
    return rows


def stage_heading(stage: StageReport, unit: str | None = None) -> str:
    """'Stage 1 (2025-05-23)', 'Stage 2' or 'Whole exchange'; in a unit other than the exchange's own, 'Stage 2, in
    bodies' or 'Whole exchange, in bodies'."""
    heading = "Whole exchange" if stage.stage is None else f"Stage {stage.stage}"
    heading += f", in {unit}" if unit else ""
    return heading + (f" ({stage.date.isoformat()})" if stage.date and stage.stage is not None else "")


def accepted(line: FigureLine) -> str:
    """The accepted value, a range ('1,001 or more', '200\u2013250'), or the range sources give for a disputed
    figure."""
    if line.ranged and line.low is not None:
        shown = range_label(line.low, line.high)
        return f"{MISSING} ({shown})" if line.status == "disputed" else shown
    if line.accepted is None and line.low is not None and line.high is not None:
        return f"{MISSING} ({line.low:,} to {line.high:,})"
    return number(line.accepted)


def status_note(line: FigureLine) -> str | None:
    """Why the value was accepted, without repeating the status; None when a single source gave it."""
    if line.reason == "one source":
        return None
    return line.reason.removeprefix(f"{line.status}: ").removesuffix(f"; {line.status}")


def status(line: FigureLine) -> str:
    """'agreed', 'agreed: 3 sources agree', 'derived: military + civilian (a complete service breakdown)'."""
    note = status_note(line)
    return f"{line.status}: {note}" if note else line.status


def source_refs(line: FigureLine) -> str:
    """'v2: 390, v3: 390': each claim's value by the event version that recorded it, as the claims table lists them."""
    return ", ".join(f"v{item.version}: {item.shown}" for item in line.sources) or MISSING


def stage_claims(stage: StageReport) -> list[tuple[str, str, str, str]]:
    """Every claim behind a stage's figures, once, by event version: version, source, origin (whose word it
    carries, 'not stated' when the source does not say) and tier."""
    found = {item.version: item for d in stage.directions for line in d.figures for item in line.sources}
    return [
        (f"v{version}", found[version].source, found[version].origin or NOT_STATED, tier(found[version].tier))
        for version in sorted(found)
    ]


def stage_notes(stage: StageReport) -> list[tuple[str, str, str, str]]:
    """The numbers the stage's claims give that are not headcounts of this exchange: claim, source, number, meaning."""
    return [
        (
            f"v{note.version}",
            note.source,
            note.value if isinstance(note.value, str) else f"{note.value:,}",
            note.meaning,
        )
        for note in stage.notes
    ]


def said_by(stage: StageReport) -> list[tuple[str, str, str]]:
    """Each figure's corroboration as a desk notes it: '390: stated by Ukraine's Coordination Headquarters and
    Russia's Defence Ministry (confirmed by both parties; 9 outlets)'."""
    return [
        (directions.direction, line.figure, line.corroboration.sentence(accepted(line)))
        for directions in stage.directions
        for line in directions.figures
        if line.corroboration is not None
    ]
