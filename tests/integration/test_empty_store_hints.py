"""A newcomer who asks for an exchange before recording any is told how to record one, not sent to an empty list."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from adapters.cli.app import app
from adapters.dossier.loader import shipped_dossier

pytestmark = pytest.mark.integration


def recon(store: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["--db", f"sqlite:///{store}", *args])


@pytest.mark.parametrize(
    "arguments",
    [
        ["report", "1000-for-1000"],
        ["timeline", "1000-for-1000"],
        ["terms", "list", "1000-for-1000"],
        ["export", "1000-for-1000", "-o", "x.bundle"],
    ],
)
def test_an_exchange_asked_of_an_empty_store_is_answered_with_how_to_record_one(
    tmp_path: Path, arguments: list[str]
) -> None:
    store = tmp_path / "recon.sqlite3"
    assert recon(store, "init").exit_code == 0
    answer = recon(store, *arguments)
    assert answer.exit_code == 3
    assert answer.stderr.endswith(
        "hint: this store holds no exchange yet: `recon import FILE` records one, `recon demo` the shipped ten\n"
    )


def test_once_an_exchange_is_recorded_an_unknown_one_sends_the_reader_to_the_list(tmp_path: Path) -> None:
    store = tmp_path / "recon.sqlite3"
    assert recon(store, "init").exit_code == 0
    assert recon(store, "import", str(shipped_dossier())).exit_code == 0
    answer = recon(store, "report", "1000-for-100")
    assert answer.exit_code == 3
    assert answer.stderr.endswith("hint: run `recon list` to see the recorded exchanges\n")
