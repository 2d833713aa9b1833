"""Timelines and diffs for people (text, Markdown) and for scripts (JSON)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from adapters.reports import json, markdown, text
from domain.changes import FigureDelta, Standing, Timeline, TimelineEntry
from domain.exchange_diff import ExchangeDiff


def _where(delta: FigureDelta) -> str:
    stage = "whole exchange" if delta.stage is None else f"stage {delta.stage}"
    return f"{stage}, {delta.direction}, {delta.figure}" + (f", in {delta.unit}" if delta.unit else "")


def _moment(entry: TimelineEntry) -> tuple[str, str]:
    recorded = entry.recorded_at.strftime("%Y-%m-%d %H:%M:%S UTC")
    announced = "" if entry.announced_at is None else entry.announced_at.isoformat()
    return recorded, f"{announced} ({entry.dated})" if entry.dated else announced


def changes(entry: TimelineEntry) -> list[str]:
    """What one event changed, one line each: figures, findings, progress."""
    lines = [f"{_where(d)}: {d.before.label} -> {d.after.label}" for d in entry.figures]
    lines += [f"raised {note.severity.value} {note.id}: {note.message}" for note in entry.raised]
    lines += [f"changed {note.id}: {note.message}" for note in entry.changed]
    lines += [f"cleared {note.id}" for note in entry.cleared]
    lines += [f"reopened {finding_id}" for finding_id in entry.reopened]
    if entry.figures or entry.event in _MOVES_PROGRESS:
        lines.append("progress: " + "; ".join(_standing(s) for s in entry.progress))
    return lines or ["no change to the figures or findings"]


_MOVES_PROGRESS = ("ExchangeAgreed", "ExchangeDeclaredComplete")
"""Events whose progress line is shown though no figure moved: a declaration decides which stages count."""

RANGED = " (a stage's total is a range)"
"""Said after a progress figure that counts a stage whose total is disputed or a range as the range it is."""


def _standing(standing: Standing) -> str:
    """'to Ukraine 390 of 1,000', 'bodies to Ukraine 900'; with groups in addition, 'to Ukraine 132, of which 12 in
    addition: 120 of 120', so that what is held against the terms is the exchange proper."""
    unit = f"{standing.unit} " if standing.unit else ""
    received = standing.received(standing.accepted)
    if standing.in_addition:
        received += f", of which {standing.in_addition:,} in addition: {standing.received(standing.proper)}"
    target = f" of {standing.target:,}" if standing.target is not None else ""
    return f"{unit}to {standing.party} {received}{target}" + (RANGED if standing.disputed else "") + standing.after_note


def timeline_view(timeline: Timeline) -> Group:
    """The timeline as a table: version, when recorded and announced, the event, what it changed."""
    table = text.table("Version", "Recorded", "Announced", "Event", "What changed")
    for entry in timeline.entries:
        recorded, announced = _moment(entry)
        table.add_row(
            str(entry.version), recorded, announced, f"{entry.event}\n{entry.what}", "\n".join(changes(entry))
        )
    title = Rule(Text(f"Timeline of {timeline.title} ({timeline.slug})", style="bold"), align="left")
    return Group(title, table)


def timeline_markdown(timeline: Timeline) -> str:
    """The timeline as a Markdown table."""
    rows = []
    for entry in timeline.entries:
        recorded, announced = _moment(entry)
        rows.append(
            (str(entry.version), recorded, announced, f"{entry.event}: {entry.what}", "\n".join(changes(entry)))
        )
    head = f"# Timeline of {markdown.escape(timeline.title)} ({timeline.slug})\n\n"
    return head + markdown.table(("Version", "Recorded", "Announced", "Event", "What changed"), rows)


def timeline_json(timeline: Timeline) -> str:
    """The timeline as JSON."""
    return json.dumps(timeline.model_dump(mode="json"))


def _diff_rows(diff: ExchangeDiff) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    figures: list[tuple[str, ...]] = [
        (_where(f), f.before.label, f.after.label, ", ".join(f"v{v}" for v in f.events) or "-") for f in diff.figures
    ]
    findings: list[tuple[str, ...]] = [
        (f.id, f.severity.value, str(f.change), f.after or f.before or "", ", ".join(f"v{v}" for v in f.events) or "-")
        for f in diff.findings
    ]
    return figures, findings


def _point(label: str, version: int) -> str:
    """'as of version 5', or a recorded instant with the version it comes to ('recorded before ... (version 7)')."""
    return label if label == f"as of version {version}" else f"{label} (version {version})"


def diff_view(diff: ExchangeDiff) -> RenderableType:
    """The diff as two tables: figures that changed, findings raised, cleared or changed."""
    figures, findings = _diff_rows(diff)
    heading = f"{diff.slug}: {_point(diff.start, diff.start_version)} -> {_point(diff.end, diff.end_version)}"
    parts: list[RenderableType] = [Rule(Text(heading, style="bold"), align="left")]
    parts.append(_table(("Figure", "Before", "After", "Events"), figures) if figures else Text("No figure changed."))
    parts.append(Text())
    parts.append(
        _table(("Finding", "Severity", "Change", "Message", "Events"), findings)
        if findings
        else Text("No finding was raised, cleared or changed.")
    )
    return Group(*parts)


def diff_markdown(diff: ExchangeDiff) -> str:
    """The diff as Markdown."""
    figures, findings = _diff_rows(diff)
    heading = f"# {diff.slug}: {_point(diff.start, diff.start_version)} to {_point(diff.end, diff.end_version)}"
    parts = [heading, "## Figures", markdown.table(("Figure", "Before", "After", "Events"), figures)]
    parts += ["## Findings", markdown.table(("Finding", "Severity", "Change", "Message", "Events"), findings)]
    return "\n\n".join(parts)


def diff_json(diff: ExchangeDiff) -> str:
    """The diff as JSON."""
    return json.dumps(diff.model_dump(mode="json"))


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> Table:
    table = text.table(*headers)
    for row in rows:
        table.add_row(*row)
    return table
