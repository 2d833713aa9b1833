"""Reading what `recon report` and `recon check` printed, in text, Markdown or JSON, the way a reader would."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Progress:
    """One party's row of the progress table."""

    target: str
    accepted: str
    remaining: str


@dataclass(frozen=True)
class CheckVerdict:
    """What `recon check` said about one exchange."""

    verdict: str
    open_errors: int


def _section(output: str, start: str, end: str | None = None) -> str:
    """The text from the line starting with `start` to the next line starting with `end`."""
    lines = output.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith(start))
    rest = lines[first + 1 :]
    last = next((i for i, line in enumerate(rest) if end and line.startswith(end)), len(rest))
    return "\n".join(rest[:last])


def _markdown_rows(section: str) -> list[list[str]]:
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    return [[cell.strip().strip("`") for cell in re.split(r"(?<!\\)\|", row)[1:-1]] for row in rows[2:]]


def accepted_figures(output: str, form: str, stage: int, direction: str) -> dict[str, str]:
    """Each figure's accepted value in one stage and direction."""
    if form == "json":
        report = json.loads(output)
        found = next(s for s in report["stages"] if s["stage"] == stage)
        figures = next(d for d in found["directions"] if d["direction"] == direction)["figures"]
        return {line["figure"]: f"{line['accepted']:,}" for line in figures}
    rows: list[tuple[str, str, str]] = []
    if form == "markdown":
        current = ""
        for cells in _markdown_rows(_section(output, f"## Stage {stage}", "## ")):
            current = cells[0] or current
            rows.append((current, cells[1], cells[2]))
    else:
        rows = _text_stage_rows(_section(output, f"Stage {stage}", "Stage "))
    return {figure: accepted for where, figure, accepted in rows if where == direction}


def _text_stage_rows(section: str) -> list[tuple[str, str, str]]:
    header, _rule, *lines = section.splitlines()
    figure_at, status_at = header.index("Figure"), header.index("Status")
    rows, current = [], ""
    for line in lines:
        if line.strip().startswith("Claim "):
            break
        current = line[:figure_at].strip() or current
        cells = line[figure_at:status_at].split()
        if len(cells) >= 2:
            rows.append((current, cells[0], cells[-1]))
    return rows


def passed_checks(output: str, form: str) -> list[str]:
    """Every passed check as 'subject: message', words separated by single spaces."""
    if form == "json":
        report = json.loads(output)
        return [f"{_subject(check)}: {check['message']}" for check in report["passed"]]
    section = re.split(r"\d+ checks? passed", output, maxsplit=1)[1]
    if form == "markdown":
        return [f"{cells[1]}: {cells[2]}" for cells in _markdown_rows(section)]
    lines = section.splitlines()
    header = next(index for index, line in enumerate(lines) if line.startswith("Rule "))
    subject_at, check_at = lines[header].index("Subject"), lines[header].index("Check")
    rows: list[list[str]] = []
    for line in lines[header + 2 :]:
        if line[:subject_at].strip():
            rows.append([line[subject_at:check_at].strip(), line[check_at:].strip()])
        elif rows:
            rows[-1] = [" ".join([rows[-1][0], line[subject_at:check_at].strip()]).strip(), rows[-1][1]]
            rows[-1][1] += " " + line[check_at:].strip()
    return [f"{subject}: {message}" for subject, message in rows]


def _subject(check: dict[str, Any]) -> str:
    stage = f"stage {check['stage']}" if check["stage"] is not None else ""
    return ", ".join(part for part in (stage, check["direction"], check["figure"]) if part)


def progress(output: str, form: str) -> dict[str, Progress]:
    """Each party's target, accepted total and remainder."""
    if form == "json":
        return {
            line["party"]: Progress(f"{line['target']:,}", f"{line['accepted']:,}", f"{line['remaining']:,}")
            for line in json.loads(output)["progress"]
        }
    if form == "markdown":
        rows = _markdown_rows(_section(output, "## Progress", "## "))
    else:
        rows = [line.split() for line in _section(output, "Progress", "Findings").splitlines()[2:] if line.strip()]
    return {row[0]: Progress(row[1], row[2], row[3]) for row in rows}


def verdict(output: str, form: str) -> str:
    """The report's verdict."""
    if form == "json":
        return str(json.loads(output)["verdict"])
    pattern = r"^\| \*\*Verdict\*\* \| \*\*(.+?)\*\* \|$" if form == "markdown" else r"^Verdict\s+(.+?)$"
    match = re.search(pattern, output, re.MULTILINE)
    assert match, f"no verdict in the {form} report"
    return match[1]


_CHECK_LINE = re.compile(
    r"^(?:## )?(?P<slug>\S+): (?P<verdict>[a-z ]+?), "
    r"(?:no open findings|\d+ open findings? \((?P<errors>\d+) errors?\))$"
)


def check_verdicts(output: str, form: str) -> dict[str, CheckVerdict]:
    """Each exchange's verdict and open errors, as `recon check` printed them."""
    if form == "json":
        return {
            item["slug"]: CheckVerdict(item["verdict"], item["open_errors"]) for item in json.loads(output)["exchanges"]
        }
    found = {}
    for line in output.splitlines():
        match = _CHECK_LINE.match(line)
        if match:
            found[match["slug"]] = CheckVerdict(match["verdict"], int(match["errors"] or 0))
    return found
