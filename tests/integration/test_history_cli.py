"""`recon report` at a point of history, `recon timeline` and `recon diff` on a SQLite file with the shipped dossier."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier

pytestmark = pytest.mark.integration

SLUG = "1000-for-1000"


@pytest.fixture
def store(tmp_path: Path) -> str:
    """A SQLite file of the test's own, holding the shipped "1,000 for 1,000" dossier (13 events)."""
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    imported = recon(url, "import", str(shipped_dossier()))
    assert imported.exit_code == 0, imported.output
    return url


def recon(store: str, *args: str) -> Result:
    """Run `recon --db STORE ARGS...` in-process."""
    return CliRunner().invoke(app, ["--db", store, *args])


def refusal(result: Result) -> str:
    """The first line of what a refused command wrote to stderr."""
    assert result.stdout == "", "a refused command prints nothing on stdout"
    return result.stderr.splitlines()[0]


def report_json(store: str, *args: str) -> dict[str, Any]:
    """`recon report` as JSON, at the point the options name."""
    result = recon(store, "report", SLUG, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def accepted(report: dict[str, Any]) -> dict[str, int]:
    """Each party's accepted receipts."""
    return {line["party"]: line["accepted"] for line in report["progress"]}


def stages(report: dict[str, Any]) -> list[int | None]:
    """The stages the report lists."""
    return [stage["stage"] for stage in report["stages"]]


def test_a_report_as_of_version_5_says_so_in_text_and_in_json(store: str) -> None:
    text = recon(store, "report", SLUG, "--as-of-version", "5")
    assert text.exit_code == 0, text.output
    assert re.search(r"^As of\s+as of version 5$", text.stdout, re.MULTILINE), text.stdout
    assert "4 claims, 0 retracted, at version 5" in text.stdout
    report = report_json(store, "--as-of-version", "5")
    assert report["as_of"] == "as of version 5"
    assert (report["exchange"]["version"], report["exchange"]["claims"]) == (5, 4)
    assert accepted(report) == {"Ukraine": 390, "Russia": 390}
    assert stages(report) == [1]


def test_a_report_of_the_latest_version_names_no_point(store: str) -> None:
    assert report_json(store)["as_of"] is None


def test_a_report_as_announced_before_the_evening_of_24_may_shows_stage_2_but_not_stage_3(store: str) -> None:
    report = report_json(store, "--announced-before", "2025-05-24T20:00")
    assert report["as_of"] == "as announced before 2025-05-24 20:00 UTC"
    assert stages(report) == [1, 2]
    assert accepted(report) == {"Ukraine": 697, "Russia": 697}
    assert report["exchange"]["version"] == 8
    assert report["exchange"]["declared_complete_by"] == []


def test_a_report_as_announced_before_a_zoned_time_converts_it_to_utc(store: str) -> None:
    report = report_json(store, "--announced-before", "2025-05-24T23:00+03:00")
    assert report["as_of"] == "as announced before 2025-05-24 20:00 UTC"
    assert stages(report) == [1, 2]


def test_a_report_as_recorded_before_a_time_after_the_import_holds_everything(store: str) -> None:
    report = report_json(store, "--recorded-before", "2999-01-01")
    assert report["as_of"] == "as recorded before 2999-01-01 00:00 UTC"
    assert report["exchange"]["version"] == 13
    assert accepted(report) == {"Ukraine": 1000, "Russia": 1000}


def test_a_report_as_recorded_before_anything_was_recorded_is_refused_saying_when_it_first_was(store: str) -> None:
    result = recon(store, "report", SLUG, "--recorded-before", "2020-01-01")
    assert result.exit_code == 2
    assert re.fullmatch(
        r"error: \S+: nothing was recorded before 2020-01-01 00:00 UTC: "
        r"the exchange was first recorded at \d{4}-\d\d-\d\d \d\d:\d\d UTC",
        refusal(result),
    ), result.stderr


@pytest.mark.parametrize("option", ["--recorded-before", "--announced-before"])
@pytest.mark.parametrize("written", ["24/05/2025", "yesterday", "2025-05-24 at 20:00"])
def test_a_malformed_instant_is_refused_naming_the_option(store: str, option: str, written: str) -> None:
    result = recon(store, "report", SLUG, option, written)
    assert result.exit_code == 2
    assert refusal(result).startswith(f"error: {option}: {written!r} is not a date or time: write a date (2025-05-24)")


@pytest.mark.parametrize("option", ["--recorded-before", "--announced-before"])
def test_an_empty_instant_is_refused_as_an_instant_naming_its_option(store: str, option: str) -> None:
    result = recon(store, "report", SLUG, option, "")
    assert result.exit_code == 2
    assert refusal(result).startswith(f"error: {option}: '' is not a date or time: "), result.stderr


@pytest.mark.parametrize(
    "options",
    [
        ("--as-of-version", "5", "--announced-before", "2025-05-24"),
        ("--as-of-version", "5", "--recorded-before", "2025-05-24"),
        ("--recorded-before", "2025-05-24", "--announced-before", "2025-05-24"),
    ],
)
def test_two_points_at_once_are_refused(store: str, options: tuple[str, ...]) -> None:
    result = recon(store, "report", SLUG, *options)
    assert result.exit_code == 2
    assert refusal(result) == f"error: {options[2]}: give one point of history, not {options[0]} and {options[2]}"


@pytest.mark.parametrize(("version", "says"), [("0", "a version is a whole number from 1 up, not 0"), ("-3", "not -3")])
def test_a_version_below_1_is_refused(store: str, version: str, says: str) -> None:
    result = recon(store, "report", SLUG, "--as-of-version", version)
    assert result.exit_code == 2
    assert refusal(result).startswith("error: --as-of-version: ")
    assert refusal(result).endswith(says)


def test_a_version_beyond_the_last_is_refused(store: str) -> None:
    result = recon(store, "report", SLUG, "--as-of-version", "14")
    assert result.exit_code == 2
    assert refusal(result).endswith("has 13 events; version 14 does not exist yet")


def test_the_last_version_is_a_point_like_any_other(store: str) -> None:
    report = report_json(store, "--as-of-version", "13")
    assert (report["as_of"], report["exchange"]["version"]) == ("as of version 13", 13)


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("report", SLUG, "--as-of-version", "14"), "--as-of-version"),
        (("report", SLUG, "--recorded-before", "2020-01-01"), "--recorded-before"),
        (("report", SLUG, "--announced-before", "2025-05-01"), "--announced-before"),
        (("diff", SLUG, "--from", "5", "--to", "14"), "--to"),
        (("diff", SLUG, "--from", "2020-01-01", "--to", "9"), "--from"),
        (("diff", SLUG, "--from", "9", "--to", "5"), "--from"),
    ],
    ids=[
        "version-beyond-the-last",
        "recorded-before-anything",
        "announced-before-anything",
        "to-beyond-the-last",
        "from-before-anything",
        "from-after-to",
    ],
)
def test_every_refused_point_names_the_option_the_reader_gave(store: str, args: tuple[str, ...], option: str) -> None:
    result = recon(store, *args)
    assert result.exit_code == 2
    assert refusal(result).startswith(f"error: {option}: "), result.stderr


def test_a_report_of_an_unknown_exchange_at_a_point_is_refused_as_unknown(store: str) -> None:
    result = recon(store, "report", "500-for-500", "--as-of-version", "2")
    assert result.exit_code == 3
    assert refusal(result) == "error: EXCHANGE: no exchange 500-for-500"


def timeline_json(store: str) -> list[dict[str, Any]]:
    """The timeline's entries as `recon timeline --format json` gives them."""
    result = recon(store, "timeline", SLUG, "--format", "json")
    assert result.exit_code == 0, result.output
    parsed: dict[str, Any] = json.loads(result.stdout)
    assert (parsed["slug"], parsed["title"]) == (SLUG, "1,000 for 1,000")
    entries: list[dict[str, Any]] = parsed["entries"]
    return entries


def test_the_timeline_as_json_lists_13_events_in_version_order(store: str) -> None:
    entries = timeline_json(store)
    assert [entry["version"] for entry in entries] == list(range(1, 14))
    events = [entry["event"] for entry in entries]
    assert events == ["ExchangeAgreed", *["ClaimRecorded"] * 11, "ExchangeDeclaredComplete"]


def test_the_timeline_as_json_gives_each_sides_progress_after_each_stage(store: str) -> None:
    progress = {
        entry["version"]: {s["party"]: s["accepted"] for s in entry["progress"]} for entry in timeline_json(store)
    }
    assert progress[5] == {"Ukraine": 390, "Russia": 390}
    assert progress[8] == {"Ukraine": 697, "Russia": 697}
    assert progress[11] == {"Ukraine": 1000, "Russia": 1000}


def test_the_timeline_gives_each_event_the_announcement_time_announced_before_uses(store: str) -> None:
    announced = {entry["version"]: entry["announced_at"] for entry in timeline_json(store)}
    assert announced[1] == "2025-05-16", "the agreement counts from the day it was agreed"
    assert announced[2] == "2025-05-23", "the ministry's undated claim counts from the day of stage 1"
    assert announced[8] == "2025-05-24", "Vestnik Kavkaza's undated claim counts from the day of stage 2"


@pytest.mark.parametrize("form", ["text", "markdown"])
def test_the_timeline_for_people_lists_every_version_and_what_changed(store: str, form: str) -> None:
    result = recon(store, "timeline", SLUG, "--format", form)
    assert result.exit_code == 0, result.output
    heading = "# Timeline of 1,000 for 1,000 (1000-for-1000)" if form == "markdown" else "Timeline of 1,000 for 1,000"
    assert result.stdout.startswith(heading)
    row = r"^\| (\d+) \|" if form == "markdown" else r"^\s{0,6}(\d+)\s{3}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC"
    assert [int(version) for version in re.findall(row, result.stdout, re.MULTILINE)] == list(range(1, 14))
    changed = what_changed(result.stdout, form)
    assert "stage 3, to Ukraine, total: unknown -> 303 (agreed)" in changed
    assert "progress: to Ukraine 1,000 of 1,000; to Russia 1,000 of 1,000" in changed


def what_changed(output: str, form: str) -> str:
    """The 'What changed' column of a printed timeline, its words separated by single spaces."""
    lines = output.splitlines()
    if form == "markdown":
        cells = [line.rsplit(" | ", 1)[-1].removesuffix(" |") for line in lines if re.match(r"^\| \d+ \|", line)]
        return " ".join(" ".join(cells).replace("<br>", " ").split())
    header = next(number for number, line in enumerate(lines) if line.startswith("Version"))
    column = lines[header].index("What changed")
    return " ".join(" ".join(line[column:] for line in lines[header + 2 :]).split())


def test_the_timeline_of_an_unknown_exchange_is_refused_as_unknown(store: str) -> None:
    result = recon(store, "timeline", "500-for-500")
    assert result.exit_code == 3
    assert refusal(result) == "error: EXCHANGE: no exchange 500-for-500"


def diff_json(store: str, *args: str) -> dict[str, Any]:
    """`recon diff` as JSON between the points the options name."""
    result = recon(store, "diff", SLUG, "--format", "json", *args)
    assert result.exit_code == 0, result.output
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def test_a_diff_from_5_to_9_lists_stage_2_with_the_events_responsible_and_stage_3s_first_total(store: str) -> None:
    found = diff_json(store, "--from", "5", "--to", "9")
    assert (found["start_version"], found["end_version"]) == (5, 9)
    figures = {
        (f["stage"], f["direction"], f["figure"]): (f["after"]["accepted"], f["events"]) for f in found["figures"]
    }
    assert figures == {
        (2, "to Ukraine", "total"): (307, [6]),
        (2, "to Ukraine", "service:military"): (307, [6]),
        (2, "to Ukraine", "cumulative"): (697, [6]),
        (2, "to Ukraine", "sex:men"): (307, [7]),
        (2, "to Ukraine", "sex:women"): (0, [7]),
        (2, "to Ukraine", "subset:mariupol_defenders"): (27, [7]),
        (2, "to Russia", "total"): (307, [8]),
        (2, "to Russia", "service:military"): (307, [8]),
        (3, "to Ukraine", "total"): (303, [9]),
    }
    assert all(f["before"] == {"accepted": None, "status": None} for f in found["figures"])
    assert found["findings"] == []


def test_a_diff_to_an_instant_says_the_version_it_comes_to(store: str) -> None:
    result = recon(store, "diff", SLUG, "--from", "5", "--to", "2030-01-01")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        "1000-for-1000: as of version 5 -> as recorded before 2030-01-01 00:00 UTC (version "
    )


def test_a_diff_in_text_names_the_events_by_version(store: str) -> None:
    result = recon(store, "diff", SLUG, "--from", "5", "--to", "9")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1000-for-1000: as of version 5 -> as of version 9 ")
    assert re.search(r"^stage 3, to Ukraine, total\s+unknown\s+303 \(agreed\)\s+v9$", result.stdout, re.MULTILINE)
    assert re.search(r"^stage 2, to Russia, total\s+unknown\s+307 \(derived\)\s+v8$", result.stdout, re.MULTILINE)
    assert "No finding was raised, cleared or changed." in result.stdout


def test_a_diff_without_to_runs_to_the_latest_version(store: str) -> None:
    found = diff_json(store, "--from", "11")
    assert (found["start_version"], found["end_version"]) == (11, 13)
    assert [(f["stage"], f["figure"], f["events"]) for f in found["figures"]] == [
        (None, "total", [12]),
        (None, "service:military", [12]),
        (None, "service:civilian", [12]),
    ]


def test_a_diff_from_a_later_version_to_an_earlier_one_is_refused(store: str) -> None:
    result = recon(store, "diff", SLUG, "--from", "9", "--to", "5")
    assert result.exit_code == 2
    assert refusal(result).endswith("the start (as of version 9) comes after the end (as of version 5)")


def test_a_diff_of_an_unknown_exchange_is_refused_as_unknown(store: str) -> None:
    result = recon(store, "diff", "500-for-500", "--from", "1", "--to", "2")
    assert result.exit_code == 3
    assert refusal(result) == "error: EXCHANGE: no exchange 500-for-500"
