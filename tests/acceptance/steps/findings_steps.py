"""Steps of the morning list: `recon findings` and `recon project` on the desk's SQLite store."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest
from pytest_bdd import given, then, when

from adapters.persistence.store import open_reconciler
from tests.acceptance.steps.command_steps import Desk, phrase


@dataclass
class MorningList:
    """What `recon findings` last listed, as JSON and as the text a desk editor reads."""

    listed: list[dict[str, Any]] = field(default_factory=list)
    summary: str = ""
    position: int = 0
    earlier: list[dict[str, Any]] | None = None
    earlier_position: int = 0


@pytest.fixture
def morning() -> MorningList:
    """Nothing listed yet."""
    return MorningList()


def read_findings(desk: Desk, morning: MorningList, *options: str) -> None:
    """Run `recon findings OPTIONS` as JSON and as text, keeping both answers."""
    answer = desk.recon("findings", *options, "--format", "json")
    assert answer.exit_code == 0, answer.output
    data = json.loads(answer.stdout)
    morning.listed, morning.position = data["findings"], data["position"]
    text = desk.recon("findings", *options)
    assert text.exit_code == 0, text.output
    morning.summary = text.stdout.splitlines()[0]


@given(phrase('{reviewer} has acknowledged the finding "{finding_id:Q}" of "{slug:Q}" noting "{note:Q}"'))
def has_acknowledged(desk: Desk, reviewer: str, finding_id: str, slug: str, note: str) -> None:
    with open_reconciler(desk.database_url) as reconciler:
        reconciler.acknowledge_finding(slug, finding_id, reviewer, note)


@given("the desk editor has read the morning list")
@when("the desk editor reads the morning list")
def reads_morning_list(desk: Desk, morning: MorningList) -> None:
    read_findings(desk, morning, "--open")


@when("the desk editor reads every finding")
def reads_every_finding(desk: Desk, morning: MorningList) -> None:
    read_findings(desk, morning)


@when("the desk editor reads every finding again, with the list rebuilt from the record")
def reads_rebuilt(desk: Desk, morning: MorningList) -> None:
    morning.earlier, morning.earlier_position = morning.listed, morning.position
    read_findings(desk, morning, "--rebuild")


@when(phrase("the desk editor reads the findings with {options}"))
def reads_with(desk: Desk, morning: MorningList, options: str) -> None:
    answer = desk.recon("findings", *options.split(), "--format", "json")
    if answer.exit_code == 0:
        morning.listed = json.loads(answer.stdout)["findings"]


@when("the list is brought up to date by `recon project`")
def projection_catches_up(desk: Desk) -> None:
    answer = desk.recon("project")
    assert answer.exit_code == 0, answer.output


@then("it lists these findings, in this order:")
def lists_in_order(morning: MorningList, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    expected = [dict(zip(header, row, strict=True)) for row in rows]
    found = [
        {"exchange": item["exchange"], "severity": item["severity"], "finding": item["id"], "state": item["state"]}
        for item in morning.listed
    ]
    assert found == expected


@then(phrase("it lists exactly {listed}"))
def lists_exactly(morning: MorningList, listed: str) -> None:
    expected = [] if listed == "nothing" else [tuple(entry.split(" ", 1)) for entry in listed.split(", ")]
    assert [(item["exchange"], item["id"]) for item in morning.listed] == expected


@then(phrase('it says "{summary:Q}"'))
def says(morning: MorningList, summary: str) -> None:
    assert morning.summary == summary


@then(phrase('the finding "{finding_id:Q}" of "{slug:Q}" carries {reviewer}\'s note "{note:Q}"'))
def carries_note(morning: MorningList, finding_id: str, slug: str, reviewer: str, note: str) -> None:
    [item] = [item for item in morning.listed if (item["exchange"], item["id"]) == (slug, finding_id)]
    assert (item["acknowledgement"]["reviewer"], item["acknowledgement"]["note"]) == (reviewer, note)


@then(phrase('the request is refused with exit status {status:d} and a message beginning "{message:Q}"'))
def refused_with(desk: Desk, status: int, message: str) -> None:
    assert desk.last.exit_code == status, desk.last.output
    assert desk.last.stderr.startswith(message), desk.last.stderr
    assert desk.last.stdout == ""


@then(phrase("it took in the {count:d} announcements recorded since, and no more"))
def took_in(desk: Desk, count: int) -> None:
    assert f"caught up: took in {count} events " in desk.last.stdout, desk.last.stdout


@then("both lists are the same, each as of the last event recorded")
def same_lists(desk: Desk, morning: MorningList) -> None:
    with open_reconciler(desk.database_url) as reconciler:
        last = reconciler.recorder.max_notification_id()
    assert morning.earlier == morning.listed
    assert morning.listed
    assert morning.earlier_position == morning.position == last
