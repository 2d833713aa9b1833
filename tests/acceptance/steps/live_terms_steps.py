"""Steps for terms and completion recorded one statement at a time, by the real CLI on a SQLite file."""

from __future__ import annotations

import json
import shlex

from pytest_bdd import then, when

from tests.acceptance.steps.command_steps import Desk, phrase


@when("the desk runs:")
def desk_runs(desk: Desk, docstring: str) -> None:
    """A `recon` command as the desk types it, split as a shell splits it; `--db` is the scenario's store."""
    words = shlex.split(docstring)
    assert words[0] == "recon", words
    desk.recon(*words[1:])


@then(phrase('recon answers "{line:Q}"'))
def recon_answers(desk: Desk, line: str) -> None:
    assert desk.last.exit_code == 0, desk.last.output
    assert line in desk.last.stdout, desk.last.stdout


@then(phrase('recon refuses it with exit status {status:d} naming "{option:Q}"'))
def refused_naming(desk: Desk, status: int, option: str) -> None:
    """One `error:` line naming the option typed, and the exit status of malformed input."""
    assert desk.last.exit_code == status, desk.last.output
    assert desk.last.stderr.startswith(f"error: {option}: "), desk.last.stderr
    assert "Traceback" not in desk.last.output


@then(phrase('the terms of "{slug:Q}" are listed as:'))
def terms_listed(desk: Desk, slug: str, datatable: list[list[str]]) -> None:
    """`recon terms list` as JSON: each statement's source, terms and unit, the agreement's own first."""
    answer = desk.recon("terms", "list", slug, "--format", "json")
    assert answer.exit_code == 0, answer.output
    listed = [[item["source"]["name"], item["terms"], item["unit"]] for item in json.loads(answer.stdout)]
    assert listed == datatable[1:]


@then(phrase('the report of "{slug:Q}" has the open finding "{finding:Q}"'))
def report_has_open_finding(desk: Desk, slug: str, finding: str) -> None:
    answer = desk.recon("report", slug, "--format", "json")
    assert answer.exit_code == 0, answer.output
    found = [item["id"] for item in json.loads(answer.stdout)["findings"] if item["acknowledgement"] is None]
    assert finding in found, found
