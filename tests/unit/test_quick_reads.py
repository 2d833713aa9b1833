"""The plain reads `recon` answers before building its command line, and every other form left to the command line."""

from __future__ import annotations

import pytest

from adapters.cli.quick import QuickRead, recognised
from adapters.defaults import DEFAULT_DATABASE_URL
from adapters.reports.format_choice import Format

STORE = "sqlite:///team.sqlite3"


@pytest.mark.parametrize(
    ("words", "read"),
    [
        (["report", "1000-for-1000"], QuickRead(DEFAULT_DATABASE_URL, "report", "1000-for-1000", Format.TEXT)),
        (["--db", STORE, "report", "x", "-f", "json"], QuickRead(STORE, "report", "x", Format.JSON)),
        ([f"--db={STORE}", "report", "--format=markdown", "x"], QuickRead(STORE, "report", "x", Format.MARKDOWN)),
        (["list"], QuickRead(DEFAULT_DATABASE_URL, "list", None, Format.TEXT)),
        (["--db", STORE, "list", "--format", "json"], QuickRead(STORE, "list", None, Format.JSON)),
        (["list", "-f", "text", "-f", "json"], QuickRead(DEFAULT_DATABASE_URL, "list", None, Format.JSON)),
    ],
)
def test_a_plain_report_or_list_is_read_at_once(words: list[str], read: QuickRead) -> None:
    assert recognised(words, {}) == read


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["--help"],
        ["report", "--help"],
        ["report"],
        ["report", "a", "b"],
        ["report", "x", "--as-of-version", "5"],
        ["report", "x", "-f", "yaml"],
        ["report", "x", "-f", "JSON"],
        ["report", "x", "-f"],
        ["report", "x", "-fjson"],
        ["list", "x"],
        ["list", "--"],
        ["--debug", "list"],
        ["--db", "list"],
        ["--db", "--help", "list"],
        ["--dbx=y", "list"],
        ["check"],
        ["--db", STORE],
    ],
)
def test_any_other_form_goes_through_the_command_line(words: list[str]) -> None:
    assert recognised(words, {}) is None


def test_the_store_is_the_one_the_environment_names_unless_given() -> None:
    environ = {"RECON_DATABASE_URL": STORE, "RECON_DEBUG": "1"}
    assert recognised(["list"], environ) == QuickRead(STORE, "list", None, Format.TEXT)


def test_a_setting_that_needs_checking_goes_through_the_command_line() -> None:
    assert recognised(["list"], {"RECON_PUBLIC_READS": "ture"}) is None
