"""Reading points of history the way the features write them, and what `recon` printed about them."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, time

from domain.changes import FigureDelta

_DAY = re.compile(r"(?P<day>\d{1,2} [A-Z][a-z]+ \d{4})")
_INSTANT = re.compile(rf"{_DAY.pattern}(?: at (?P<time>\d{{2}}:\d{{2}}) UTC)?")


def day_of(text: str) -> date:
    """'16 May 2025' as a date."""
    return datetime.strptime(text, "%d %B %Y").date()


def instant_of(text: str) -> datetime:
    """'24 May 2025 at 20:00 UTC' as that instant; '24 May 2025' alone as the start of that day, in UTC."""
    match = _INSTANT.fullmatch(text)
    if match is None:
        raise ValueError(f"write an instant as '24 May 2025' or '24 May 2025 at 20:00 UTC', not {text!r}")
    clock = time.fromisoformat(match["time"]) if match["time"] else time(0)
    return datetime.combine(day_of(match["day"]), clock, tzinfo=UTC)


def minute_of(moment: datetime) -> str:
    """An instant as reports write it: '2025-05-24 20:00 UTC'."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def where(delta: FigureDelta) -> str:
    """'stage 2, to Ukraine, total': the figure a change is about."""
    stage = "whole exchange" if delta.stage is None else f"stage {delta.stage}"
    return f"{stage}, {delta.direction}, {delta.figure}"


def versions(events: list[int]) -> str:
    """'v6, v7' for the events responsible for a change."""
    return ", ".join(f"v{version}" for version in events)


def as_of(output: str, form: str) -> str | None:
    """The point of history a printed report says it describes."""
    if form == "json":
        found: str | None = json.loads(output)["as_of"]
        return found
    pattern = r"^\| \*\*As of\*\* \| \*\*(.+?)\*\* \|$" if form == "markdown" else r"^As of\s+(.+?)\s*$"
    match = re.search(pattern, output, re.MULTILINE)
    return match[1] if match else None


def timeline_changes(output: str, form: str) -> dict[int, str]:
    """What each version of a text or Markdown timeline changed, its lines joined by single spaces."""
    if form == "markdown":
        rows = [re.split(r"(?<!\\)\|", line)[1:-1] for line in output.splitlines() if re.match(r"^\| \d+ \|", line)]
        return {int(cells[0]): _joined(cells[-1].split("<br>")) for cells in rows}
    return _text_timeline(output)


def _text_timeline(output: str) -> dict[int, str]:
    lines = output.splitlines()
    header = next(index for index, line in enumerate(lines) if line.startswith("Version"))
    what_at = lines[header].index("What changed")
    found: dict[int, list[str]] = {}
    current: list[str] = []
    for line in lines[header + 2 :]:
        version = line[:8].strip()
        if version.isdigit():
            current = found.setdefault(int(version), [])
        current.append(line[what_at:])
    return {version: _joined(parts) for version, parts in found.items()}


def _joined(parts: list[str]) -> str:
    return " ".join(" ".join(parts).split())
