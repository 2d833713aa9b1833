"""Steps that run `recon` as a fact-checker would: dossiers written to a folder, the real CLI, a SQLite file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then, when
from typer.testing import CliRunner, Result

from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier
from tests.acceptance.steps import readings
from tests.acceptance.steps.drafts import DossierDraft, line_of, rows_of


class Quoted:
    """The text between two double quotes, and nothing more."""

    pattern = r'[^"]+'

    def __call__(self, text: str) -> str:
        """The text as written."""
        return text


def phrase(text: str) -> parsers.parse:
    """A step pattern in which {name:Q} matches a quoted phrase without swallowing the quotes around it."""
    return parsers.parse(text, extra_types={"Q": Quoted()})


@dataclass
class Desk:
    """A fact-checker's desk: a folder of dossiers, a SQLite store, and what `recon` last answered."""

    folder: Path
    drafts: dict[str, DossierDraft] = field(default_factory=dict)
    answer: Result | None = None
    form: str = "text"

    @property
    def database_url(self) -> str:
        """The store every command of the scenario uses."""
        return f"sqlite:///{self.folder / 'recon.sqlite3'}"

    def recon(self, *args: str) -> Result:
        """Run `recon --db <store> ARGS...` and keep its answer."""
        self.answer = CliRunner().invoke(app, ["--db", self.database_url, *args])
        return self.answer

    @property
    def last(self) -> Result:
        """What the last command answered."""
        assert self.answer is not None, "no recon command has run yet"
        return self.answer

    def path(self, name: str) -> Path:
        """Where a dossier of this name is written."""
        return self.folder / name

    def listing(self) -> list[dict[str, object]]:
        """Every recorded exchange, as `recon list --format json` gives it."""
        answer = CliRunner().invoke(app, ["--db", self.database_url, "list", "--format", "json"])
        assert answer.exit_code == 0, answer.output
        listed: list[dict[str, object]] = json.loads(answer.stdout)
        return listed


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    """An empty desk in the scenario's own folder."""
    return Desk(tmp_path)


@given(phrase('a dossier "{name:Q}" about the exchange "{slug:Q}" with these claims:'))
def dossier_with_claims(desk: Desk, name: str, slug: str, datatable: list[list[str]]) -> None:
    desk.drafts[name] = DossierDraft(slug, rows_of(datatable))
    desk.drafts[name].write(desk.path(name))


@given(phrase('the dossier "{name:Q}" gains these claims:'))
def dossier_gains_claims(desk: Desk, name: str, datatable: list[list[str]]) -> None:
    desk.drafts[name].claims.extend(rows_of(datatable))
    desk.drafts[name].write(desk.path(name))


@given(phrase('the fact-checker has imported "{name:Q}"'))
def has_imported(desk: Desk, name: str) -> None:
    answer = desk.recon("import", str(desk.path(name)))
    assert answer.exit_code == 0, answer.output


@given('the shipped "1,000 for 1,000" dossier has been imported')
def shipped_imported(desk: Desk) -> None:
    answer = desk.recon("import", str(Path(shipped_dossier())))
    assert answer.exit_code == 0, answer.output


@when(phrase('the fact-checker imports "{first:Q}" and "{second:Q}"'))
def imports_two(desk: Desk, first: str, second: str) -> None:
    desk.recon("import", str(desk.path(first)), str(desk.path(second)))


@when(phrase('the fact-checker imports "{name:Q}"'))
def imports_one(desk: Desk, name: str) -> None:
    desk.recon("import", str(desk.path(name)))


@when(phrase('the fact-checker reads the report of "{slug:Q}" as {form}'))
def reads_report(desk: Desk, slug: str, form: str) -> None:
    desk.form = form
    answer = desk.recon("report", slug, "--format", form)
    assert answer.exit_code == 0, answer.output


@when(phrase("the fact-checker checks every exchange as {form}"))
def checks_all(desk: Desk, form: str) -> None:
    desk.form = form
    desk.recon("check", "--format", form)


@when(phrase('the fact-checker checks "{slug:Q}" as {form}'))
def checks_one(desk: Desk, slug: str, form: str) -> None:
    desk.form = form
    desk.recon("check", slug, "--format", form)


@then(phrase("the import is refused with exit status {status:d}"))
def import_refused(desk: Desk, status: int) -> None:
    assert desk.last.exit_code == status, desk.last.output
    assert desk.last.stdout == "", "a refused import prints no outcome"


@then(phrase('the message names the file "{name:Q}", the line where "{text:Q}" is written and the field "{path:Q}"'))
def message_names_place(desk: Desk, name: str, text: str, path: str) -> None:
    where = f"{desk.path(name)}:{line_of(desk.path(name), text)}: {path}: "
    first_line = desk.last.stderr.splitlines()[0]
    assert first_line.startswith(f"error: {where}"), first_line
    assert "Traceback" not in desk.last.output


@then("no exchange is recorded")
def nothing_recorded(desk: Desk) -> None:
    assert desk.listing() == []


@then(phrase('the import succeeds and says "{line:Q}"'))
def import_says(desk: Desk, line: str) -> None:
    assert desk.last.exit_code == 0, desk.last.output
    assert line in [text.strip() for text in desk.last.stdout.splitlines()], desk.last.stdout


@then(phrase('the exchange "{slug:Q}" holds {claims:d} claims at version {version:d}'))
def exchange_holds(desk: Desk, slug: str, claims: int, version: int) -> None:
    listed = {item["slug"]: item for item in desk.listing()}
    assert (listed[slug]["claims"], listed[slug]["version"]) == (claims, version)


@then(phrase("stage {stage:d} {direction} has these accepted figures:"))
def accepted_figures(desk: Desk, stage: int, direction: str, datatable: list[list[str]]) -> None:
    expected = {row[0]: row[1] for row in datatable[1:]}
    found = readings.accepted_figures(desk.last.stdout, desk.form, stage, direction)
    assert {figure: found.get(figure) for figure in expected} == expected


@then(phrase('the report shows that "{balance:Q}" balances for stage {stage:d} {direction}'))
def balance_shown(desk: Desk, balance: str, stage: int, direction: str) -> None:
    checks = readings.passed_checks(desk.last.stdout, desk.form)
    subject = f"stage {stage}, {direction}, "
    assert any(c.startswith(subject) and balance in c and c.endswith("balances") for c in checks), checks


@then(phrase("{party} has received {accepted} of the {target} agreed, with none remaining"))
def party_progress(desk: Desk, party: str, accepted: str, target: str) -> None:
    found = readings.progress(desk.last.stdout, desk.form)[party]
    assert found == readings.Progress(target=target, accepted=accepted, remaining="0")


@then(phrase('the report\'s verdict is "{verdict:Q}"'))
def report_verdict(desk: Desk, verdict: str) -> None:
    assert readings.verdict(desk.last.stdout, desk.form) == verdict


@then(phrase("the check exits with status {status:d}"))
def check_status(desk: Desk, status: int) -> None:
    assert desk.last.exit_code == status, desk.last.output


@then(phrase('the check gives "{slug:Q}" the verdict "{verdict:Q}" with {errors:d} open errors'))
def check_verdict(desk: Desk, slug: str, verdict: str, errors: int) -> None:
    found = readings.check_verdicts(desk.last.stdout, desk.form)
    assert found[slug] == readings.CheckVerdict(verdict, errors)


@then(phrase('the check lists the open error "{rule:Q}" on "{subject:Q}" with the difference "{difference:Q}"'))
def check_lists_error(desk: Desk, rule: str, subject: str, difference: str) -> None:
    rows = [line.split("  ") for line in desk.last.stdout.splitlines() if line.startswith("error ")]
    cells = [[cell.strip() for cell in row if cell.strip()] for row in rows]
    assert any(row[:3] == ["error", rule, subject] and row[-1] == difference for row in cells), desk.last.stdout


@given(phrase('a dossier "{name:Q}" reading:'))
def dossier_reading(desk: Desk, name: str, docstring: str) -> None:
    """A dossier written out by hand, as it stands."""
    desk.path(name).write_text(docstring + "\n", encoding="utf-8")


@then(phrase('the message says "{text:Q}"'))
def message_says(desk: Desk, text: str) -> None:
    assert text in desk.last.stderr, desk.last.stderr
