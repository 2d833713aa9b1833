"""Steps that run `recon report` at a point of history, `recon timeline` and `recon diff`, and read what they print."""

from __future__ import annotations

import json
import shlex

from pytest_bdd import then, when

from tests.acceptance.steps import history_readings as readings
from tests.acceptance.steps import readings as report_readings
from tests.acceptance.steps.chronicle import phrase
from tests.acceptance.steps.command_steps import Desk


@when(phrase('the fact-checker runs "{command}"'))
def command_run(desk: Desk, command: str) -> None:
    """Run a `recon` command line as written, on the desk's store."""
    program, *args = shlex.split(command)
    assert program == "recon", command
    desk.form = args[args.index("--format") + 1] if "--format" in args else "text"
    desk.recon(*args)


@then(phrase('the report says it is "{label}"'))
def printed_as_of(desk: Desk, label: str) -> None:
    """The printed report names the point it describes."""
    assert desk.last.exit_code == 0, desk.last.output
    assert readings.as_of(desk.last.stdout, desk.form) == label


@then(phrase("the report shows {party} at {accepted} of the {target} agreed, {remaining} remaining"))
def printed_progress(desk: Desk, party: str, accepted: str, target: str, remaining: str) -> None:
    """One party's row of the printed progress."""
    found = report_readings.progress(desk.last.stdout, desk.form)[party]
    assert found == report_readings.Progress(target=target, accepted=accepted, remaining=remaining)


@then(phrase('the command is refused with exit status {status:d}, saying "{message}"'))
def command_refused(desk: Desk, status: int, message: str) -> None:
    """The exit status, nothing on stdout, and the reason on stderr's first line."""
    assert desk.last.exit_code == status, desk.last.output
    assert desk.last.stdout == ""
    assert desk.last.stderr.splitlines()[0] == f"error: {message}"


@then(phrase('the command is refused with exit status {status:d}, explaining "{text}"'))
def command_refused_explaining(desk: Desk, status: int, text: str) -> None:
    """The exit status, nothing on stdout, and the explanation within stderr's first line."""
    assert desk.last.exit_code == status, desk.last.output
    assert desk.last.stdout == ""
    assert text in desk.last.stderr.splitlines()[0], desk.last.stderr


@then(phrase("the timeline has {count:d} entries, versions 1 to {last:d} in order"))
def printed_timeline_versions(desk: Desk, count: int, last: int) -> None:
    """The JSON timeline parses and lists every version once, oldest first."""
    assert desk.last.exit_code == 0, desk.last.output
    entries = json.loads(desk.last.stdout)["entries"]
    assert [entry["version"] for entry in entries] == list(range(1, last + 1))
    assert len(entries) == count


@then(phrase("after version {version:d} (stage {stage:d}) each side had received {received:Count}"))
def printed_progress_after(desk: Desk, version: int, stage: int, received: int) -> None:
    """Both parties' accepted receipts after one event of the JSON timeline."""
    [entry] = [entry for entry in json.loads(desk.last.stdout)["entries"] if entry["version"] == version]
    assert [(item["party"], item["accepted"]) for item in entry["progress"]] == [
        ("Ukraine", received),
        ("Russia", received),
    ]


@then(phrase('the {form} timeline lists versions 1 to {last:d}, and at version {version:d} "{line}"'))
def printed_timeline_line(desk: Desk, form: str, last: int, version: int, line: str) -> None:
    """Every version is printed, and one event's changes include the line given."""
    assert desk.last.exit_code == 0, desk.last.output
    printed = readings.timeline_changes(desk.last.stdout, form)
    assert list(printed) == list(range(1, last + 1))
    assert line in printed[version], printed[version]


@then("the diff lists these figures with the events responsible:")
def printed_diff_figures(desk: Desk, datatable: list[list[str]]) -> None:
    """The JSON diff's figures, before and after, with the versions of the events that changed them."""
    assert desk.last.exit_code == 0, desk.last.output
    figures = json.loads(desk.last.stdout)["figures"]
    found = [
        [
            f"stage {item['stage']}, {item['direction']}, {item['figure']}",
            _label(item["before"]),
            _label(item["after"]),
            readings.versions(item["events"]),
        ]
        for item in figures
    ]
    assert found == datatable[1:]


def _label(reading: dict[str, int | str | None]) -> str:
    accepted, status = reading["accepted"], reading["status"]
    if status is None:
        return "unknown"
    return str(status) if accepted is None else f"{accepted:,} ({status})"
