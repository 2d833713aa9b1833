"""What `recon` says to a reader meeting it for the first time, through the installed script on a SQLite file:
refusals that say what to write, and lines that read as sentences."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.dossier.loader import shipped_dossier

pytestmark = pytest.mark.integration

RECON = Path(sys.executable).parent / "recon"
SLUG = "1000-for-1000"


def recon(store: str, *args: str, user: str | None = "olena") -> subprocess.CompletedProcess[str]:
    """`recon --db STORE ARGS...` as a process of its own, run by `user` ($USER unset when None)."""
    env = {key: value for key, value in os.environ.items() if key != "USER"}
    if user is not None:
        env["USER"] = user
    return subprocess.run(
        [str(RECON), "--db", store, *args], capture_output=True, text=True, env=env, check=False, timeout=300
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file holding the shipped "1,000 for 1,000"."""
    url = f"sqlite:///{tmp_path_factory.mktemp('desk') / 'recon.sqlite3'}"
    done = recon(url, "import", str(shipped_dossier()))
    assert done.returncode == 0, done.stderr
    return url


def test_a_target_that_is_not_a_number_is_refused_with_the_forms_a_target_takes(store: str) -> None:
    done = recon(store, "terms", "add", SLUG, "--source-name", "RT", "--tier", "official", "--each-side", "lots")
    assert done.returncode == 2
    assert done.stderr == (
        "error: --each-side: 'lots' is not a target: "
        "write 1200, {at_least: 1200}, {about: 1200}, {low: 1100, high: 1300} or all\n"
    )


def test_an_empty_by_is_refused_as_empty_even_when_user_is_set(store: str) -> None:
    done = recon(store, "retract", SLUG, "c732ccd1", "--reason", "withdrawn", "--by", " ")
    assert done.returncode == 2
    assert done.stderr == "error: --by: is empty: write who decided it, or leave --by out to name $USER\n"


def test_issuing_a_token_says_which_role_to_whom_in_a_sentence(store: str) -> None:
    done = recon(store, "token", "create", "--role", "admin", "--name", "Desk lead")
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("Issued an admin token to Desk lead (id ")


def test_a_finding_is_acknowledged_by_whoever_by_names_as_for_every_other_decision(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    assert recon(url, "demo").returncode == 0
    finding = "terms-agreement/all/-/people terms"
    done = recon(url, "acknowledge", "mar-2025-175-plus-wounded", finding, "--note", "both said", "--by", "ana")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"mar-2025-175-plus-wounded: ana acknowledged {finding} (version ")


def test_the_demo_sets_the_report_apart_from_the_list_by_a_blank_line(tmp_path: Path) -> None:
    done = recon(f"sqlite:///{tmp_path / 'recon.sqlite3'}", "demo")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    heading = next(number for number, line in enumerate(lines) if line.startswith("1,000 for 1,000 (1000-for-1000)"))
    assert lines[heading - 1] == ""


@pytest.mark.parametrize("command", [["list"], ["report", SLUG], ["import", str(shipped_dossier())]])
def test_an_empty_db_is_refused_rather_than_read_as_the_default_store(tmp_path: Path, command: list[str]) -> None:
    done = subprocess.run(
        [str(RECON), "--db", "", *command], capture_output=True, text=True, cwd=tmp_path, check=False, timeout=300
    )
    assert done.returncode == 2, done.stdout
    assert done.stderr == ("error: --db: is empty: give a store URL, or leave --db out for the configured store\n")
    assert not (tmp_path / "var").exists()


def test_extract_refuses_an_output_folder_that_does_not_exist_before_printing_anything(tmp_path: Path) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text("Ukraine returned 390 people: 270 military and 120 civilians.\n", encoding="utf-8")
    output = tmp_path / "drafts" / "claim.yaml"
    done = recon(f"sqlite:///{tmp_path / 'recon.sqlite3'}", "extract", str(statement), "-o", str(output))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == f"error: --output: {output.parent} is not a folder that exists; create it first\n"


@pytest.mark.parametrize("written", ["-3", "²", "yesterday"])
def test_diff_refuses_a_point_that_is_neither_a_version_nor_an_instant_saying_both_forms(
    store: str, written: str
) -> None:
    done = recon(store, "diff", SLUG, "--from", written)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"error: --from: {written!r} is neither a version (5) nor a date or time: "), (
        done.stderr
    )


@pytest.mark.parametrize(
    "statement",
    [
        "Україна повернула ² людей з полону, серед них 200 військових.",
        "Россия вернула ² человек, среди них 200 военных.",
    ],
)
def test_extract_reads_a_superscript_in_a_slavic_statement_as_no_count_rather_than_failing(
    tmp_path: Path, statement: str
) -> None:
    done = subprocess.run(
        [str(RECON), "extract", "-", "-f", "json"], input=statement, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert [figure["value"] for figure in json.loads(done.stdout)["figures"] if figure["quote"] == "200"] == [200]


@pytest.mark.parametrize(("text", "found"), [("", "this file is empty"), ("exchange: {id: x}\n", "format is missing")])
def test_a_file_that_is_not_yet_a_dossier_is_told_the_format_to_write(tmp_path: Path, text: str, found: str) -> None:
    dossier = tmp_path / "new.yaml"
    dossier.write_text(text, encoding="utf-8")
    done = recon(f"sqlite:///{tmp_path / 'recon.sqlite3'}", "import", str(dossier))
    assert done.returncode == 2
    assert found in done.stderr
    assert "format: recon-dossier/2" in done.stderr, done.stderr


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--exchange", "Bad Id!", "'Bad Id!' is not a usable id; write a short name of lower-case letters"),
        ("--stage", "999999", "must be at most 100,000, not 999999"),
        ("--source", "x" * 300, "is longer than 200 characters"),
    ],
)
def test_extract_refuses_what_its_proposed_dossier_could_not_hold_naming_the_option(
    tmp_path: Path, option: str, value: str, message: str
) -> None:
    statement = tmp_path / "statement.txt"
    statement.write_text("Ukraine returned 390 people: 270 military and 120 civilians.\n", encoding="utf-8")
    done = recon(f"sqlite:///{tmp_path / 'recon.sqlite3'}", "extract", str(statement), option, value, "-f", "yaml")
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.startswith(f"error: {option}: {message}"), done.stderr


def test_a_format_not_offered_is_refused_in_words_not_in_pydantic_s(store: str) -> None:
    done = recon(store, "report", SLUG, "-f", "xml")
    assert done.returncode == 2
    assert done.stderr.endswith(
        "Error: Invalid value for '--format' / '-f': 'xml' is not one of 'text', 'markdown', 'json'.\n"
    ), done.stderr


def unread(*args: str) -> tuple[int, str]:
    """Run `recon ARGS...` with nobody reading its output (a pipe closed at once, as `| head` closes it early):
    its exit status and what it said on stderr."""
    with subprocess.Popen([str(RECON), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as run:
        assert run.stdout is not None
        assert run.stderr is not None
        run.stdout.close()
        said = run.stderr.read()
        return run.wait(timeout=300), said


@pytest.mark.parametrize("command", [["demo"], ["list"], ["report", SLUG], ["import", str(shipped_dossier())]])
def test_output_nobody_reads_any_more_ends_the_command_quietly(tmp_path: Path, command: list[str]) -> None:
    store = f"sqlite:///{tmp_path / 'recon.sqlite3'}"
    assert recon(store, "demo").returncode == 0  # the read models hold every event: list and report answer quickly
    assert unread("--db", store, *command) == (141, "")


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (["create", "--role", "reader", "--name", " "], 2, "error: --name: a token is issued to a named holder\n"),
        (
            ["revoke", "0" * 8 + "-0000-0000-0000-" + "0" * 12],
            3,
            "error: ID: no token 00000000-0000-0000-0000-000000000000\n"
            "hint: run `recon token list` to see the tokens' ids\n",
        ),
    ],
)
def test_a_token_command_refused_names_the_option_typed(store: str, args: list[str], code: int, said: str) -> None:
    done = recon(store, "token", *args)
    assert done.returncode == code
    assert done.stderr == said
